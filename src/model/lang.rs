//! The site's languages, as a list, and the text type that carries them.

use std::collections::{BTreeMap, BTreeSet};

use serde::de::{Error as _, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A language the site is written in. English lives at the root, every other language
/// under `/<code>/`.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Lang {
    #[default]
    En,
    Ja,
    Fr,
    Ko,
    /// Simplified Chinese (`zh-Hans`).
    Zh,
    /// A throw-away language for one test only (`make test`'s fixture build): every
    /// route renders in it with no other change than this variant, its arms and its
    /// interface strings, which is what adding a real language takes.
    #[cfg(feature = "lang-fixture")]
    Xx,
}

impl Lang {
    /// The site's languages, in order; the first lives at the root.
    #[cfg(not(feature = "lang-fixture"))]
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Ja, Lang::Fr, Lang::Ko, Lang::Zh];
    #[cfg(feature = "lang-fixture")]
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Ja, Lang::Fr, Lang::Ko, Lang::Zh, Lang::Xx];

    /// The languages whose texts are the authoritative ones: every other language is
    /// translated from them.
    pub const AUTHORITATIVE: [Lang; 2] = [Lang::En, Lang::Ja];

    /// The short code: the path prefix, content files' keys, storage and `lang=` options.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
            Lang::Fr => "fr",
            Lang::Ko => "ko",
            Lang::Zh => "zh",
            #[cfg(feature = "lang-fixture")]
            Lang::Xx => "xx",
        }
    }

    /// The languages an office or a country is found by on a page in this one: the
    /// authoritative ones and its own.
    pub fn searched(self) -> Vec<Lang> {
        let mut langs = Lang::AUTHORITATIVE.to_vec();
        if !langs.contains(&self) {
            langs.push(self);
        }
        langs
    }

    /// BCP 47 tag, for `<html lang>`, `lang` attributes, `hreflang` and `Intl`: the
    /// code, but Chinese names its script.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-Hans",
            other => other.code(),
        }
    }

    /// Subtags of a browser's language tag that name a variant the site is not written
    /// in, unless the tag names the language's own script (`zh-Hans-HK`): Chinese here is
    /// Simplified, so Traditional (`zh-Hant`, Taiwan, Hong Kong, Macao) does not choose it.
    pub fn not_with(self) -> &'static [&'static str] {
        match self {
            Lang::Zh => &["hant", "tw", "hk", "mo"],
            _ => &[],
        }
    }

    /// Every language's code, for messages: `en, ja`.
    pub fn codes() -> String {
        Lang::ALL.map(Lang::code).join(", ")
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The language of a page's `<html lang>`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.tag() == tag)
    }

    /// Where the browser reads a content file for pages in this language: a copy with
    /// only English and this language's texts (`data/<code>/<file>`, written by the
    /// prerenderer), so a visitor downloads one translation, not five. The maps and the
    /// search indexes (already one per language) are read as they are.
    pub fn data_path(self, file: &str) -> String {
        if file.starts_with("search/") || file.starts_with("map-") {
            file.to_string()
        } else {
            format!("{}/{file}", self.code())
        }
    }

    /// The language's own name, as shown in the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ja => "日本語",
            Lang::Fr => "Français",
            Lang::Ko => "한국어",
            Lang::Zh => "简体中文",
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
            Lang::Fr => "fr/",
            Lang::Ko => "ko/",
            Lang::Zh => "zh/",
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
    /// English when none matches (see `not_with`).
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(|tag| {
                let tag = tag.to_ascii_lowercase().replace('_', "-");
                let subtags: Vec<&str> = tag.split('-').collect();
                let lang = Lang::from_code(subtags[0])?;
                let script = lang.tag().split('-').nth(1).map(str::to_ascii_lowercase);
                let own_script = script.is_some_and(|s| subtags.contains(&s.as_str()));
                let other = subtags.iter().any(|s| lang.not_with().contains(s));
                (own_script || !other).then_some(lang)
            })
            .unwrap_or_default()
    }
}

/// A string in the site's languages: English always, any other where it is written.
/// Every text in `public/data` has this shape (`{"en": …, "ja": …}`); a language
/// without its own text shows the English one (`shown` says which language that is,
/// so the page can mark it). `"machine_assisted": ["fr", …]` lists the languages whose
/// text was translated with machine assistance and not yet reviewed by a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text(BTreeMap<Lang, String>, BTreeSet<Lang>);

/// The key of a text's unreviewed languages in the content files.
pub const MACHINE_ASSISTED: &str = "machine_assisted";

