//! Interface strings, one table per language of `Lang::ALL`.
//!
//! A hand-written table instead of leptos_i18n or leptos-fluent: each language is one
//! `Ui` value, so a missing translation is a missing struct field and fails the build,
//! with no build script, no runtime key lookup and nothing added to the wasm beyond the
//! strings themselves. Content strings live in `public/data` and are checked by the
//! validation test. The language itself comes from the URL (see `model::site::route`).

// The light bundle reads its page's own table instead (see `ui` there).
#[cfg_attr(feature = "bundle-light", allow(dead_code))]
mod en;
#[cfg_attr(feature = "bundle-light", allow(dead_code))]
mod fr;
#[cfg_attr(feature = "bundle-light", allow(dead_code))]
mod ja;
#[cfg_attr(feature = "bundle-light", allow(dead_code))]
mod ko;
#[cfg_attr(feature = "bundle-light", allow(dead_code))]
mod zh;

use leptos::either::Either;
use leptos::prelude::*;

use crate::model::lang::{Lang, Text};

macro_rules! ui_strings {
    ($($name:ident),* $(,)?) => {
        /// Every interface string; `{file}`-style placeholders are filled by the caller.
        pub struct Ui {
            $(pub $name: &'static str,)*
        }

        impl Ui {
            /// Name and value of every string: for the completeness test, and the page's
            /// own table in pages that load the light bundle.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.$name)),*]
            }

            /// The table from its entries (the page's own, `page_ui`), kept for the
            /// visit; `None` when a string is missing.
            #[cfg(feature = "bundle-light")]
            fn from_entries(map: &std::collections::HashMap<String, String>) -> Option<Ui> {
                Some(Ui {
                    $($name: Box::leak(map.get(stringify!($name))?.clone().into_boxed_str()),)*
                })
            }
        }
    };
}

ui_strings! {
    skip_link,
    translation_notice,
    site_title_suffix,
    brand_name,
    nav_label,
    nav_mission,
    nav_offices,
    nav_jet,
    lang_switch_label,
    footer_sources,
    footer_site,
    footer_compiled,
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
    offline_missing_title,
    offline_missing_body,
    not_found_meta,
    mission_title,
    mission_meta,
    figures_sources,
    positions_sources,
    figures_heading,
    sources_label,
    office_city_secondary,
    list_separator,
    sentence_end,
    source_as_of,
    source_secondary,
    source_programme,
    source_fiscal_year,
    source_undated,
    source_reviewed,
    cta_heading,
    cta_offices,
    cta_offices_text,
    cta_jet,
    cta_jet_text,
    offices_title,
    offices_lead,
    offices_meta,
    jet_title,
    jet_meta,
    search_label,
    search_shown,
    search_all,
    site_search_label,
    site_search_button,
    search_title,
    search_meta,
    search_field,
    search_prompt,
    search_noscript,
    search_many,
    search_one,
    search_none,
    search_try,
    search_keys,
    section_pages,
    section_offices,
    section_jet,
    section_faq,
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
    map_world_title,
    map_japan_title,
    map_note,
    map_view_label,
    map_view_found,
    map_view_whole,
    maps_label,
    map_keys,
    map_crowded,
    office_local_name,
    office_location,
    office_area,
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
    office_local_time,
    office_in_hours,
    office_out_of_hours,
    office_time_zone,
    copy,
    copied,
    copy_failed,
    vcard,
    office_address_website,
    office_address_hq,
    office_address_none,
    vcard_website_only,
    locator_city,
    locator_area,
    neighbours,
    neighbours_overseas,
    overseas_not_jet,
    jump_to_map,
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
    offline_notice,
    update_available,
    update_reload,
    jet_nav_label,
    jet_nav_position,
    jet_overview_nav,
    programme_note_label,
    programme_note,
    programme_undated,
    cycle_opening,
    cycle_closing,
    cycle_closed,
    cycle_this,
    cycle_earlier,
    cycle_later,
    cycle_undated,
    programme_more,
    jet_eligibility_title,
    jet_eligibility_meta,
    jet_timeline_title,
    jet_timeline_meta,
    jet_apply_title,
    jet_apply_meta,
    jet_where_title,
    jet_where_meta,
    jet_faq_title,
    jet_faq_meta,
    jet_purpose,
    jet_roles,
    jet_positions,
    jet_contract,
    jet_numbers,
    jet_next,
    jet_pay,
    pay_year,
    pay_amount,
    position_duties,
    position_language,
    position_share,
    chart_summary,
    chart_table,
    chart_caption,
    chart_year,
    chart_participants,
    back,
    continue_button,
    question_progress,
    error_summary_title,
    error_select,
    your_answers,
    what_next,
    change,
    results_heading,
    verdict_eligible,
    verdict_not_eligible,
    verdict_check,
    verdict_incomplete,
    status_met,
    status_not_met,
    status_review,
    status_unanswered,
    sea_heading,
    good_to_know,
    start_again,
    share_answers,
    now_closes_today,
    now_closes_in,
    now_closes_tomorrow,
    now_opens_tomorrow,
    now_opens_in,
    now_usually_open,
    now_next_opens,
    timeline_country,
    timeline_other_country,
    show,
    timeline_general,
    timeline_now,
    timeline_country_heading,
    timeline_dates_year,
    timeline_dates_past,
    timeline_past_label,
    timeline_past_open,
    timeline_reminder,
    reminder_summary,
    reminder_description,
    timeline_ics,
    timeline_no_dates,
    steps_heading,
    show_all_steps,
    hide_all_steps,
    step_documents,
    step_page_link,
    checklist_heading,
    checklist_hint,
    checklist_progress,
    checklist_reset,
    checklist_cleared,
    checklist_clear,
    print,
    country_label,
    country_hint,
    country_with_desks,
    country_results,
    country_matches,
    country_none,
    country_heading,
    country_no_desk,
    country_general,
    faq_search,
    faq_matches,
    faq_none,
    faq_link,
    timeline_cycle,
    widget_attribution,
    widget_finder_title,
    widget_card_title,
    widget_timeline_title,
    widget_timeline_for,
    widget_more,
    widget_full_timeline,
    footer_embed,
    embed_title,
    offices_embed,
    embed_keywords,
    embed_meta,
    embed_lead,
    embed_widget,
    embed_country_filter,
    embed_any_country,
    embed_office,
    embed_language,
    option_auto,
    embed_theme,
    theme_light,
    theme_dark,
    embed_accent,
    embed_compact,
    embed_height,
    embed_height_hint,
    embed_preview,
    embed_snippets,
    embed_script_snippet,
    embed_script_hint,
    embed_iframe_snippet,
    embed_iframe_hint,
    embed_copy_script,
    embed_copy_iframe,
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

    /// Interface strings where the language is fixed, as it is on every page and in
    /// every island but the widgets (whose options set it after mount) and the
    /// not-found page: plain text, no closure.
    pub fn ui(&self) -> &'static Ui {
        ui(self.lang.get_untracked())
    }
}

