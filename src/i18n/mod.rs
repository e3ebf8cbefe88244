//! Interface strings in English and Japanese.
//!
//! A hand-written table instead of leptos_i18n or leptos-fluent: each language is one
//! `Ui` value, so a missing translation is a missing struct field and fails the build,
//! with no build script, no runtime key lookup and nothing added to the wasm beyond the
//! strings themselves. Content strings live in `public/data` and are checked by the
//! validation test. The language itself comes from the URL (see `model::route`).

mod en;
mod ja;

use leptos::prelude::*;

use crate::model::lang::{Lang, Text};

macro_rules! ui_strings {
    ($($name:ident),* $(,)?) => {
        /// Every interface string; `{file}`-style placeholders are filled by the caller.
        pub struct Ui {
            $(pub $name: &'static str,)*
        }

        impl Ui {
            /// Name and value of every string, for the completeness test.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.$name)),*]
            }
        }
    };
}

ui_strings! {
    skip_link,
    site_title_suffix,
    brand_name,
    nav_label,
    nav_mission,
    nav_offices,
    nav_jet,
    lang_switch_label,
    footer_sources,
    footer_reviewed,
    footer_official,
    footer_note,
    loading,
    error_heading,
    error_network,
    error_status,
    error_format,
    error_format_at,
    retry,
    not_found_title,
    not_found_body,
    not_found_home,
    not_found_meta,
    mission_title,
    mission_meta,
    figures_heading,
    sources_label,
    source_as_of,
    source_accessed,
    cta_heading,
    cta_offices,
    cta_offices_text,
    cta_jet,
    cta_jet_text,
    offices_title,
    offices_lead,
    offices_meta,
    jet_title,
    jet_lead,
    jet_meta,
    external_hint,
    panic_message,
    panic_reload,
}

/// The page's language, derived from the URL, shared with every component.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: Memo<Lang>,
}

impl I18n {
    /// Interface strings of the current language (tracks the language).
    pub fn t(&self) -> &'static Ui {
        ui(self.lang.get())
    }
}

pub fn use_i18n() -> I18n {
    expect_context()
}

/// A content text that follows the page's language.
pub fn localized(text: Text) -> impl Fn() -> String + Send + Sync + 'static {
    let i18n = use_i18n();
    move || text.get(i18n.lang.get()).to_string()
}

pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::En => &en::UI,
        Lang::Ja => &ja::UI,
    }
}

/// Fills `{name}` placeholders in an interface string.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    args.iter().fold(template.to_string(), |s, (name, value)| {
        s.replace(&format!("{{{name}}}"), value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_is_translated() {
        let en = ui(Lang::En).entries();
        let ja = ui(Lang::Ja).entries();
        for ((name, e), (_, j)) in en.iter().zip(&ja) {
            assert!(!e.trim().is_empty(), "English string `{name}` is empty");
            assert!(!j.trim().is_empty(), "Japanese string `{name}` is empty");
            let placeholders = |s: &str| s.matches('{').count();
            assert_eq!(
                placeholders(e),
                placeholders(j),
                "`{name}` placeholders differ"
            );
        }
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(
            fill("{file} failed ({n})", &[("file", "a.json"), ("n", "3")]),
            "a.json failed (3)"
        );
    }
}
