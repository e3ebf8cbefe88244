//! Every content file in `public/data/` parses with the app's own types (unknown fields
//! rejected) and follows the content rules. A failure names the file, the JSON path
//! and what is wrong, so an editor can fix it without reading Rust.

use std::path::Path;

use clair::model::directory::Directory;
use clair::model::files::{check, DATA_FILES};
use clair::model::jet::cycle::{applications_close, APPLICATIONS_OPEN};
use clair::model::jet::{Programme, Timeline, APPLICATIONS_CLOSE};
use clair::model::load::parse;
use clair::model::site::mission::Mission;

/// Every shipped content file: its name under `public/data/` (`jet/faq.json`) and text.
fn data_files() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
    json_files(&dir)
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(&dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let text = std::fs::read_to_string(&path).expect("readable file");
            (name, text)
        })
        .collect()
}

/// A shipped content file's text.
fn read(file: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("public/data")
            .join(file),
    )
    .unwrap()
}

/// Every `.json` content file under `dir`, one level of folders deep (`jet/…`); the
/// schemas in `schema/` are not content.
fn json_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("public/data exists") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() && path.file_name().is_some_and(|n| n == "schema") {
            continue;
        }
        if path.is_dir() {
            files.extend(json_files(&path));
        } else if path.extension().and_then(|e| e.to_str()) == Some("json") {
            files.push(path);
        }
    }
    files
}

#[derive(serde::Deserialize)]
struct ProgrammeOnly {
    programme: Programme,
}

/// The JET pages say which programme year they describe; they must all agree.
#[test]
fn jet_files_describe_the_same_programme() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data/jet");
    let programmes: Vec<(String, Programme)> = json_files(&dir)
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let only: ProgrammeOnly =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (path.display().to_string(), only.programme)
        })
        .collect();
    assert_eq!(programmes.len(), 6, "six JET files");
    for (file, programme) in &programmes {
        assert_eq!(
            programme, &programmes[0].1,
            "{file} differs from {}",
            programmes[0].0
        );
    }
}

#[test]
fn every_data_file_is_valid() {
    let mut problems = Vec::new();
    let mut seen = 0;
    for (name, text) in data_files() {
        problems.extend(check(&name, &text));
        // The overview's "65,000+" participants figure is stale (see domain facts).
        if text.contains("65,000") || text.contains("6万5") {
            problems.push(format!("{name}: uses the stale 65,000 participants figure"));
        }
        seen += 1;
    }
    assert_eq!(
        seen,
        DATA_FILES.len(),
        "one file for each entry of DATA_FILES"
    );
    assert!(
        problems.is_empty(),
        "content problems:\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn a_broken_file_is_reported_with_file_and_path() {
    let text = read("mission.json");
    let broken = text.replacen("\"ja\"", "\"jp\"", 1);
    let problems = check("mission.json", &broken);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].contains("mission.json"), "{problems:?}");
    assert!(
        problems[0].contains("unknown language `jp`"),
        "{problems:?}"
    );
    assert!(problems[0].contains("lead"), "{problems:?}");

    let missing = check("mission.json", &text.replacen("https://", "http://", 1));
    assert!(
        missing.iter().any(|p| p.contains("must be an https: URL")),
        "{missing:?}"
    );
}

#[test]
fn mission_has_the_required_figures_and_sections() {
    let text = read("mission.json");
    let mission: Mission = parse("mission.json", &text).unwrap();
    for id in [
        "founded",
        "domestic-branches",
        "overseas-offices",
        "jet-participants-total",
        "jet-participants-2025",
    ] {
        assert!(
            mission.figures.iter().any(|f| f.id == id),
            "figure {id} is missing"
        );
    }
    for id in [
        "what-clair-is",
        "activities",
        "network",
        "jet",
        "partners",
        "jetaa",
    ] {
        assert!(mission.section(id).is_some(), "section {id} is missing");
    }
}

fn directory() -> Directory {
    let text = read("offices.json");
    parse("offices.json", &text).unwrap()
}

#[test]
fn office_time_zones_exist() {
    for office in &directory().offices {
        let zone = Path::new("/usr/share/zoneinfo").join(&office.timezone);
        assert!(
            !office.timezone.contains("..") && zone.is_file(),
            "offices.json: {}: unknown time zone {}",
            office.id,
            office.timezone
        );
    }
}

