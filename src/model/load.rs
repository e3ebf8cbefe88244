//! Turning a content file's text into typed data, with errors that name the file and
//! the field. Shared by the browser loader, the prerenderer and the validation test.

use serde::{de::DeserializeOwned, Deserialize, Serialize};

/// Why a content file could not be used. Serializable, so that a failure during
/// prerendering travels to the browser like any other resource value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LoadError {
    /// The request did not complete (offline, blocked, DNS…).
    Network { file: String, detail: String },
    /// The server answered, but not with the file.
    Status { file: String, status: u16 },
    /// The file arrived but does not have the expected shape.
    Format {
        file: String,
        path: String,
        detail: String,
    },
}

impl LoadError {
    pub fn file(&self) -> &str {
        match self {
            LoadError::Network { file, .. }
            | LoadError::Status { file, .. }
            | LoadError::Format { file, .. } => file,
        }
    }
}

/// `file: path: detail`, the form editors read in `make content-check` and the tests.
impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Network { file, detail } => write!(f, "{file}: could not be read: {detail}"),
            LoadError::Status { file, status } => write!(f, "{file}: HTTP status {status}"),
            LoadError::Format { file, path, detail } if path.is_empty() => {
                write!(f, "{file}: {detail}")
            }
            LoadError::Format { file, path, detail } => write!(f, "{file}: {path}: {detail}"),
        }
    }
}

/// Parses `text` as `T`, reporting the JSON path of the first problem (`figures[2].label.ja`).
/// The `"$schema"` an editor's file names first (the schema editors check it with) is
/// not content and is skipped, so the types stay strict about every other unknown field.
pub fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, LoadError> {
    let format = |path: String, detail: String| LoadError::Format {
        file: file.to_string(),
        path,
        detail,
    };
    let text = without_schema(text);
    let mut json = serde_json::Deserializer::from_str(&text);
    #[cfg(not(target_arch = "wasm32"))]
    let parsed = serde_path_to_error::deserialize(&mut json).map_err(|err| {
        let path = err.path().to_string();
        let path = if path == "." { String::new() } else { path };
        format(path, err.into_inner().to_string())
    });
    // In the browser without the path: tracking it doubles the code of every content
    // type's parser in the wasm. The message still says what is wrong, and
    // `make content-check` names the path.
    #[cfg(target_arch = "wasm32")]
    let parsed = T::deserialize(&mut json).map_err(|err| format(String::new(), err.to_string()));
    let value = parsed?;
    json.end()
        .map_err(|err| format(String::new(), err.to_string()))?;
    Ok(value)
}

/// `text` without a leading `"$schema": "…"` member. Parsing straight from the text
/// (not through a `serde_json::Value` that drops the key) keeps one parser per content
/// type in the wasm instead of two.
fn without_schema(text: &str) -> std::borrow::Cow<'_, str> {
    let Some(body) = text.trim_start().strip_prefix('{') else {
        return text.into();
    };
    let Some(rest) = body.trim_start().strip_prefix("\"$schema\"") else {
        return text.into();
    };
    let Some(rest) = rest.trim_start().strip_prefix(':') else {
        return text.into();
    };
    let mut value = serde_json::Deserializer::from_str(rest).into_iter::<String>();
    if !matches!(value.next(), Some(Ok(_))) {
        return text.into();
    }
    let rest = rest[value.byte_offset()..].trim_start();
    let rest = rest.strip_prefix(',').unwrap_or(rest);
    format!("{{{rest}").into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lang::Text;

    #[test]
    fn reports_the_field_path() {
        let err = parse::<Vec<Text>>("x.json", r#"[{"en":"a","ja":"b"},{"ja":"c"}]"#).unwrap_err();
        match err {
            LoadError::Format { file, path, detail } => {
                assert_eq!(file, "x.json");
                assert_eq!(path, "[1]");
                assert!(detail.contains("missing field `en`"), "{detail}");
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn the_schema_reference_is_not_content() {
        let text: Text = parse(
            "t.json",
            r#"{"$schema":"./schema/t.schema.json","en":"a","ja":"b"}"#,
        )
        .expect("a top-level $schema is allowed");
        assert_eq!(text, Text::new("a", "b"));
        let nested = parse::<Vec<Text>>("t.json", r#"[{"$schema":"x","en":"a","ja":"b"}]"#);
        assert!(
            matches!(nested, Err(LoadError::Format { ref detail, .. }) if detail.contains("unknown language `$schema`")),
            "{nested:?}"
        );
    }

    #[test]
    fn rejects_unknown_fields_and_bad_json() {
        let err = parse::<Text>("t.json", r#"{"en":"a","ja":"b","xx":"c"}"#).unwrap_err();
        assert!(
            matches!(err, LoadError::Format { ref detail, .. } if detail.contains("unknown language `xx`"))
        );
        let err = parse::<Text>("t.json", "<!doctype html>").unwrap_err();
        assert!(matches!(err, LoadError::Format { ref path, .. } if path.is_empty()));
        assert_eq!(err.file(), "t.json");
    }
}
