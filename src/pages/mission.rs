use leptos::prelude::*;

use crate::components::content_section::ContentSection;
use crate::components::figures::FigureList;
use crate::components::loaded::Loaded;
use crate::components::page::PageTop;
use crate::data;
use crate::i18n::{localized, use_i18n};
use crate::model::site::content::Mission;
use crate::model::site::route::{href, Page};

/// `/`: what CLAIR is and does, its network, key figures and where to go next.
#[component]
pub fn MissionPage() -> impl IntoView {
    let mission = data::mission();
    view! {
        <PageTop title=|t| t.mission_title description=|t| t.mission_meta />
        <Loaded resource=mission view=|mission: Mission| view! { <MissionBody mission /> } />
    }
}

#[component]
fn MissionBody(mission: Mission) -> impl IntoView {
    let i18n = use_i18n();
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
        <section class="figures-block" aria-labelledby="figures-heading">
            <h2 id="figures-heading">{move || i18n.t().figures_heading}</h2>
            <FigureList figures />
        </section>
        <CallsToAction />
        {sections}
    }
}

/// The two ways on from the mission page: the directory and the JET pages.
#[component]
fn CallsToAction() -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang;
    view! {
        <section class="cta" aria-labelledby="cta-heading">
            <h2 id="cta-heading">{move || i18n.t().cta_heading}</h2>
            <ul class="cta-list">
                <li>
                    <a class="cta-card" href=move || href(lang.get(), Page::Offices)>
                        <strong>{move || i18n.t().cta_offices}</strong>
                        <span>{move || i18n.t().cta_offices_text}</span>
                    </a>
                </li>
                <li>
                    <a class="cta-card" href=move || href(lang.get(), Page::Jet)>
                        <strong>{move || i18n.t().cta_jet}</strong>
                        <span>{move || i18n.t().cta_jet_text}</span>
                    </a>
                </li>
            </ul>
        </section>
    }
}
