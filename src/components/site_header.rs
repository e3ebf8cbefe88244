use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::nav_link::NavLink;
use crate::i18n::use_i18n;
use crate::model::site::route::{href, localize, Page};

/// Header: the CLAIR name, the main navigation and the language switch.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
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
                    <span class="brand-name">{move || i18n.t().brand_name}</span>
                </a>
                <nav class="main-nav" aria-label=move || i18n.t().nav_label>
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

/// The site search's field: a plain form that opens the search page with the words,
/// so it costs no script or index until used (`site.js` focuses it on `/`).
#[component]
fn SiteSearchForm() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <form
            class="site-search"
            role="search"
            aria-label=move || i18n.t().site_search_label
            method="get"
            action=move || href(i18n.lang.get(), Page::Search)
        >
            <label class="visually-hidden" for="site-q">{move || i18n.t().site_search_label}</label>
            <input id="site-q" name="q" type="search" autocomplete="off" enterkeyhint="search" />
            <button type="submit" class="button button-secondary">{move || i18n.t().site_search_button}</button>
        </form>
    }
}

/// A link to the same page in the other language. `site.js` remembers the choice on
/// the device.
#[component]
fn LangSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let other = move || i18n.lang.get().other();
    let target = move || {
        // Not the hash: the server cannot know it, and the link must render the same on both sides.
        format!(
            "{}{}",
            localize(&location.pathname.get(), other()),
            location.search.get()
        )
    };
    view! {
        <nav class="lang-switch" aria-label=move || i18n.t().lang_switch_label>
            <a
                href=target
                hreflang=move || other().code()
                lang=move || other().code()
            >
                {move || other().native_name()}
            </a>
        </nav>
    }
}
