use leptos::html::{Input, Ol};
use leptos::prelude::*;

use crate::components::island_slot::IslandSlot;
use crate::components::loaded::ready;
use crate::components::page::PageTop;
use crate::components::search_results::{move_focus, SearchResults};
use crate::components::url_query::UrlQuery;
use crate::data;
use crate::i18n::{fill, provide_i18n, use_i18n};
use crate::model::lang::Lang;
use crate::model::site::route::{href, Page};
use crate::model::site::search::{index_files, Hit, SiteIndex};

/// Most results shown for one query.
const LIMIT: usize = 50;

/// `/search/?q=…`: the whole site's search. The page is a plain form; its island loads
/// the index when the visitor reaches for the field (or at once with a query).
#[component]
pub fn SearchPage() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let lang = i18n.lang.get_untracked();
    view! {
        <PageTop title=|t| t.search_title description=|t| t.search_meta />
        <noscript>
            <p class="hint">{t.search_noscript}</p>
        </noscript>
        <IslandSlot needs=index_files(lang) on_interaction=true>
            <SiteSearch lang />
        </IslandSlot>
    }
}

#[cfg_attr(not(feature = "small-bundle"), island)]
#[cfg_attr(feature = "small-bundle", component)]
fn SiteSearch(lang: Lang) -> impl IntoView {
    provide_i18n(lang);
    ready(
        data::site_index(lang),
        |index| view! { <SearchView index /> },
    )
}

#[component]
fn SearchView(index: SiteIndex) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let url = UrlQuery::new();
    let query = Memo::new(move |_| url.get("q").unwrap_or_default());
    let index = StoredValue::new(index);
    let hits = Memo::new(move |_| query.with(|q| index.with_value(|i| i.search(q, LIMIT))));
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let next = if text.trim().is_empty() {
            String::new()
        } else {
            format!("?q={}", crate::model::url::percent_encode(&text))
        };
        url.replace(&next);
    };
    let field = NodeRef::<Input>::new();
    let list = NodeRef::<Ol>::new();
    view! {
        <form class="search-form" role="search" method="get" on:submit=|ev| ev.prevent_default()>
            <label for="search-q">{t.search_field}</label>
            <p class="hint" id="search-keys">{t.search_keys}</p>
            <input
                id="search-q"
                name="q"
                type="search"
                autocomplete="off"
                aria-describedby="search-keys"
                node_ref=field
                prop:value=move || query.get()
                on:input=on_input
                on:keydown=move |ev| move_focus(&ev, list, field)
            />
        </form>
        <Summary query hits />
        <SearchResults index hits list field />
    }
}

/// How many results, or what to do when there are none.
#[component]
fn Summary(query: Memo<String>, hits: Memo<Vec<Hit>>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let text = move || {
        let t = i18n.t();
        let q = query.get();
        let n = hits.with(Vec::len);
        match (q.trim().is_empty(), n) {
            (true, _) => t.search_prompt.to_string(),
            (false, 0) => fill(t.search_none, &[("q", q.trim())]),
            (false, 1) => fill(t.search_one, &[("q", q.trim())]),
            (false, n) => fill(t.search_many, &[("n", &n.to_string()), ("q", q.trim())]),
        }
    };
    let none = move || !query.with(|q| q.trim().is_empty()) && hits.with(Vec::is_empty);
    let lang = i18n.lang;
    view! {
        <p class="results-count" role="status">{text}</p>
        <Show when=none>
            <p class="search-try">
                {t.search_try} " "
                <a href=move || href(lang.get(), Page::Offices)>{t.nav_offices}</a>
                " · "
                <a href=move || href(lang.get(), Page::JetFaq)>{t.jet_faq_title}</a>
            </p>
        </Show>
    }
}