pub fn use_i18n() -> I18n {
    expect_context()
}

/// An island's language: islands do not see the page's context, so each one that shows
/// words gets the language as a prop and provides it to what it renders.
pub fn provide_i18n(lang: Lang) {
    provide_context(I18n {
        lang: Memo::new(move |_| lang),
    });
}

/// A content text that follows the page's language. A text not written in it shows
/// the English one, marked `lang="en"` so that it is read as English.
pub fn localized(text: Text) -> impl Fn() -> Either<String, AnyView> + Send + Sync + 'static {
    let i18n = use_i18n();
    move || {
        let lang = i18n.lang.get();
        let (shown, words) = (text.shown(lang), text.get(lang).to_string());
        if shown == lang {
            Either::Left(words)
        } else {
            Either::Right(view! { <span lang=shown.tag()>{words}</span> }.into_any())
        }
    }
}

/// Whether a language's interface strings were translated with machine assistance and
/// not yet reviewed by a person (each table says so beside its strings); every page
/// in such a language says so at its top.
pub fn machine_assisted(lang: Lang) -> bool {
    match lang {
        Lang::En => en::MACHINE_ASSISTED,
        Lang::Ja => ja::MACHINE_ASSISTED,
        Lang::Fr => fr::MACHINE_ASSISTED,
        Lang::Ko => ko::MACHINE_ASSISTED,
        Lang::Zh => zh::MACHINE_ASSISTED,
        #[cfg(feature = "lang-fixture")]
        Lang::Xx => false,
    }
}

#[cfg(not(feature = "bundle-light"))]
pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::En => &en::UI,
        Lang::Ja => &ja::UI,
        Lang::Fr => &fr::UI,
        Lang::Ko => &ko::UI,
        Lang::Zh => &zh::UI,
        // The fixture language of one test: its interface in English.
        #[cfg(feature = "lang-fixture")]
        Lang::Xx => &en::UI,
    }
}

/// The light bundle (the not-found page's island, which starts at once) links no
/// language's table: every page that loads it carries its own language's table
/// (`UI_DATA_ID`, written by the prerenderer), read once. A page without one keeps its
/// prerendered HTML: `start` starts no island there (see `page_ui`).
#[cfg(feature = "bundle-light")]
pub fn ui(_lang: Lang) -> &'static Ui {
    page_ui().expect("islands start only on pages that carry their table")
}

