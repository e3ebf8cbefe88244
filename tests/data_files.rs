//! Every content file in `public/data/` parses with the app's own types (unknown fields
//! rejected) and follows the content rules. A failure names the file, the JSON path
//! and what is wrong, so an editor can fix it without reading Rust.

use std::path::Path;

use clair::model::content::{Mission, Site};
use clair::model::load::parse;
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
        other => vec![format!("{other}: no content type is known for this file")],
    }
}

#[test]
fn every_data_file_is_valid() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
    let mut problems = Vec::new();
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("public/data exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().to_string();
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
