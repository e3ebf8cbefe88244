//! Every content file in `public/data/`, the type it is read into and the check an
//! editor runs: parse with the app's own types, then the content rules. Shared by the
//! data test and `make content-check`, so both report the same problems.

use serde::de::DeserializeOwned;

use crate::model::directory::map::{JapanMap, WorldMap};
use crate::model::directory::Directory;
use crate::model::jet::eligibility::Eligibility;
use crate::model::jet::{Faq, Guide, Overview, Timeline, WhereToApply};
use crate::model::load::parse;
use crate::model::site::content::{Mission, Site};
use crate::model::validate::{validate, Problem, Validate};

/// The content files, relative to `public/data/`. A new file needs an entry here and
/// in `check` (and in the schema generator, `src/bin/content/schema.rs`).
pub const DATA_FILES: [&str; 11] = [
    "site.json",
    "mission.json",
    "offices.json",
    "map-world.json",
    "map-japan.json",
    "jet/overview.json",
    "jet/eligibility.json",
    "jet/timeline.json",
    "jet/apply.json",
    "jet/where.json",
    "jet/faq.json",
];

/// Where a data file's schema lives, relative to `public/data/`:
/// `jet/faq.json` → `schema/jet/faq.schema.json`.
pub fn schema_path(file: &str) -> String {
    format!("schema/{}.schema.json", file.trim_end_matches(".json"))
}

/// The `"$schema"` value a data file carries: its schema, relative to the file.
pub fn schema_ref(file: &str) -> String {
    let up = "../".repeat(file.matches('/').count());
    format!(
        "{}{}",
        if up.is_empty() { "./" } else { &up },
        schema_path(file)
    )
}

fn check_as<T: DeserializeOwned + Validate>(file: &str, text: &str) -> Vec<String> {
    match parse::<T>(file, text) {
        Ok(value) => validate(&value)
            .into_iter()
            .map(|Problem { path, message }| format!("{file}: {path}: {message}"))
            .collect(),
        Err(err) => vec![err.to_string()],
    }
}

/// Every problem in one file's text, each as `file: json.path: what is wrong`.
pub fn check(file: &str, text: &str) -> Vec<String> {
    match file {
        "site.json" => check_as::<Site>(file, text),
        "mission.json" => check_as::<Mission>(file, text),
        "offices.json" => check_as::<Directory>(file, text),
        "map-world.json" => check_as::<WorldMap>(file, text),
        "map-japan.json" => check_as::<JapanMap>(file, text),
        "jet/overview.json" => check_as::<Overview>(file, text),
        "jet/eligibility.json" => check_as::<Eligibility>(file, text),
        "jet/timeline.json" => check_as::<Timeline>(file, text),
        "jet/apply.json" => check_as::<Guide>(file, text),
        "jet/where.json" => check_as::<WhereToApply>(file, text),
        "jet/faq.json" => check_as::<Faq>(file, text),
        other => vec![format!("{other}: no content type is known for this file")],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_paths_mirror_the_data_folders() {
        assert_eq!(schema_path("site.json"), "schema/site.schema.json");
        assert_eq!(schema_ref("site.json"), "./schema/site.schema.json");
        assert_eq!(schema_ref("jet/faq.json"), "../schema/jet/faq.schema.json");
    }

    #[test]
    fn every_listed_file_has_a_type() {
        for file in DATA_FILES {
            let problems = check(file, "{}");
            assert!(
                !problems.iter().any(|p| p.contains("no content type")),
                "{file}: {problems:?}"
            );
        }
    }
}
