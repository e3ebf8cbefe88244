use leptos::prelude::*;

use crate::components::ext_link::ExtLink;
use crate::i18n::{fill, localized, use_i18n, Ui};
use crate::model::content::{PageDate, Source};
use crate::model::date::Date;
use crate::model::lang::{Lang, Text};

/// The sources behind a block of content, each with only what is known about it: the
/// date its page states (or that it states none), whether it is secondary, and when an
/// editor reviewed it, if anyone has. Folded away under "Sources (n)" unless `open`, so
/// they don't crowd the facts.
#[component]
pub fn SourceList(
    sources: Vec<Source>,
    #[prop(optional)] open: bool,
    /// A remark about the sources themselves, read first when they are opened.
    #[prop(default = None)]
    note: Option<Text>,
) -> impl IntoView {
    let note = note.map(|n| view! { <p class="sources-note">{localized(n)}</p> });
    let count = sources.len();
    let t = use_i18n().ui();
    view! {
        <details class="sources" open=open>
            <summary class="sources-label">
                {t.sources_label} " (" {count} ")"
            </summary>
            {note}
            <SourceItems sources />
        </details>
    }
}

/// The sources of several cards in one place (the cards stay short): one disclosure,
/// each card's sources under its name.
#[component]
pub fn GroupedSources(
    /// Each card's name, a remark about its sources, and the sources.
    groups: Vec<(Text, Option<Text>, Vec<Source>)>,
    label: fn(&Ui) -> &'static str,
) -> impl IntoView {
    let t = use_i18n().ui();
    let count: usize = groups.iter().map(|(_, _, sources)| sources.len()).sum();
    let groups = groups
        .into_iter()
        .map(|(name, note, sources)| {
            let note = note.map(|n| view! { <p class="sources-note">{localized(n)}</p> });
            view! {
                <li>
                    <p class="sources-group">{localized(name)}</p>
                    {note}
                    <SourceItems sources />
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="sources">
            <summary class="sources-label">{label(t)} " (" {count} ")"</summary>
            <ul class="sources-groups">{groups}</ul>
        </details>
    }
}

#[component]
fn SourceItems(sources: Vec<Source>) -> impl IntoView {
    let i18n = use_i18n();
    let (t, lang) = (i18n.ui(), i18n.lang.get_untracked());
    let items = sources
        .into_iter()
        .map(|source| {
            let notes = source_notes(t, lang, &source);
            view! {
                <li>
                    <ExtLink url=source.url>{source.title}</ExtLink>
                    " "
                    <span class="source-notes">{notes}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ul>{items}</ul> }
}

/// "secondary source … · page dated March 2014 · reviewed 3 February 2027".
pub fn source_notes(t: &Ui, lang: Lang, source: &Source) -> String {
    let secondary = source.secondary.then(|| t.source_secondary.to_string());
    let dated = Some(match source.as_of {
        Some(date) => page_date(t, lang, date),
        None => t.source_undated.to_string(),
    });
    let reviewed = source
        .reviewed
        .as_deref()
        .and_then(Date::parse)
        .map(|d| fill(t.source_reviewed, &[("date", &d.display(lang))]));
    [secondary, dated, reviewed]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ")
}

/// "page dated March 2014" / 「2014年3月付のページ」, "page for the 2025 programme".
fn page_date(t: &Ui, lang: Lang, date: PageDate) -> String {
    let dated = |shown: &str| fill(t.source_as_of, &[("date", shown)]);
    match date {
        PageDate::Day(day) => dated(&day.display(lang)),
        PageDate::Month { year, month } => dated(&Date::month_display(year, month, lang)),
        PageDate::Year(y) => dated(&Date::year_display(y, lang)),
        PageDate::Programme(y) => fill(t.source_programme, &[("year", &y.to_string())]),
        PageDate::FiscalYear(y) => fill(t.source_fiscal_year, &[("year", &y.to_string())]),
    }
}
