use leptos::prelude::*;

use crate::components::content_section::ContentSection;
use crate::components::figures::FigureList;
use crate::components::loaded::Loaded;
use crate::components::page::PageTop;
use crate::data;
use crate::i18n::use_i18n;
use crate::model::content::Mission;

/// `/jet`: the JET Programme in brief, with its official figures.
#[component]
pub fn JetPage() -> impl IntoView {
    let i18n = use_i18n();
    let mission = data::mission();
    view! {
        <PageTop title=|t| t.jet_title description=|t| t.jet_meta />
        <p class="lead">{move || i18n.t().jet_lead}</p>
        <Loaded resource=mission view=|mission: Mission| view! { <JetBody mission /> } />
    }
}

#[component]
fn JetBody(mission: Mission) -> impl IntoView {
    let figures: Vec<_> = mission
        .figures
        .iter()
        .filter(|f| f.id.starts_with("jet"))
        .cloned()
        .collect();
    let sections: Vec<_> = ["jet", "jetaa"]
        .into_iter()
        .filter_map(|id| mission.section(id).cloned())
        .map(|section| view! { <ContentSection section /> })
        .collect();
    view! {
        <FigureList figures />
        {sections}
    }
}
