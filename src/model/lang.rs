//! The site's languages, as a list, and the text type that carries them.

use serde::{Deserialize, Serialize};

/// A language the site is written in. English lives at the root, Japanese under `/ja/`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    Ja,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    /// BCP 47 code, used for `<html lang>`, `hreflang` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "ja" => Some(Lang::Ja),
            _ => None,
        }
    }

    /// The language's own name, as shown in the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ja => "日本語",
        }
    }

    /// The start of its pages' paths under the site's base: none for English (the root
    /// language), `ja/` for Japanese.
    pub fn prefix(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::Ja => "ja/",
        }
    }

    /// The language to show a visitor: the one they chose (a stored code), else the
    /// browser's first supported one, else English. `site.js` and `widget-gate.js` follow
    /// this rule (checked by `tests/page_script.rs`).
    pub fn chosen<'a>(chosen: Option<&str>, tags: impl IntoIterator<Item = &'a str>) -> Lang {
        chosen
            .and_then(Lang::from_code)
            .unwrap_or_else(|| Lang::preferred(tags))
    }

    /// First supported language in the browser's preference list (`navigator.languages`),
    /// English when none matches.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(|tag| {
                let primary = tag.split(['-', '_']).next().unwrap_or_default();
                Lang::from_code(&primary.to_ascii_lowercase())
            })
            .unwrap_or_default()
    }
}

/// A string in both languages. Every text in `public/data` has this shape.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub en: String,
    pub ja: String,
}

impl Text {
    pub fn new(en: &str, ja: &str) -> Text {
        Text {
            en: en.into(),
            ja: ja.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Ja => &self.ja,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preferred_takes_first_supported_tag() {
        assert_eq!(Lang::preferred(["ja-JP", "en-US"]), Lang::Ja);
        assert_eq!(Lang::preferred(["fr-FR", "JA", "en"]), Lang::Ja);
        assert_eq!(Lang::preferred(["en-GB", "ja"]), Lang::En);
        assert_eq!(Lang::preferred(["de", "fr"]), Lang::En);
        assert_eq!(Lang::preferred([]), Lang::En);
        assert_eq!(Lang::chosen(Some("en"), ["ja"]), Lang::En);
        assert_eq!(Lang::chosen(Some("xx"), ["ja"]), Lang::Ja);
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("de"), None);
    }
}