#[test]
fn directory_facts_hold() {
    let dir = directory();
    let london = dir.office("london").expect("london");
    for code in ["GB", "AT", "DK", "FI", "DE", "IE", "NL", "NO", "SE"] {
        assert!(
            london.covers.iter().any(|c| c == code),
            "London covers {code}"
        );
    }
    let singapore = dir.office("singapore").expect("singapore");
    assert_eq!(singapore.covers.len(), 12, "ASEAN 10 + India + Sri Lanka");
    assert!(dir
        .office("tokyo-hq")
        .and_then(|o| o.contact.as_ref())
        .is_some());
    // Unconfirmed addresses stay out: only headquarters has a contact.
    assert_eq!(
        dir.offices.iter().filter(|o| o.contact.is_some()).count(),
        1
    );
    assert!(dir.office("branch-osaka-pref").is_some() && dir.office("branch-osaka-city").is_some());
}

#[test]
fn lookup_finds_offices_and_suggests_for_unknown_ids() {
    use clair::model::directory::Lookup;
    let dir = directory();
    match dir.lookup("london") {
        Lookup::Found(detail) => {
            assert_eq!(detail.countries[0].code, "GB");
            assert_eq!(detail.countries.len(), 9);
            let ids: Vec<&str> = detail.neighbours.iter().map(|n| n.id.as_str()).collect();
            assert_eq!(ids.len(), 6, "the other overseas offices: {ids:?}");
            assert_eq!(ids[0], "paris", "Paris is the nearest to London");
            assert_eq!(
                detail.headquarters.as_ref().map(|h| h.id.as_str()),
                Some("tokyo-hq")
            );
        }
        other => panic!("{other:?}"),
    }
    match dir.lookup("tokyo-hq") {
        Lookup::Found(detail) => assert_eq!(
            detail.neighbours.len(),
            4,
            "headquarters has nearby branches"
        ),
        other => panic!("{other:?}"),
    }
    match dir.lookup("branch-osaka") {
        Lookup::Missing { suggestions } => {
            let ids: Vec<_> = suggestions.iter().map(|s| s.id.as_str()).collect();
            assert!(
                ids.contains(&"branch-osaka-pref") && ids.contains(&"branch-osaka-city"),
                "{ids:?}"
            );
        }
        other => panic!("{other:?}"),
    }
    match dir.lookup("atlantis") {
        Lookup::Missing { suggestions } => assert_eq!(suggestions.len(), 8),
        other => panic!("{other:?}"),
    }
}

/// The not-found page suggests from the names alone, as the directory would.
#[test]
fn office_names_suggest_as_the_directory_does() {
    use clair::model::directory::{Lookup, OfficeNames};
    let dir = directory();
    let names = OfficeNames::from(&dir);
    assert_eq!(names.offices.len(), dir.offices.len());
    assert_eq!(names.missing("london"), None, "London has a page");
    for id in ["branch-osaka", "atlantis", "londn-office", "paris-branch"] {
        match dir.lookup(id) {
            Lookup::Missing { suggestions } => assert_eq!(names.missing(id), Some(suggestions)),
            other => panic!("{other:?}"),
        }
    }
    let json = serde_json::to_string(&names).unwrap();
    assert_eq!(serde_json::from_str::<OfficeNames>(&json).unwrap(), names);
}

/// Where branches are housed is not confirmed: no branch's contact card carries an
/// address or a position (their coordinates only place map markers).
#[test]
fn no_branch_card_has_an_address() {
    use clair::model::directory::vcard::vcard_for;
    use clair::model::directory::OfficeKind;
    use clair::model::lang::Lang;
    let dir = directory();
    let branches: Vec<_> = dir
        .offices
        .iter()
        .filter(|o| o.kind == OfficeKind::Branch)
        .collect();
    assert_eq!(branches.len(), 67);
    for office in branches {
        for lang in Lang::ALL {
            let card = vcard_for(office, &dir.country_text(&office.country), lang);
            assert!(
                !card.contains("\r\nADR") && !card.contains("\r\nGEO"),
                "{}: {card}",
                office.id
            );
        }
    }
}

/// The pages place the visitor's day on the cycle by the months the model takes for
/// the opening and the close of applications: they must be the timeline's own stages.
#[test]
fn applications_open_and_close_when_the_timeline_says() {
    let text = read("jet/timeline.json");
    let timeline: Timeline = parse("jet/timeline.json", &text).unwrap();
    let stage = |id: &str| {
        timeline
            .stages
            .iter()
            .find(|s| s.id == id)
            .unwrap_or_else(|| panic!("a {id} stage"))
    };
    assert_eq!(stage("open").start, APPLICATIONS_OPEN);
    assert_eq!(stage("deadline").end, APPLICATIONS_CLOSE);
    for country in &timeline.countries {
        let close = applications_close(country.programme_year);
        for m in country.milestones.iter().filter(|m| m.stage == "deadline") {
            let date = clair::model::date::Date::parse(&m.date).unwrap();
            assert!(
                date <= close,
                "{}: deadline {} is after {}",
                country.country,
                m.date,
                close.iso()
            );
        }
    }
}

