//! The router and the shell around every page.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Body, Html, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::components::app_status::AppStatus;
use crate::components::loaded::Loaded;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::data;
use crate::i18n::{provide_i18n, ui, use_i18n, I18n};
use crate::model::site::content::Site;
use crate::model::site::route::{base, is_widget, lang_of};
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
        <Html {..} lang=move || lang.get().code() />
        <Title formatter=move |title: String| format!("{title} — {}", i18n.t().site_title_suffix) />
        <a class="skip-link" href="#main">
            {t.skip_link}
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
                <Route path=path!("/search") view=SearchPage />
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
                <Route path=path!("/ja/search") view=SearchPage />
            </Routes>
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
    let lang = lang_of(&use_location().pathname.get_untracked());
    provide_i18n(lang);
    view! {
        <Html {..} lang=lang.code() />
        <Body {..} class="widget-body" />
        // Named: on the configurator, the preview's main sits inside the page's own.
        <main id="main" class="widget-main" aria-label=ui(lang).widget_attribution>
            <Routes fallback=NotFoundPage>
                <Route path=path!("/embed/offices") view=WidgetFinderPage />
                <Route path=path!("/embed/offices/:id") view=WidgetCardPage />
                <Route path=path!("/embed/jet-timeline") view=WidgetTimelinePage />
                <Route path=path!("/ja/embed/offices") view=WidgetFinderPage />
                <Route path=path!("/ja/embed/offices/:id") view=WidgetCardPage />
                <Route path=path!("/ja/embed/jet-timeline") view=WidgetTimelinePage />
            </Routes>
        </main>
    }
}
