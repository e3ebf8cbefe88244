//! The site search's results, shared by the search page and the header's field: a list
//! of links with their section and excerpt, which arrow keys walk from the field.

use leptos::either::Either;
use leptos::ev::KeyboardEvent;
use leptos::html::{Input, Ol};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{use_i18n, Ui};
use crate::model::site::search::{Hit, Section, SiteIndex};

/// The results as links; arrow keys and Escape as `move_focus` says.
#[component]
pub fn SearchResults(
    index: StoredValue<SiteIndex>,
    hits: Memo<Vec<Hit>>,
    list: NodeRef<Ol>,
    field: NodeRef<Input>,
    #[prop(optional)] id: &'static str,
) -> impl IntoView {
    view! {
        <ol
            class="search-results"
            id=(!id.is_empty()).then_some(id)
            node_ref=list
            on:keydown=move |ev| move_focus(&ev, list, field)
        >
            <For each=move || hits.get() key=|hit| hit.clone() let:hit>
                <SearchResult index hit />
            </For>
        </ol>
    }
}

/// Arrow keys move between the field and the results' links; Escape goes back to the
/// field. Enter on a link opens it, as links do.
pub fn move_focus(ev: &KeyboardEvent, list: NodeRef<Ol>, field: NodeRef<Input>) {
    let (Some(list), Some(field)) = (list.get(), field.get()) else {
        return;
    };
    let links = list.query_selector_all("a").ok();
    let links: Vec<web_sys::HtmlElement> = (0..links.as_ref().map_or(0, |l| l.length()))
        .filter_map(|i| links.as_ref()?.item(i)?.dyn_into().ok())
        .collect();
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    let at = links
        .iter()
        .position(|l| active.as_ref() == Some(l.unchecked_ref()));
    let target = match (ev.key().as_str(), at) {
        ("ArrowDown", None) => links.first(),
        ("ArrowDown", Some(i)) => links.get(i + 1),
        ("ArrowUp", Some(0)) | ("Escape", Some(_)) => Some(field.unchecked_ref()),
        ("ArrowUp", Some(i)) => links.get(i - 1),
        _ => return,
    };
    if let Some(target) = target {
        ev.prevent_default();
        let _ = target.focus();
    }
}

fn section_name(t: &Ui, section: Section) -> &'static str {
    match section {
        Section::Pages => t.section_pages,
        Section::Offices => t.section_offices,
        Section::Jet => t.section_jet,
        Section::Faq => t.section_faq,
    }
}

/// One result: its title as a link, its section, and the excerpt with the match marked.
#[component]
fn SearchResult(index: StoredValue<SiteIndex>, hit: Hit) -> impl IntoView {
    let i18n = use_i18n();
    let (title, url, section) = index.with_value(|i| {
        let e = i.entry(&hit);
        (e.title.clone(), e.url.clone(), e.section)
    });
    let excerpt = hit
        .excerpt
        .into_iter()
        .map(|(text, marked)| {
            if marked {
                Either::Left(view! { <mark>{text}</mark> })
            } else {
                Either::Right(text)
            }
        })
        .collect_view();
    view! {
        <li class="search-result">
            <a href=url>{title}</a>
            <span class="search-section">{section_name(i18n.t(), section)}</span>
            <p class="excerpt">{excerpt}</p>
        </li>
    }
}
