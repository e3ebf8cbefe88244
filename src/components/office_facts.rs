//! Rows of an office page's facts that only some offices have: its name in the local
//! language, the languages it works in and when it opened.

use leptos::prelude::*;

use crate::i18n::{localized, use_i18n, Ui};
use crate::model::date::Date;
use crate::model::directory::Office;

/// The office's name in its country's language, when the data has one.
#[component]
pub fn OfficeLocalName(office: Office) -> impl IntoView {
    let t = use_i18n().ui();
    office.local_name.map(|n| {
        view! {
            <dt>{t.office_local_name}</dt>
            <dd>{n}</dd>
        }
    })
}

/// The languages the office works in and the year it opened, when known.
#[component]
pub fn OfficeLanguagesOpened(office: Office) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let languages = (!office.languages.is_empty()).then(|| {
        let codes = office.languages.clone();
        view! {
            <dt>{t.office_languages}</dt>
            <dd>{move || codes.iter().map(|c| language_name(i18n.t(), c)).collect::<Vec<_>>().join(i18n.t().list_separator)}</dd>
        }
    });
    let opened = office.opened.clone().map(|o| {
        let note = o
            .note
            .map(|n| view! { <span class="note">" "{localized(n)}</span> });
        view! {
            <dt>{t.office_opened}</dt>
            <dd>{move || Date::year_display(o.year.into(), i18n.lang.get())}{note}</dd>
        }
    });
    view! {
        {languages}
        {opened}
    }
}

/// A language an office works in, named in the page's language.
fn language_name(t: &Ui, code: &str) -> String {
    match code {
        "en" => t.lang_en,
        "ja" => t.lang_ja,
        "fr" => t.lang_fr,
        "ko" => t.lang_ko,
        "zh" => t.lang_zh,
        other => other,
    }
    .to_string()
}
