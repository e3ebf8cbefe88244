//! The site's languages, as a list, and the text type that carries them.

use std::collections::BTreeMap;

use serde::de::Error as _;
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A language the site is written in. English lives at the root, Japanese under `/ja/`.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Lang {
    #[default]
    En,
    Ja,
    /// A throw-away language for one test only (`make test`'s fixture build): every
    /// route renders in it with no other change than this variant, its arms and its
    /// interface strings, which is what adding a real language takes.
    #[cfg(feature = "lang-fixture")]
    Xx,
}

impl Lang {
    /// The site's languages, in order; the first lives at the root.
    #[cfg(not(feature = "lang-fixture"))]
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];
    #[cfg(feature = "lang-fixture")]
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ja, Lang::Xx];

    /// BCP 47 code, used for `<html lang>`, `hreflang` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
            #[cfg(feature = "lang-fixture")]
            Lang::Xx => "xx",
        }
    }

    /// Every language's code, for messages: `en, ja`.
    pub fn codes() -> String {
        Lang::ALL.map(Lang::code).join(", ")
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The language's own name, as shown in the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ja => "日本語",
            #[cfg(feature = "lang-fixture")]
            Lang::Xx => "Fixture",
        }
    }

    /// The start of its pages' paths under the site's base: none for English (the root
    /// language), `<code>/` for the others.
    pub fn prefix(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::Ja => "ja/",
            #[cfg(feature = "lang-fixture")]
            Lang::Xx => "xx/",
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

/// A string in the site's languages: English always, any other where it is written.
/// Every text in `public/data` has this shape (`{"en": …, "ja": …}`); a language
/// without its own text shows the English one (`shown` says which language that is,
/// so the page can mark it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text(BTreeMap<Lang, String>);

impl Default for Text {
    fn default() -> Text {
        Text(BTreeMap::from([(Lang::En, String::new())]))
    }
}

impl Text {
    /// English and Japanese, as every text has them today.
    pub fn new(en: &str, ja: &str) -> Text {
        Text::from_pairs([(Lang::En, en), (Lang::Ja, ja)])
    }

    /// A text from its languages; English is empty unless given.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (Lang, &'a str)>) -> Text {
        let mut text = Text::default();
        for (lang, value) in pairs {
            text.0.insert(lang, value.to_string());
        }
        text
    }

    /// The text in `lang`, or in English when it has none in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        &self.0[&self.shown(lang)]
    }

    /// The language `get` answers in: `lang` when the text has it, else English.
    pub fn shown(&self, lang: Lang) -> Lang {
        if self.0.contains_key(&lang) {
            lang
        } else {
            Lang::En
        }
    }

    /// The English text, which every text has.
    pub fn en(&self) -> &str {
        self.get(Lang::En)
    }

    /// The languages the text is written in, each with its text, English first.
    pub fn iter(&self) -> impl Iterator<Item = (Lang, &str)> {
        self.0.iter().map(|(lang, text)| (*lang, text.as_str()))
    }

    /// Every language's text, space-separated: what a search looks through.
    pub fn all(&self) -> String {
        self.0
            .values()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Sets the text in one language.
    pub fn set(&mut self, lang: Lang, value: &str) {
        self.0.insert(lang, value.to_string());
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (lang, text) in self.iter() {
            map.serialize_entry(lang.code(), text)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        let written = BTreeMap::<String, String>::deserialize(deserializer)?;
        let mut texts = BTreeMap::new();
        for (code, text) in written {
            let lang = Lang::from_code(&code).ok_or_else(|| {
                D::Error::custom(format!(
                    "unknown language `{code}`, expected one of {}",
                    Lang::codes()
                ))
            })?;
            texts.insert(lang, text);
        }
        if !texts.contains_key(&Lang::En) {
            return Err(D::Error::missing_field("en"));
        }
        Ok(Text(texts))
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
    fn texts_fall_back_to_english_and_refuse_unknown_languages() {
        let text: Text = serde_json::from_str(r#"{"en": "Offices"}"#).unwrap();
        assert_eq!(text.get(Lang::Ja), "Offices");
        assert_eq!(text.shown(Lang::Ja), Lang::En);
        let both = Text::new("Offices", "事務所");
        assert_eq!(
            (both.get(Lang::Ja), both.shown(Lang::Ja)),
            ("事務所", Lang::Ja)
        );
        assert_eq!(
            serde_json::to_string(&both).unwrap(),
            r#"{"en":"Offices","ja":"事務所"}"#
        );
        let missing = serde_json::from_str::<Text>(r#"{"ja": "事務所"}"#).unwrap_err();
        assert!(
            missing.to_string().contains("missing field `en`"),
            "{missing}"
        );
        let unknown = serde_json::from_str::<Text>(r#"{"en": "a", "xx": "b"}"#).unwrap_err();
        assert!(
            unknown.to_string().contains("unknown language `xx`"),
            "{unknown}"
        );
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("de"), None);
    }
}
