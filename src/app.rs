//! The router and the shell around every page.

use std::time::Duration;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Body, Html, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::{path, NavigateOptions};

use crate::browser::{browser_langs, stored_lang};
use crate::components::app_status::AppStatus;
use crate::components::loaded::Loaded;
use crate::components::page::mark_settled;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::data;
use crate::i18n::{ui, use_i18n, I18n};
use crate::model::lang::Lang;
use crate::model::site::content::Site;
use crate::model::site::embed::{LangChoice, Options};
use crate::model::site::route::{base, is_widget, lang_of, localize};
use crate::pages::embed::EmbedPage;
use crate::pages::jet::JetPage;
use crate::pages::jet_apply::JetApplyPage;
use crate::pages::jet_eligibility::JetEligibilityPage;
use crate::pages::jet_faq::JetFaqPage;
use crate::pages::jet_timeline::JetTimelinePage;
use crate::pages::jet_where::JetWherePage;
use crate::pages::mission::MissionPage;
use crate::pages::not_found::NotFoundPage;
use crate::pages::office::OfficePage;
use crate::pages::offices::OfficesPage;
use crate::pages::widget_card::WidgetCardPage;
use crate::pages::widget_finder::WidgetFinderPage;
use crate::pages::widget_timeline::WidgetTimelinePage;
use crate::service_worker;

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // The router's base has no trailing slash: `""` at the root, `/clair` under a sub-path.
    let base = base().trim_end_matches('/').to_string();
    view! {
        <Router base>
            <Shell />
        </Router>
    }
}

/// The site's pages get the full shell; widget pages, made to be framed by partner
/// sites, get only their content.
#[component]
fn Shell() -> impl IntoView {
    if is_widget(&use_location().pathname.get_untracked()) {
        view! { <WidgetShell /> }.into_any()
    } else {
        view! { <SiteShell /> }.into_any()
    }
}

#[component]
fn SiteShell() -> impl IntoView {
    let location = use_location();
    let lang = Memo::new(move |_| lang_of(&location.pathname.get()));
    provide_context(I18n { lang });
    let i18n = use_i18n();
    let site = data::site();
    follow_language_preference();
    let (online, update_ready) = watch_app_state();

    view! {
        <Html {..} lang=move || lang.get().code() />
        <Title formatter=move |title: String| format!("{title} — {}", i18n.t().site_title_suffix) />
        <a class="skip-link" href="#main" on:click=skip_to_main>
            {move || i18n.t().skip_link}
        </a>
        <SiteHeader />
        <main id="main" tabindex="-1">
            <Routes fallback=NotFoundPage>
                <Route path=path!("/") view=MissionPage />
                <Route path=path!("/offices") view=OfficesPage />
                <Route path=path!("/offices/:id") view=OfficePage />
                <Route path=path!("/jet") view=JetPage />
                <Route path=path!("/jet/eligibility") view=JetEligibilityPage />
                <Route path=path!("/jet/timeline") view=JetTimelinePage />
                <Route path=path!("/jet/apply") view=JetApplyPage />
                <Route path=path!("/jet/where-to-apply") view=JetWherePage />
                <Route path=path!("/jet/faq") view=JetFaqPage />
                <Route path=path!("/embed") view=EmbedPage />
                <Route path=path!("/ja") view=MissionPage />
                <Route path=path!("/ja/offices") view=OfficesPage />
                <Route path=path!("/ja/offices/:id") view=OfficePage />
                <Route path=path!("/ja/jet") view=JetPage />
                <Route path=path!("/ja/jet/eligibility") view=JetEligibilityPage />
                <Route path=path!("/ja/jet/timeline") view=JetTimelinePage />
                <Route path=path!("/ja/jet/apply") view=JetApplyPage />
                <Route path=path!("/ja/jet/where-to-apply") view=JetWherePage />
                <Route path=path!("/ja/jet/faq") view=JetFaqPage />
                <Route path=path!("/ja/embed") view=EmbedPage />
            </Routes>
        </main>
        <footer class="site-footer">
            <Loaded resource=site view=|site: Site| view! { <SiteFooter site /> } />
        </footer>
        <AppStatus online update_ready on_reload=Callback::new(|_| service_worker::apply_update()) />
    }
}

