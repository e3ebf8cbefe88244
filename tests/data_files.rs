//! Every content file in `public/data/` parses with the app's own types (unknown fields
//! rejected) and follows the content rules. A failure names the file, the JSON path
//! and what is wrong, so an editor can fix it without reading Rust.

use std::path::Path;

use clair::model::directory::Directory;
use clair::model::files::{check, DATA_FILES};
use clair::model::jet::{Programme, Timeline, APPLICATIONS_CLOSE};
use clair::model::load::parse;
use clair::model::site::content::Mission;

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
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
    let mut problems = Vec::new();
    let mut seen = 0;
    for path in json_files(&dir) {
        let name = path
            .strip_prefix(&dir)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(&path).expect("readable file");
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
    assert!(problems[0].contains("unknown field `jp`"), "{problems:?}");
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
            assert_eq!(detail.neighbours.len(), 4);
            assert!(
                detail.neighbours.iter().any(|n| n.id == "paris"),
                "Paris is near London"
            );
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

/// The pages say JET information may be out of date after the month the model takes
/// as the close of applications; it must be the timeline's own deadline stage.
#[test]
fn applications_close_when_the_timeline_says() {
    let text = read("jet/timeline.json");
    let timeline: Timeline = parse("jet/timeline.json", &text).unwrap();
    let deadline = timeline
        .stages
        .iter()
        .find(|s| s.id == "deadline")
        .expect("a deadline stage");
    assert_eq!(deadline.end, APPLICATIONS_CLOSE);
    for country in &timeline.countries {
        for m in country.milestones.iter().filter(|m| m.stage == "deadline") {
            let programme = Programme {
                year: country.programme_year,
                guidelines: timeline.programme.guidelines.clone(),
            };
            let date = clair::model::date::Date::parse(&m.date).unwrap();
            assert!(
                date <= programme.applications_close(),
                "{}: deadline {} is after {}",
                country.country,
                m.date,
                programme.applications_close().iso()
            );
        }
    }
}
