//! The JSON Schemas in `public/data/schema/`, generated from the types the app parses
//! the files with (draft 2020-12), so that an editor's tools and `cargo test` agree.

use schemars::generate::SchemaSettings;
use schemars::JsonSchema;
use serde_json::Value;

use clair::model::directory::Directory;
use clair::model::files::Content;
use clair::with_content_types;

fn root<T: JsonSchema>() -> Value {
    SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<T>()
        .to_value()
}

macro_rules! schema_of_each {
    ($($ty:ty),*) => {
        /// The schema of a content file's type, from the registry.
        fn schema_for(file: &str) -> Option<Value> {
            $(if file == <$ty as Content>::FILE {
                return Some(root::<$ty>());
            })*
            None
        }
    };
}

with_content_types!(schema_of_each);

/// The schema of one data file, as written to disk. `offices` is the text of
/// `offices.json`: its region ids become the enum of an office's `region`.
pub fn generate(file: &str, offices: &str) -> Option<String> {
    let mut schema = schema_for(file)?;
    schema["title"] = Value::String(format!("CLAIR content: {file}"));
    // The reference editors follow; the app's loader drops it before parsing.
    schema["properties"]["$schema"] = serde_json::json!({
        "type": "string",
        "description": "The JSON Schema editors check this file with (a path to public/data/schema/). The app ignores it."
    });
    if file == Directory::FILE {
        let regions: Vec<Value> = serde_json::from_str::<Value>(offices)
            .ok()
            .and_then(|v| v.get("regions").and_then(Value::as_array).cloned())
            .unwrap_or_default()
            .iter()
            .filter_map(|r| r.get("id").cloned())
            .collect();
        let region = &mut schema["$defs"]["Office"]["properties"]["region"];
        region["enum"] = Value::Array(regions);
        region["description"] = "One of the `regions[].id` of this file.".into();
    }
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serializes");
    text.push('\n');
    Some(text)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use clair::model::files::{schema_path, schema_ref, DATA_FILES};
    use serde_json::{json, Value};

    use super::generate;

    fn data_dir() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data")
    }

    fn read(file: &str) -> String {
        std::fs::read_to_string(data_dir().join(file)).unwrap_or_default()
    }

    fn schema_of(file: &str) -> Value {
        serde_json::from_str(&generate(file, &read("offices.json")).expect("a schema")).unwrap()
    }

    /// What the schema says of `value`: its error messages, none when it is valid.
    fn schema_errors(file: &str, value: &Value) -> Vec<String> {
        let validator = jsonschema::options()
            .should_validate_formats(true)
            .build(&schema_of(file))
            .expect("a valid schema");
        validator
            .iter_errors(value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect()
    }

    /// What the app's own parser and content rules say of the same value.
    fn app_errors(file: &str, value: &Value) -> Vec<String> {
        clair::model::files::check(file, &value.to_string())
    }

    #[test]
    fn schemas_on_disk_are_current() {
        for file in DATA_FILES {
            let on_disk = read(&schema_path(file));
            assert!(
                on_disk == generate(file, &read("offices.json")).unwrap(),
                "public/data/{} is stale: run `make schemas`",
                schema_path(file)
            );
        }
    }

    #[test]
    fn every_shipped_file_names_its_schema_and_passes_it() {
        for file in DATA_FILES {
            let value: Value = serde_json::from_str(&read(file)).unwrap();
            assert_eq!(value["$schema"], json!(schema_ref(file)), "{file}: $schema");
            assert_eq!(schema_errors(file, &value), Vec::<String>::new(), "{file}");
        }
    }

    /// Breaks a shipped file at one JSON pointer; `None` removes the field.
    fn broken(file: &str, pointer: &str, new: Option<Value>) -> Value {
        let mut value: Value = serde_json::from_str(&read(file)).unwrap();
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        let target = value
            .pointer_mut(parent)
            .unwrap_or_else(|| panic!("{pointer}"));
        match (new, target) {
            (Some(new), Value::Object(map)) => {
                map.insert(key.to_string(), new);
            }
            (Some(new), Value::Array(items)) => items[key.parse::<usize>().unwrap()] = new,
            (None, Value::Object(map)) => {
                assert!(map.remove(key).is_some(), "{pointer} exists");
            }
            _ => panic!("{pointer}"),
        }
        value
    }

    /// Each case, a shipped file broken at one pointer, fails both the validator and
    /// the schema.
    fn both_reject(cases: &[(&str, &str, &str, Option<Value>)]) {
        for (what, file, pointer, new) in cases {
            let value = broken(file, pointer, new.clone());
            assert!(
                !app_errors(file, &value).is_empty(),
                "{what}: the validator accepts {file}{pointer}"
            );
            assert!(
                !schema_errors(file, &value).is_empty(),
                "{what}: the schema accepts {file}{pointer}"
            );
        }
    }

    #[test]
    fn schema_and_validator_reject_the_same_text_mistakes() {
        both_reject(&[
            (
                "unknown field",
                "mission.json",
                "/figures/0/colour",
                Some(json!("red")),
            ),
            ("missing en", "site.json", "/tagline/en", None),
            (
                "empty ja",
                "jet/faq.json",
                "/groups/0/heading/ja",
                Some(json!(" ")),
            ),
            (
                "markup",
                "mission.json",
                "/lead/en",
                Some(json!("<b>CLAIR</b>")),
            ),
        ]);
    }

    #[test]
    fn schema_and_validator_reject_the_same_link_mistakes() {
        both_reject(&[
            (
                "http: link",
                "mission.json",
                "/figures/0/sources/0/url",
                Some(json!("http://www.clair.or.jp/")),
            ),
            (
                "javascript: link",
                "site.json",
                "/links/0/url",
                Some(json!("javascript:alert(1)")),
            ),
            (
                "http: website",
                "offices.json",
                "/offices/0/website",
                Some(json!("http://www.clair.or.jp/")),
            ),
        ]);
    }

    #[test]
    fn schema_and_validator_reject_the_same_date_mistakes() {
        both_reject(&[
            (
                "bad date",
                "site.json",
                "/compiled",
                Some(json!("2026-13-01")),
            ),
            (
                "impossible day",
                "jet/apply.json",
                "/sources/0/reviewed",
                Some(json!("2026-02-30")),
            ),
            (
                "free-text page date",
                "offices.json",
                "/offices/3/sources/0/as_of",
                Some(json!("March 2014")),
            ),
            (
                "bad utc",
                "jet/timeline.json",
                "/countries/0/milestones/1/utc",
                Some(json!("2024-11-16 09:59")),
            ),
        ]);
    }

    #[test]
    fn schema_and_validator_reject_the_same_type_and_value_mistakes() {
        both_reject(&[
            (
                "wrong type",
                "jet/overview.json",
                "/programme/year",
                Some(json!("2026")),
            ),
            (
                "wrong type",
                "offices.json",
                "/offices/0/lat",
                Some(json!("35.68")),
            ),
            (
                "unknown kind",
                "offices.json",
                "/offices/0/kind",
                Some(json!("embassy")),
            ),
            (
                "unknown country",
                "offices.json",
                "/offices/5/country",
                Some(json!("XX")),
            ),
            (
                "unknown region",
                "offices.json",
                "/offices/9/region",
                Some(json!("atlantis")),
            ),
            (
                "bad id",
                "jet/faq.json",
                "/groups/0/items/0/id",
                Some(json!("When To Apply")),
            ),
        ]);
    }
}