/// A character of Japanese text for the punctuation rule: kana (with ー and ・), CJK
/// ideographs, Japanese punctuation (。、「」〜…) and full-width forms (（）：！？).
fn is_japanese(c: char) -> bool {
    matches!(
        c as u32,
        0x3000..=0x303F // CJK symbols and punctuation
            | 0x3040..=0x309F // hiragana
            | 0x30A0..=0x30FF // katakana
            | 0x31F0..=0x31FF // katakana extensions
            | 0x3400..=0x4DBF // CJK extension A
            | 0x4E00..=0x9FFF // CJK ideographs
            | 0xF900..=0xFAFF // CJK compatibility ideographs
            | 0xFF00..=0xFFEF // full-width and half-width forms
    )
}

/// Every half-width `(`, `)` or `:` in `text` with a Japanese character directly on
/// either side, as a snippet of the text around it. Foreign text quoted as written is
/// allowed: a `(…)` pair with no Japanese inside, after a non-Japanese character and
/// followed by a non-Japanese character, the end or a full-width closing bracket
/// (「Japan Local Government Centre (JLGC)」, （Medical Condition(s)）).
fn half_width_punctuation(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let at = |i: usize| chars.get(i).copied();
    let before = |i: usize| i.checked_sub(1).and_then(at);
    let japanese = |c: Option<char>| c.is_some_and(is_japanese);
    let mut foreign = vec![false; chars.len()];
    let mut open = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '(' => open.push(i),
            ')' => {
                if let Some(a) = open.pop() {
                    let after = at(i + 1);
                    if !chars[a + 1..i].iter().any(|&c| is_japanese(c))
                        && !japanese(before(a))
                        && (!japanese(after) || after.is_some_and(|c| "）」』】〕".contains(c)))
                    {
                        foreign[a] = true;
                        foreign[i] = true;
                    }
                }
            }
            _ => {}
        }
    }
    (0..chars.len())
        .filter(|&i| matches!(chars[i], '(' | ')' | ':') && !foreign[i])
        .filter(|&i| japanese(before(i)) || japanese(at(i + 1)))
        .map(|i| {
            let from = i.saturating_sub(8);
            let to = (i + 9).min(chars.len());
            format!("…{}…", chars[from..to].iter().collect::<String>())
        })
        .collect()
}

/// Every `ja` string under `value`, with its JSON path (`sections[2].items[0].text.ja`).
fn ja_strings<'a>(value: &'a serde_json::Value, path: &str, out: &mut Vec<(String, &'a str)>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, item) in map {
                let here = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                match item {
                    serde_json::Value::String(text) if key == "ja" => out.push((here, text)),
                    _ => ja_strings(item, &here, out),
                }
            }
        }
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                ja_strings(item, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// Japanese text uses Japanese punctuation: （ ） and ： next to Japanese characters, not
/// the half-width ( ) and : (「JETプログラム（語学指導等を行う外国青年招致事業）」).
#[test]
fn japanese_text_uses_japanese_punctuation() {
    // The check itself: it flags what the content used to have and accepts the fix.
    assert_eq!(half_width_punctuation("本部(東京)").len(), 2);
    assert_eq!(half_width_punctuation("本部(Tokyo)").len(), 1);
    assert_eq!(half_width_punctuation("例:英語").len(), 1);
    assert_eq!(
        half_width_punctuation("JETプログラム(語学指導等を行う外国青年招致事業)").len(),
        2
    );
    for fine in [
        "本部（東京）",
        "例：英語",
        "9:00〜17:00",
        "午前9:00",
        "本部（Tokyo）",
        "「Japan Local Government Centre (JLGC)」です",
        "健康状態自己申告書（Self-Report of Medical Condition(s)）",
        "「크레아(CLAIR) 서울사무소」",
        "https://jetprogramme.org/ja/",
    ] {
        assert_eq!(half_width_punctuation(fine), Vec::<String>::new(), "{fine}");
    }

    let mut problems = Vec::new();
    let mut checked = 0;
    for (name, text) in data_files() {
        let value: serde_json::Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut strings = Vec::new();
        ja_strings(&value, "", &mut strings);
        for (json_path, ja) in strings {
            checked += 1;
            for snippet in half_width_punctuation(ja) {
                problems.push(format!(
                    "{name}: {json_path}: half-width ( ) or : next to Japanese (use （ ） or ：) in {snippet}"
                ));
            }
        }
    }
    assert!(checked > 500, "only {checked} ja strings found");
    assert!(
        problems.is_empty(),
        "Japanese punctuation problems:\n  {}",
        problems.join("\n  ")
    );
}
