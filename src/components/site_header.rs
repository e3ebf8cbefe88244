use leptos::ev::{FocusEvent, KeyboardEvent};
use leptos::html::{Form, Input, Ol};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use crate::components::island_slot::IslandSlot;
use crate::components::loaded::ready;
use crate::components::nav_link::NavLink;
use crate::components::search_results::{move_focus, SearchResults};
use crate::data;
use crate::i18n::{fill, provide_i18n, use_i18n};
use crate::model::lang::Lang;
use crate::model::site::route::{href, localize, Page};
use crate::model::site::search::{index_files, SiteIndex};

/// Header: the CLAIR name, the main navigation and the language switch.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let lang = i18n.lang;
    let nav_link = move |page: Page, label: fn(&crate::i18n::Ui) -> &'static str| {
        view! {
            <li>
                <NavLink href=move || href(lang.get(), page) exact=page == Page::Mission>
                    {move || label(i18n.t())}
                </NavLink>
            </li>
        }
    };
    view! {
        <header class="site-header">
            <div class="header-inner">
                <a class="brand" href=move || href(lang.get(), Page::Mission)>
                    <span class="brand-mark" aria-hidden="true">"CLAIR"</span>
                    <span class="brand-name">{t.brand_name}</span>
                </a>
                <nav class="main-nav" aria-label=t.nav_label>
                    <ul>
                        {nav_link(Page::Mission, |t| t.nav_mission)}
                        {nav_link(Page::Offices, |t| t.nav_offices)}
                        {nav_link(Page::Jet, |t| t.nav_jet)}
                    </ul>
                </nav>
                <LangSwitch />
                <SiteSearchForm />
            </div>
        </header>
    }
}

/// The site search's field: a plain form that opens the search page with the words
/// (`site.js` focuses it on `/`), and once the visitor reaches for it, an island that
/// loads the index and shows the first results under it as they type.
#[component]
fn SiteSearchForm() -> impl IntoView {
    let lang = use_i18n().lang.get_untracked();
    view! {
        <IslandSlot needs=index_files(lang) on_interaction=true lazy_with_query=true>
            <HeaderSearch lang />
        </IslandSlot>
    }
}

/// Results shown under the header's field; the search page has them all.
const HEADER_LIMIT: usize = 6;

// Not in the light bundle: on its pages the field stays the plain form.
#[cfg_attr(not(feature = "small-bundle"), island)]
#[cfg_attr(feature = "small-bundle", component)]
fn HeaderSearch(lang: Lang) -> impl IntoView {
    provide_i18n(lang);
    ready(
        data::site_index(lang),
        |index| view! { <HeaderSearchView index /> },
    )
}

#[component]
fn HeaderSearchView(index: SiteIndex) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let typed = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let index = StoredValue::new(index);
    let hits = Memo::new(move |_| typed.with(|q| index.with_value(|i| i.search(q, HEADER_LIMIT))));
    let shown = move || open.get() && !typed.with(|q| q.trim().is_empty());
    let field = NodeRef::<Input>::new();
    let list = NodeRef::<Ol>::new();
    let form = NodeRef::<Form>::new();
    // Escape closes the results and goes back to the field; leaving the form closes them.
    let on_key = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            open.set(false);
            if let Some(field) = field.get() {
                let _ = field.focus();
            }
            ev.prevent_default();
        } else {
            move_focus(&ev, list, field);
        }
    };
    let on_focusout = move |ev: FocusEvent| {
        let inside = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .zip(form.get())
            .is_some_and(|(to, form)| form.contains(Some(&to)));
        if !inside {
            open.set(false);
        }
    };
    let count = move || {
        let n = hits.with(Vec::len);
        shown().then(|| fill(i18n.t().search_shown, &[("n", &n.to_string())]))
    };
    view! {
        <form
            class="site-search"
            role="search"
            aria-label=t.site_search_label
            method="get"
            action=move || href(i18n.lang.get(), Page::Search)
            node_ref=form
            on:keydown=on_key
            on:focusout=on_focusout
        >
            <label class="visually-hidden" for="site-q">{t.site_search_label}</label>
            <input
                id="site-q"
                name="q"
                type="search"
                autocomplete="off"
                enterkeyhint="search"
                placeholder=t.site_search_label
                aria-controls="site-search-results"
                node_ref=field
                on:input=move |ev| {
                    typed.set(event_target_value(&ev));
                    open.set(true);
                }
                on:focus=move |_| open.set(true)
            />
            <button type="submit" class="button button-secondary">{t.site_search_button}</button>
            <div class="search-popup" hidden=move || !shown()>
                <p class="visually-hidden" role="status">{count}</p>
                <SearchResults index hits list field id="site-search-results" />
                <p class="search-all">
                    <button type="submit" class="link-button">{t.search_all}</button>
                </p>
            </div>
        </form>
    }
}

/// Links to the same page in every other language, each in its own name. `site.js`
/// remembers the choice on the device.
#[component]
fn LangSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let location = use_location();
    // Not the hash: the server cannot know it, and the link must render the same on both sides.
    let target = move |lang: Lang| {
        format!(
            "{}{}",
            localize(&location.pathname.get(), lang),
            location.search.get()
        )
    };
    let others = move || {
        let shown = i18n.lang.get();
        Lang::ALL.into_iter().filter(move |&lang| lang != shown)
    };
    view! {
        <nav class="lang-switch" aria-label=t.lang_switch_label>
            {move || {
                others()
                    .map(|lang| {
                        view! {
                            <a href=move || target(lang) hreflang=lang.tag() lang=lang.tag()>
                                {lang.native_name()}
                            </a>
                        }
                    })
                    .collect_view()
            }}
        </nav>
    }
}
