//! Every content file in `public/data/` parses with the app's own types (unknown fields
//! rejected) and follows the content rules. A failure names the file, the JSON path
//! and what is wrong, so an editor can fix it without reading Rust.

use std::path::Path;

use clair::model::content::{Mission, Site};
use clair::model::directory::Directory;
use clair::model::jet::{Eligibility, Faq, Guide, Overview, Programme, Timeline, WhereToApply};
use clair::model::load::parse;
use clair::model::map::{JapanMap, WorldMap};
use clair::model::validate::{validate, Problem, Validate};
use serde::de::DeserializeOwned;

fn check<T: DeserializeOwned + Validate>(file: &str, text: &str) -> Vec<String> {
    match parse::<T>(file, text) {
        Ok(value) => validate(&value)
            .into_iter()
            .map(|Problem { path, message }| format!("{file}: {path}: {message}"))
            .collect(),
        Err(err) => vec![format!("{err:?}")],
    }
}

/// The type each file must have. A new file needs an entry here.
fn check_file(name: &str, text: &str) -> Vec<String> {
    match name {
        "site.json" => check::<Site>(name, text),
        "mission.json" => check::<Mission>(name, text),
        "offices.json" => check::<Directory>(name, text),
        "map-world.json" => check::<WorldMap>(name, text),
        "map-japan.json" => check::<JapanMap>(name, text),
        "jet/overview.json" => check::<Overview>(name, text),
        "jet/eligibility.json" => check::<Eligibility>(name, text),
        "jet/timeline.json" => check::<Timeline>(name, text),
        "jet/apply.json" => check::<Guide>(name, text),
        "jet/where.json" => check::<WhereToApply>(name, text),
        "jet/faq.json" => check::<Faq>(name, text),
        other => vec![format!("{other}: no content type is known for this file")],
    }
}

/// Every `.json` file under `dir`, one level of folders deep (`jet/…`).
fn json_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("public/data exists") {
        let path = entry.expect("readable entry").path();
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
        problems.extend(check_file(&name, &text));
        // The overview's "65,000+" participants figure is stale (see domain facts).
        if text.contains("65,000") || text.contains("6万5") {
            problems.push(format!("{name}: uses the stale 65,000 participants figure"));
        }
        seen += 1;
    }
    assert!(
        seen >= 2,
        "expected site.json and mission.json in {}",
        dir.display()
    );
    assert!(
        problems.is_empty(),
        "content problems:\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn a_broken_file_is_reported_with_file_and_path() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data/mission.json"),
    )
    .unwrap();
    let broken = text.replacen("\"ja\"", "\"jp\"", 1);
    let problems = check_file("mission.json", &broken);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].contains("mission.json"), "{problems:?}");
    assert!(problems[0].contains("unknown field `jp`"), "{problems:?}");
    assert!(problems[0].contains("lead"), "{problems:?}");

    let missing = check_file("mission.json", &text.replacen("https://", "http://", 1));
    assert!(
        missing.iter().any(|p| p.contains("must be an https: URL")),
        "{missing:?}"
    );
}

#[test]
fn mission_has_the_required_figures_and_sections() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data/mission.json"),
    )
    .unwrap();
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

/// ISO 3166-1 alpha-2 codes in use (2024), for the covered-countries check.
const ISO_3166: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

fn directory() -> Directory {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data/offices.json"),
    )
    .unwrap();
    parse("offices.json", &text).unwrap()
}

#[test]
fn office_countries_are_iso_codes_and_time_zones_exist() {
    let dir = directory();
    let iso: Vec<&str> = ISO_3166.split(' ').collect();
    for country in &dir.countries {
        assert!(
            iso.contains(&country.code.as_str()),
            "offices.json: countries: {} is not an ISO 3166-1 code",
            country.code
        );
    }
    for office in &dir.offices {
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
