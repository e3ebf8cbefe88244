//! The router and the shell around every page.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Body, Html, Title};
use leptos_router::components::Router;
use leptos_router::hooks::use_location;

use crate::components::app_status::AppStatus;
use crate::components::loaded::Loaded;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::components::translation_note::TranslationNote;
use crate::data;
use crate::i18n::{provide_i18n, ui, use_i18n, I18n};
use crate::model::site::mission::Site;
use crate::model::site::route::{base, full_title, is_widget, lang_of, page_id, parse, Page};
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
use crate::pages::search::SearchPage;
use crate::pages::widget_card::WidgetCardPage;
use crate::pages::widget_finder::WidgetFinderPage;
use crate::pages::widget_timeline::WidgetTimelinePage;

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
    let t = i18n.ui();
    let site = data::site();

    view! {
        <Html {..} lang=move || lang.get().tag() />
        <Title formatter=move |title: String| full_title(&title, i18n.t().site_title_suffix) />
        <a class="skip-link" href="#main">
            {t.skip_link}
        </a>
        <SiteHeader />
        <main id="main" tabindex="-1">
            <TranslationNote />
            {page_view(&location.pathname.get_untracked())}
        </main>
        <footer class="site-footer">
            <Loaded resource=site view=|site: Site| view! { <SiteFooter site /> } />
        </footer>
        <AppStatus />
    }
}

/// A widget page is prerendered in each language, with the default options; the
/// partner's options are applied without wasm (see `widget_frame`).
#[component]
fn WidgetShell() -> impl IntoView {
    let location = use_location();
    let lang = lang_of(&location.pathname.get_untracked());
    provide_i18n(lang);
    view! {
        <Html {..} lang=lang.tag() />
        <Body {..} class="widget-body" />
        // Named: on the configurator, the preview's main sits inside the page's own.
        <main id="main" class="widget-main" aria-label=ui(lang).widget_attribution>
            {page_view(&location.pathname.get_untracked())}
        </main>
    }
}

/// The page a path shows, in any language: the route table is `model::site::route`, so
/// a page is one arm here. Pages are prerendered (the app never routes in the browser:
/// `site.js` swaps prerendered pages), so the path is read once.
fn page_view(path: &str) -> AnyView {
    let id = || page_id(path).unwrap_or_default().to_string();
    match parse(path).page {
        Page::Mission => view! { <MissionPage /> }.into_any(),
        Page::Offices => view! { <OfficesPage /> }.into_any(),
        Page::Office => view! { <OfficePage id=id() /> }.into_any(),
        Page::Jet => view! { <JetPage /> }.into_any(),
        Page::JetEligibility => view! { <JetEligibilityPage /> }.into_any(),
        Page::JetTimeline => view! { <JetTimelinePage /> }.into_any(),
        Page::JetApply => view! { <JetApplyPage /> }.into_any(),
        Page::JetWhere => view! { <JetWherePage /> }.into_any(),
        Page::JetFaq => view! { <JetFaqPage /> }.into_any(),
        Page::Embed => view! { <EmbedPage /> }.into_any(),
        Page::Search => view! { <SearchPage /> }.into_any(),
        Page::WidgetFinder => view! { <WidgetFinderPage /> }.into_any(),
        Page::WidgetCard => view! { <WidgetCardPage id=id() /> }.into_any(),
        Page::WidgetTimeline => view! { <WidgetTimelinePage /> }.into_any(),
        Page::NotFound => view! { <NotFoundPage /> }.into_any(),
    }
}