impl Default for Text {
    fn default() -> Text {
        Text(BTreeMap::from([(Lang::En, String::new())]), BTreeSet::new())
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

    /// Whether what `get(lang)` shows is a machine-assisted translation no one reviewed.
    pub fn machine_assisted(&self, lang: Lang) -> bool {
        self.1.contains(&self.shown(lang))
    }

    /// Records that the text in `lang` is a machine-assisted translation.
    pub fn mark_machine_assisted(&mut self, lang: Lang) {
        self.1.insert(lang);
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (lang, text) in self.iter() {
            map.serialize_entry(lang.code(), text)?;
        }
        if !self.1.is_empty() {
            let codes: Vec<&str> = self.1.iter().map(|lang| lang.code()).collect();
            map.serialize_entry(MACHINE_ASSISTED, &codes)?;
        }
        map.end()
    }
}

/// Reads a text's map: each language's string, and the list of machine-assisted ones.
/// A visitor rather than an untagged enum, which would buffer every value (and weigh
/// on every wasm bundle).
struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a text: {\"en\": \"…\", …}")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        let lang = |code: &str| {
            Lang::from_code(code).ok_or_else(|| {
                A::Error::custom(format!(
                    "unknown language `{code}`, expected one of {}",
                    Lang::codes()
                ))
            })
        };
        let (mut texts, mut machine) = (BTreeMap::new(), BTreeSet::new());
        while let Some(key) = map.next_key::<String>()? {
            if key == MACHINE_ASSISTED {
                for code in map.next_value::<Vec<String>>()? {
                    machine.insert(lang(&code)?);
                }
            } else {
                let language = lang(&key)?;
                texts.insert(language, map.next_value::<String>()?);
            }
        }
        if !texts.contains_key(&Lang::En) {
            return Err(A::Error::missing_field("en"));
        }
        if let Some(missing) = machine.iter().find(|l| !texts.contains_key(l)) {
            return Err(A::Error::custom(format!(
                "`{MACHINE_ASSISTED}` names `{}`, which has no text",
                missing.code()
            )));
        }
        if let Some(original) = machine.iter().find(|l| Lang::AUTHORITATIVE.contains(l)) {
            return Err(A::Error::custom(format!(
                "`{}` is an authoritative language and cannot be machine-assisted",
                original.code()
            )));
        }
        Ok(Text(texts, machine))
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        deserializer.deserialize_map(TextVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preferred_takes_first_supported_tag() {
        assert_eq!(Lang::preferred(["ja-JP", "en-US"]), Lang::Ja);
        assert_eq!(Lang::preferred(["de-DE", "JA", "en"]), Lang::Ja);
        assert_eq!(Lang::preferred(["en-GB", "ja"]), Lang::En);
        assert_eq!(Lang::preferred(["de", "it"]), Lang::En);
        assert_eq!(Lang::preferred(["fr-FR", "en"]), Lang::Fr);
        assert_eq!(Lang::preferred(["ko-KR"]), Lang::Ko);
        assert_eq!(Lang::preferred(["zh-CN", "en"]), Lang::Zh);
        assert_eq!(Lang::preferred(["zh-Hans-HK"]), Lang::Zh);
        assert_eq!(Lang::preferred(["zh-TW", "ja"]), Lang::Ja);
        assert_eq!(Lang::preferred(["zh-Hant"]), Lang::En);
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
    fn texts_record_their_machine_assisted_languages() {
        let text: Text =
            serde_json::from_str(r#"{"en": "Office", "fr": "Bureau", "machine_assisted": ["fr"]}"#)
                .unwrap();
        assert!(text.machine_assisted(Lang::Fr));
        assert!(!text.machine_assisted(Lang::En));
        // Korean shows the English text, which is not a translation.
        assert!(!text.machine_assisted(Lang::Ko));
        let round = serde_json::to_string(&text).unwrap();
        assert_eq!(
            round,
            r#"{"en":"Office","fr":"Bureau","machine_assisted":["fr"]}"#
        );
        for (bad, why) in [
            (
                r#"{"en": "a", "machine_assisted": ["ko"]}"#,
                "names `ko`, which has no text",
            ),
            (
                r#"{"en": "a", "ja": "b", "machine_assisted": ["ja"]}"#,
                "authoritative",
            ),
            (
                r#"{"en": "a", "machine_assisted": "fr"}"#,
                "expected a sequence",
            ),
        ] {
            let error = serde_json::from_str::<Text>(bad).unwrap_err().to_string();
            assert!(error.contains(why), "{bad}: {error}");
        }
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("de"), None);
    }
}
