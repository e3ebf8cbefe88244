use leptos::prelude::*;

use crate::i18n::{ui, use_i18n, Ui};
use crate::model::directory::{Directory, Office, OfficeKind};
use crate::model::lang::Lang;
use crate::model::site::route::office_href;

/// What one office is, in a word or two.
pub fn kind_name(t: &Ui, kind: OfficeKind) -> &'static str {
    match kind {
        OfficeKind::Headquarters => t.kind_one_headquarters,
        OfficeKind::Overseas => t.kind_one_overseas,
        OfficeKind::Branch => t.kind_one_branch,
    }
}

/// One line under an office's name: where it is and, abroad, what it covers.
pub fn office_summary(directory: &Directory, office: &Office, lang: Lang) -> String {
    let mut parts = office.place(&directory.country_text(&office.country), lang);
    // Every branch is in Japan: the list names only the area it serves.
    if office.kind == OfficeKind::Branch {
        parts.pop();
    }
    let place = parts.join(" · ");
    if office.covers.len() > 1 {
        let sep = if lang == Lang::Ja { "、" } else { ", " };
        let covers: Vec<String> = office
            .covers
            .iter()
            .map(|c| directory.country_name(c, lang))
            .collect();
        format!("{place} — {}", covers.join(sep))
    } else {
        place
    }
}

/// The matching offices. Hovering or focusing one highlights its map marker.
/// "12 offices found", or what to do when none is.
pub fn results_text(t: &Ui, n: usize) -> String {
    match n {
        0 => t.results_none.to_string(),
        1 => t.results_one.to_string(),
        n => crate::i18n::fill(t.results_many, &[("n", &n.to_string())]),
    }
}

#[component]
pub fn OfficeList(
    directory: StoredValue<Directory>,
    #[prop(into)] visible: Signal<Vec<usize>>,
    highlight: RwSignal<Option<String>>,
    selected: RwSignal<Option<String>>,
    /// Widgets open the site's pages in a new tab, never inside the partner's frame.
    #[prop(optional)]
    new_tab: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    // Keyed by office and language: an item's words are plain text, made once, so a
    // keystroke that changes the results creates no reactive work per item beyond its
    // highlight (a widget whose language arrives with its options re-creates them once).
    let items = move || {
        let lang = i18n.lang.get();
        visible
            .get()
            .into_iter()
            .map(move |index| (index, lang))
            .collect::<Vec<_>>()
    };
    view! {
        <ul class="office-list">
            <For each=items key=|item| *item let:item>
                {
                    let (index, lang) = item;
                    let (id, name, summary, kind) = directory.with_value(|d| {
                        let office = &d.offices[index];
                        (
                            office.id.clone(),
                            office.name.get(lang).to_string(),
                            office_summary(d, office, lang),
                            kind_name(ui(lang), office.kind),
                        )
                    });
                    let is_highlighted = {
                        let id = id.clone();
                        move || {
                            let is = |signal: RwSignal<Option<String>>| {
                                signal.with(|s| s.as_deref() == Some(id.as_str()))
                            };
                            is(highlight) || is(selected)
                        }
                    };
                    let enter = id.clone();
                    let focus = id.clone();
                    view! {
                        <li
                            class="office-item"
                            class:is-highlighted=is_highlighted
                            data-office=id.clone()
                            on:mouseenter=move |_| highlight.set(Some(enter.clone()))
                            on:mouseleave=move |_| highlight.set(None)
                            on:focusin=move |_| highlight.set(Some(focus.clone()))
                            on:focusout=move |_| highlight.set(None)
                        >
                            <a
                                href=office_href(lang, &id)
                                class="office-name"
                                target=new_tab.then_some("_blank")
                                rel=new_tab.then_some("noopener")
                            >
                                {name}
                            </a>
                            <span class="office-kind">{kind}</span>
                            <span class="office-summary">{summary}</span>
                        </li>
                    }
                }
            </For>
        </ul>
    }
}
