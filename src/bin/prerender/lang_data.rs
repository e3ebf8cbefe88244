//! One copy of each content file per language, `data/<code>/<file>`: every text keeps
//! English (the fallback) and that language only, so an island's data costs a visitor
//! one translation, not all of them; the names a visitor searches by keep Japanese too
//! (`SEARCHED_FIELDS`, `Lang::searched`). Written from the same files the pages were
//! rendered from; the full files stay beside them for editors and partners' tools.
//! Beside them, `office-names.json` (`OfficeNames`), cut from the directory.

use std::path::Path;

use serde_json::{Map, Value};

use clair::model::directory::{Directory, OfficeNames};
use clair::model::files::{Content, DATA_FILES, SEARCHED_FIELDS};
use clair::model::lang::{Lang, MACHINE_ASSISTED};
use clair::model::load::parse;

/// A content value with every text cut down to English and `lang`, and the names a
/// visitor searches by to the languages searched on `lang`'s pages.
fn for_lang(value: Value, lang: Lang) -> Value {
    texts_in(value, lang, &[Lang::En, lang])
}

fn texts_in(value: Value, lang: Lang, langs: &[Lang]) -> Value {
    match value {
        Value::Object(map) if map.get("en").is_some_and(Value::is_string) => {
            let keep = |key: &str| langs.iter().any(|l| l.code() == key);
            let mut text: Map<String, Value> = Map::new();
            for (key, child) in map {
                if keep(&key) {
                    text.insert(key, child);
                } else if key == MACHINE_ASSISTED {
                    let langs: Vec<Value> = child
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter(|code| langs.iter().any(|l| code.as_str() == Some(l.code())))
                        .cloned()
                        .collect();
                    if !langs.is_empty() {
                        text.insert(key, Value::Array(langs));
                    }
                }
            }
            Value::Object(text)
        }
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(key, child)| {
                    let child = if SEARCHED_FIELDS.contains(&key.as_str()) {
                        texts_in(child, lang, &lang.searched())
                    } else {
                        texts_in(child, lang, langs)
                    };
                    (key, child)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(
            items
                .into_iter()
                .map(|v| texts_in(v, lang, langs))
                .collect(),
        ),
        other => other,
    }
}

/// Writes `dist/data/<code>/<file>` for every language and every content file read per
/// language (see `Lang::data_path`), from `data_dir`.
pub fn write(dist: &Path, data_dir: &Path) -> Result<(), String> {
    for file in DATA_FILES {
        let text = std::fs::read_to_string(data_dir.join(file))
            .map_err(|e| format!("{}: {e}", data_dir.join(file).display()))?;
        let value: Value = serde_json::from_str(&text).map_err(|e| format!("{file}: {e}"))?;
        for lang in Lang::ALL {
            let path = lang.data_path(file);
            if path == file {
                continue;
            }
            let out = dist.join("data").join(&path);
            std::fs::create_dir_all(out.parent().expect("a data file has a directory"))
                .map_err(|e| format!("{}: {e}", out.display()))?;
            let json = serde_json::to_string(&for_lang(value.clone(), lang))
                .expect("JSON values serialize");
            std::fs::write(&out, json).map_err(|e| format!("{}: {e}", out.display()))?;
        }
    }
    write_office_names(dist, data_dir)
}

/// `data/<code>/office-names.json`: what a missing office's page suggests from.
fn write_office_names(dist: &Path, data_dir: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(data_dir.join(Directory::FILE))
        .map_err(|e| format!("{}: {e}", Directory::FILE))?;
    let directory: Directory = parse(Directory::FILE, &text).map_err(|e| e.to_string())?;
    let names = serde_json::to_value(OfficeNames::from(&directory)).expect("JSON values serialize");
    for lang in Lang::ALL {
        // Suggestions match English names and show the page's: no Japanese needed.
        let mut names = names.clone();
        for office in names["offices"].as_array_mut().into_iter().flatten() {
            office["name"] = texts_in(office["name"].take(), lang, &[Lang::En, lang]);
        }
        let out = dist.join("data").join(lang.data_path(OfficeNames::FILE));
        let json = serde_json::to_string(&names).expect("JSON values serialize");
        std::fs::write(&out, json).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keeps_english_and_the_language() {
        let value = json!({"a": [{"en": "Office", "ja": "事務所", "fr": "Bureau", "ko": "사무소",
            "machine_assisted": ["fr", "ko"]}], "url": "https://x.example", "n": 3});
        let named = json!({"name": {"en": "Paris", "ja": "パリ", "fr": "Paris", "ko": "파리"},
            "about": {"en": "A", "ja": "あ"}});
        assert_eq!(
            for_lang(named, Lang::Fr),
            json!({"name": {"en": "Paris", "ja": "パリ", "fr": "Paris"}, "about": {"en": "A"}})
        );
        assert_eq!(
            for_lang(value.clone(), Lang::Fr),
            json!({"a": [{"en": "Office", "fr": "Bureau", "machine_assisted": ["fr"]}],
                "url": "https://x.example", "n": 3})
        );
        assert_eq!(
            for_lang(value.clone(), Lang::Ja),
            json!({"a": [{"en": "Office", "ja": "事務所"}], "url": "https://x.example", "n": 3})
        );
        assert_eq!(
            for_lang(value, Lang::En),
            json!({"a": [{"en": "Office"}], "url": "https://x.example", "n": 3})
        );
    }
}