/// After mount: whether the browser is online, and whether a new version of the site
/// has installed and waits for a reload. The service worker is registered here.
fn watch_app_state() -> (RwSignal<bool>, RwSignal<bool>) {
    let online = RwSignal::new(true);
    let update_ready = RwSignal::new(false);
    Effect::new(move |_| {
        online.set(service_worker::is_online());
        service_worker::register(move || update_ready.set(true));
    });
    let _ = window_event_listener(leptos::ev::online, move |_| online.set(true));
    let _ = window_event_listener(leptos::ev::offline, move |_| online.set(false));
    (online, update_ready)
}

/// A widget's language and looks come from its URL options, not from the path.
#[component]
fn WidgetShell() -> impl IntoView {
    let options = use_query_map()
        .with_untracked(|p| Options::from_pairs(p.latest_values().map(|(k, v)| (k.as_ref(), v))));
    // "auto" follows the visitor's browser, known only after mount.
    let preferred = RwSignal::new(None::<Lang>);
    let choice = options.lang;
    Effect::new(move |_| {
        if choice == LangChoice::Auto {
            let langs = browser_langs();
            preferred.set(Some(Lang::preferred(langs.iter().map(String::as_str))));
        }
        mark_ready();
    });
    let lang = Memo::new(move |_| match choice {
        LangChoice::Fixed(lang) => lang,
        LangChoice::Auto => preferred.get().unwrap_or_default(),
    });
    provide_context(I18n { lang });
    provide_context(options);
    view! {
        <Html {..} lang=move || lang.get().code() />
        <Body {..} class="widget-body" />
        // Named: on the configurator, the preview's main sits inside the page's own.
        <main id="main" class="widget-main" aria-label=move || ui(lang.get()).widget_attribution>
            <Routes fallback=NotFoundPage>
                <Route path=path!("/embed/offices") view=WidgetFinderPage />
                <Route path=path!("/embed/offices/:id") view=WidgetCardPage />
                <Route path=path!("/embed/jet-timeline") view=WidgetTimelinePage />
            </Routes>
        </main>
    }
}

/// The router would treat `#main` as a navigation; move focus to the content instead.
fn skip_to_main(event: leptos::ev::MouseEvent) {
    use wasm_bindgen::JsCast;
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        event.prevent_default();
        let _ = main.focus();
    }
}

/// Marks `<html data-ready>` once the app runs in the browser, for tests and tooling.
fn mark_ready() {
    #[cfg(not(feature = "ssr"))]
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-ready", "");
    }
}

/// After mount, once: an English URL is switched to Japanese when the visitor chose
/// Japanese before, or, on a first visit, when the browser prefers it. A `/ja/` URL is
/// never switched, so a shared link keeps its language. Runs only in the browser, so
/// the prerendered HTML never depends on it.
fn follow_language_preference() {
    let location = use_location();
    let navigate = use_navigate();
    Effect::new(move |_| {
        let path = location.pathname.get_untracked();
        if lang_of(&path) == Lang::En {
            let langs = browser_langs();
            let wanted =
                stored_lang().unwrap_or_else(|| Lang::preferred(langs.iter().map(String::as_str)));
            if wanted == Lang::Ja {
                let target = format!(
                    "{}{}{}",
                    localize(&path, Lang::Ja),
                    location.search.get_untracked(),
                    location.hash.get_untracked()
                );
                navigate(
                    &target,
                    NavigateOptions {
                        // Our paths already carry the sub-path base.
                        resolve: false,
                        replace: true,
                        ..Default::default()
                    },
                );
            }
        }
        // Headings mounted from now on come from navigation and take focus.
        set_timeout(mark_settled, Duration::ZERO);
        mark_ready();
    });
}
