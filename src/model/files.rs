//! The registry of content files in `public/data/`: each is named by the Rust type it
//! is read into (`Content::FILE`), so code that reads a file by its type cannot pick
//! the wrong one; `with_content_types!` walks every type for the checks an editor runs
//! (parse with the app's own types, then the content rules), the schema generator and
//! the list of files. Shared by the data test and `make content-check`, so both report
//! the same problems.

use serde::de::DeserializeOwned;

use crate::model::directory::map::{JapanMap, WorldMap};
use crate::model::directory::Directory;
use crate::model::jet::eligibility::Eligibility;
use crate::model::jet::{Faq, Guide, Overview, Timeline, WhereToApply};
use crate::model::load::parse;
use crate::model::site::mission::{Mission, Site};
use crate::model::validate::{validate, Problem, Validate};

/// A content file: the type it is read into, and its path under `data/`.
pub trait Content: DeserializeOwned + Validate {
    const FILE: &'static str;
}

/// Calls `$apply!(Type, …)` with every content type, in the order files are listed: a
/// new content file is one `Content` impl and one entry here.
#[macro_export]
macro_rules! with_content_types {
    ($apply:ident) => {
        $apply! {
            $crate::model::site::mission::Site,
            $crate::model::site::mission::Mission,
            $crate::model::directory::Directory,
            $crate::model::directory::map::WorldMap,
            $crate::model::directory::map::JapanMap,
            $crate::model::jet::Overview,
            $crate::model::jet::eligibility::Eligibility,
            $crate::model::jet::Timeline,
            $crate::model::jet::Guide,
            $crate::model::jet::WhereToApply,
            $crate::model::jet::Faq
        }
    };
}

macro_rules! content {
    ($($ty:ty => $file:literal),* $(,)?) => {
        $(impl Content for $ty {
            const FILE: &'static str = $file;
        })*
    };
}

content! {
    Site => "site.json",
    Mission => "mission.json",
    Directory => "offices.json",
    WorldMap => "map-world.json",
    JapanMap => "map-japan.json",
    Overview => "jet/overview.json",
    Eligibility => "jet/eligibility.json",
    Timeline => "jet/timeline.json",
    Guide => "jet/apply.json",
    WhereToApply => "jet/where.json",
    Faq => "jet/faq.json",
}

macro_rules! files {
    ($($ty:ty),*) => {
        [$(<$ty as Content>::FILE),*]
    };
}

/// The content files, relative to `public/data/`.
pub const DATA_FILES: [&str; 11] = with_content_types!(files);

/// The fields a visitor searches by: an office or a country is found by its name, city
/// or prefecture in English, Japanese and the page's language (`Lang::searched`), so
/// each language's copy of a content file (`Lang::data_path`) keeps those languages.
pub const SEARCHED_FIELDS: [&str; 3] = ["name", "city", "prefecture"];

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

macro_rules! check_each {
    ($($ty:ty),*) => {
        /// Every problem in one file's text, each as `file: json.path: what is wrong`.
        pub fn check(file: &str, text: &str) -> Vec<String> {
            $(if file == <$ty as Content>::FILE {
                return check_as::<$ty>(file, text);
            })*
            vec![format!("{file}: no content type is known for this file")]
        }
    };
}

with_content_types!(check_each);

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
