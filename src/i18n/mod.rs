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
    search_label,
    search_hint,
    kind_legend,
    kind_all,
    kind_headquarters,
    kind_overseas,
    kind_branch,
    region_label,
    region_all,
    regions_japan,
    regions_world,
    results_many,
    results_one,
    results_none,
    clear_search,
    map_world_title,
    map_japan_title,
    map_note,
    office_kind,
    office_local_name,
    office_location,
    office_region,
    office_covers,
    office_languages,
    office_opened,
    office_website,
    office_contact,
    office_phone,
    office_fax,
    office_email,
    office_address,
    office_address_missing,
    office_address_website,
    office_address_hq,
    office_local_time,
    office_in_hours,
    office_out_of_hours,
    office_time_zone,
    copy,
    copied,
    copy_failed,
    vcard,
    osm,
    neighbours,
    all_offices,
    office_not_found_title,
    office_not_found_body,
    suggestions,
    lang_en,
    lang_ja,
    lang_fr,
    lang_ko,
    lang_zh,
    kind_one_headquarters,
    kind_one_overseas,
    kind_one_branch,
    show_more,
    locator_label,
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
