use leptos::prelude::*;

use crate::components::content_section::ContentSection;
use crate::components::figures::FigureList;
use crate::components::loaded::Loaded;
use crate::components::page::PageTop;
use crate::components::sources::SourceList;
use crate::data;
use crate::i18n::{localized, use_i18n};
use crate::model::content::Source;
use crate::model::site::mission::{Mission, Site};
use crate::model::site::route::{href, Page};

/// `/`: what CLAIR is and does, its network, key figures and where to go next.
#[component]
pub fn MissionPage() -> impl IntoView {
    let mission = data::mission();
    let site = data::site();
    view! {
        <PageTop title=|t| t.mission_title description=|t| t.mission_meta />
        <Loaded resource=mission view=|mission: Mission| view! { <MissionBody mission /> } />
        <Loaded resource=site view=|site: Site| view! { <MainSources sources=site.sources /> } />
    }
}

/// The site's main sources, listed once here (the footer links to them).
#[component]
fn MainSources(sources: Vec<Source>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    view! {
        <section class="content-section main-sources" id="main-sources" aria-labelledby="main-sources-heading">
            <h2 id="main-sources-heading">{t.footer_sources}</h2>
            <SourceList sources open=true />
        </section>
    }
}

#[component]
fn MissionBody(mission: Mission) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let Mission {
        lead,
        figures,
        sections,
    } = mission;
    let sections = sections
        .into_iter()
        .map(|section| view! { <ContentSection section /> })
        .collect_view();
    view! {
        <p class="lead">{localized(lead)}</p>
        // The two ways in come first: on a phone they are on the first screen.
        <CallsToAction />
        <section class="figures-block" aria-labelledby="figures-heading">
            <h2 id="figures-heading">{t.figures_heading}</h2>
            <FigureList figures />
        </section>
        {sections}
    }
}

/// The two ways on from the mission page: the directory and the JET pages.
#[component]
fn CallsToAction() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let lang = i18n.lang;
    view! {
        <section class="cta" aria-labelledby="cta-heading">
            <h2 id="cta-heading">{t.cta_heading}</h2>
            <ul class="cta-list">
                <li>
                    <a class="cta-card" href=move || href(lang.get(), Page::Offices)>
                        <strong>{t.cta_offices}</strong>
                        <span>{t.cta_offices_text}</span>
                    </a>
                </li>
                <li>
                    <a class="cta-card" href=move || href(lang.get(), Page::Jet)>
                        <strong>{t.cta_jet}</strong>
                        <span>{t.cta_jet_text}</span>
                    </a>
                </li>
            </ul>
        </section>
    }
}