/// The page's own table, if it carries a complete one.
#[cfg(feature = "bundle-light")]
pub fn page_ui() -> Option<&'static Ui> {
    thread_local! {
        static PAGE_UI: Option<&'static Ui> = read_page_ui();
    }
    PAGE_UI.with(|ui| *ui)
}

#[cfg(feature = "bundle-light")]
fn read_page_ui() -> Option<&'static Ui> {
    let text = web_sys::window()?
        .document()?
        .get_element_by_id(crate::model::site::script::UI_DATA_ID)?
        .text_content()?;
    let map = serde_json::from_str(&text).ok()?;
    Some(Box::leak(Box::new(Ui::from_entries(&map)?)))
}

/// The `<script type="application/json">` that carries a language's table in the pages
/// that load the light bundle (see `ui` there).
pub fn ui_data(lang: Lang) -> String {
    let map: std::collections::BTreeMap<&str, &str> = ui(lang).entries().into_iter().collect();
    let json = serde_json::to_string(&map).expect("strings serialize");
    format!(
        r#"<script type="application/json" id="{}">{}</script>"#,
        crate::model::site::script::UI_DATA_ID,
        json.replace("</", "<\\/")
    )
}

/// An office's time zone as people say it ("UK time", 「日本時間」), in each language
/// that names it; the IANA name for a zone not listed here.
pub fn zone_name(zone: &str, lang: Lang) -> String {
    let names: [&str; 5] = match zone {
        "Asia/Tokyo" => [
            "Japan time",
            "日本時間",
            "heure du Japon",
            "일본 시간",
            "日本时间",
        ],
        "Europe/London" => [
            "UK time",
            "英国時間",
            "heure du Royaume-Uni",
            "영국 시간",
            "英国时间",
        ],
        "Europe/Paris" => [
            "French time (Central European Time)",
            "フランス時間（中央ヨーロッパ時間）",
            "heure de Paris (heure d'Europe centrale)",
            "프랑스 시간(중앙유럽 시간)",
            "法国时间（欧洲中部时间）",
        ],
        "America/New_York" => [
            "US Eastern Time",
            "米国東部時間",
            "heure de l'Est des États-Unis",
            "미국 동부 시간",
            "美国东部时间",
        ],
        "Asia/Singapore" => [
            "Singapore time",
            "シンガポール時間",
            "heure de Singapour",
            "싱가포르 시간",
            "新加坡时间",
        ],
        "Asia/Seoul" => [
            "Korea time",
            "韓国時間",
            "heure de Corée",
            "한국 시간",
            "韩国时间",
        ],
        "Australia/Sydney" => [
            "Sydney time (Australian Eastern Time)",
            "シドニー時間（オーストラリア東部時間）",
            "heure de Sydney (heure de l'Est australien)",
            "시드니 시간(호주 동부 시간)",
            "悉尼时间（澳大利亚东部时间）",
        ],
        "Asia/Shanghai" => [
            "China time",
            "中国時間",
            "heure de Chine",
            "중국 시간",
            "中国时间",
        ],
        other => return other.to_string(),
    };
    let [en, ja, fr, ko, zh] = names;
    Text::from_pairs([
        (Lang::En, en),
        (Lang::Ja, ja),
        (Lang::Fr, fr),
        (Lang::Ko, ko),
        (Lang::Zh, zh),
    ])
    .get(lang)
    .to_string()
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

    /// The `{name}` placeholders of an interface string, sorted.
    fn placeholders(s: &str) -> Vec<&str> {
        let mut names: Vec<&str> = s
            .split('{')
            .skip(1)
            .filter_map(|p| p.split('}').next())
            .collect();
        names.sort_unstable();
        names
    }

    #[test]
    fn every_string_is_translated() {
        let en = ui(Lang::En).entries();
        for lang in Lang::ALL {
            for ((name, e), (_, t)) in en.iter().zip(&ui(lang).entries()) {
                assert!(!t.trim().is_empty(), "{lang:?} string `{name}` is empty");
                assert_eq!(
                    placeholders(e),
                    placeholders(t),
                    "{lang:?} `{name}` placeholders differ"
                );
            }
        }
    }

    #[test]
    fn a_page_carries_its_table_as_json() {
        let data = ui_data(Lang::Fr);
        let json = data
            .strip_prefix(r#"<script type="application/json" id="clair-ui">"#)
            .and_then(|rest| rest.strip_suffix("</script>"))
            .expect("a JSON data block");
        assert!(!json.contains("</"), "nothing closes the block early");
        let map: std::collections::HashMap<String, String> = serde_json::from_str(json).unwrap();
        assert_eq!(map.len(), ui(Lang::Fr).entries().len());
        assert_eq!(map["not_found_title"], ui(Lang::Fr).not_found_title);
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(
            fill("{file} failed ({n})", &[("file", "a.json"), ("n", "3")]),
            "a.json failed (3)"
        );
    }
}
