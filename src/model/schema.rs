//! The rules of `validate` that a JSON Schema can say, as schemas for single fields.
//! The content types name them with `#[schemars(schema_with = …)]`, so the schemas in
//! `public/data/schema/` give editors the same errors as `cargo test`, as they type.
//! Compiled only with the `schema` feature: the browser's wasm never carries it.

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use crate::model::directory::ISO_3166;
use crate::model::lang::{Lang, Text, MACHINE_ASSISTED};

/// Not blank, and not markup (a `<` together with a `>`), as `Text` is checked.
const PLAIN_TEXT: &str = r"^(?=[\s\S]*\S)(?:[^<]*|[^>]*)$";

/// A field schema under its own name in `$defs`, so a rule is written once per file.
macro_rules! named {
    ($(#[$doc:meta])* $type:ident, $function:ident, $schema:expr) => {
        struct $type;

        impl JsonSchema for $type {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($type).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                $schema
            }
        }

        $(#[$doc])*
        pub fn $function(generator: &mut SchemaGenerator) -> Schema {
            generator.subschema_for::<$type>()
        }
    };
}

named!(
/// An `https:` URL without spaces.
HttpsUrl, https_url, json_schema!({
        "type": "string",
        "pattern": r"^https://\S+$",
        "patternErrorMessage": "Must be an https: URL (http: and other schemes are not allowed).",
        "examples": ["https://www.clair.or.jp/"]
    }));

named!(
/// A link a page may render: `https:`, `mailto:` or `tel:`.
SafeLink, safe_link, json_schema!({
        "type": "string",
        "pattern": r"^(?:https://|mailto:|tel:)\S+$",
        "patternErrorMessage": "Must be an https:, mailto: or tel: link.",
        "examples": ["https://www.clair.or.jp/", "mailto:name@example.org", "tel:+81-3-0000-0000"]
    }));

named!(
/// A calendar date, `YYYY-MM-DD`.
IsoDate, iso_date, json_schema!({
        "type": "string",
        "format": "date",
        "pattern": r"^\d{4}-\d{2}-\d{2}$",
        "patternErrorMessage": "Must be a date written YYYY-MM-DD, e.g. 2026-12-01.",
        "examples": ["2026-12-01"]
    }));

named!(
/// The date a source page states: a day, a month, a year, a programme year or a fiscal year.
PageDateText, page_date, json_schema!({
        "type": "string",
        "pattern": r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4} programme|FY\d{4})$",
        "patternErrorMessage": "Write the date the page states: 2024-09-17, 2014-03, 2024, 2025 programme or FY2025.",
        "examples": ["2024-09-17", "2014-03", "2024", "2025 programme", "FY2025"]
    }));

named!(
/// A moment in UTC, `YYYY-MM-DDTHH:MM:SSZ`.
UtcTime, utc, json_schema!({
        "type": "string",
        "format": "date-time",
        "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$",
        "patternErrorMessage": "Must be a UTC time written YYYY-MM-DDTHH:MM:SSZ.",
        "examples": ["2025-11-14T22:00:00Z"]
    }));

named!(
/// An id used in URLs and anchors: lowercase letters, digits and `-`.
KebabId, kebab_id, json_schema!({
        "type": "string",
        "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$",
        "patternErrorMessage": "Use lowercase letters, digits and '-', e.g. branch-osaka-city."
    }));

named!(
/// An ISO 3166-1 alpha-2 country code.
CountryCode, country_code, json_schema!({
        "type": "string",
        "description": "ISO 3166-1 alpha-2 country code, e.g. GB.",
        "enum": ISO_3166
    }));

/// A list of `country_code`s.
pub fn country_codes(generator: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": "array", "items": country_code(generator) })
}

/// A phone or fax number in international form.
pub fn phone(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": "string",
        "pattern": r"^\+[0-9-]+$",
        "patternErrorMessage": "Use the international form, e.g. +81-3-0000-0000."
    })
}

/// An e-mail address.
pub fn email(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": "string", "format": "email", "pattern": r"^[^\s@]+@[^\s@]+$" })
}

impl JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let properties: serde_json::Map<String, serde_json::Value> = Lang::ALL
            .into_iter()
            .map(|lang| {
                let language = json_schema!({
                    "type": "string",
                    "description": format!(
                        "The text in {} (`{}`): plain text, never markup.",
                        lang.native_name(),
                        lang.code()
                    ),
                    "minLength": 1,
                    "pattern": PLAIN_TEXT,
                    "patternErrorMessage": "Must not be blank, and must be plain text (no <markup>)."
                });
                (lang.code().to_string(), language.to_value())
            })
            .collect();
        let mut properties = properties;
        let translated: Vec<&str> = Lang::ALL
            .into_iter()
            .filter(|lang| !Lang::AUTHORITATIVE.contains(lang))
            .map(Lang::code)
            .collect();
        properties.insert(
            MACHINE_ASSISTED.to_string(),
            json_schema!({
                "description": "The languages whose text was translated with machine assistance and not yet reviewed by a person; remove a language once someone has reviewed it.",
                "type": "array",
                "items": { "enum": translated },
                "uniqueItems": true
            })
            .to_value(),
        );
        json_schema!({
            "description": "A text in the site's languages: English (`en`) is required; a language left out shows the English text.",
            "type": "object",
            "properties": properties,
            "required": ["en"],
            "additionalProperties": false
        })
    }
}
