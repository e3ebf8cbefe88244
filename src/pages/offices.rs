use leptos::prelude::*;

use crate::components::content_section::ContentSection;
use crate::components::loaded::Loaded;
use crate::components::page::PageTop;
use crate::data;
use crate::i18n::use_i18n;
use crate::model::content::Mission;

/// `/offices`: CLAIR's network of headquarters, branches and overseas offices.
#[component]
pub fn OfficesPage() -> impl IntoView {
    let i18n = use_i18n();
    let mission = data::mission();
    view! {
        <PageTop title=|t| t.offices_title description=|t| t.offices_meta />
        <p class="lead">{move || i18n.t().offices_lead}</p>
        <Loaded
            resource=mission
            view=|mission: Mission| {
                mission.section("network").cloned().map(|section| view! { <ContentSection section /> })
            }
        />
    }
}
