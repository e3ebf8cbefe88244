use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::components::ext_link::ExtLink;
use crate::components::loaded::Loaded;
use crate::components::office_list::kind_name;
use crate::components::widget_frame::WidgetFrame;
use crate::data;
use crate::i18n::{fill, localized, use_i18n};
use crate::model::directory::Lookup;
use crate::model::site::embed::Options;
use crate::model::site::route::{href, office_href, Page};

/// `/embed/offices/:id/`: one office as a card, linking to its full page.
#[component]
pub fn WidgetCardPage() -> impl IntoView {
    let i18n = use_i18n();
    let options = expect_context::<Options>();
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .try_with(|p| p.get("id").unwrap_or_default())
            .unwrap_or_default()
    });
    let office = data::office(id);
    view! {
        <Title text=move || i18n.t().widget_card_title.to_string() />
        <WidgetFrame options>
            <Loaded resource=office view=move |lookup: Lookup| view! { <Card lookup /> } />
        </WidgetFrame>
    }
}

#[component]
fn Card(lookup: Lookup) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang;
    let detail = match lookup {
        Lookup::Found(detail) => detail,
        Lookup::Missing { .. } => {
            return view! {
                <h1 class="widget-title">{move || i18n.t().office_not_found_title}</h1>
                <p>
                    <a href=move || href(lang.get(), Page::Offices) target="_blank" rel="noopener">
                        {move || i18n.t().all_offices}
                    </a>
                </p>
            }
            .into_any();
        }
    };
    let office = detail.office;
    let id = office.id.clone();
    let kind = office.kind;
    let place = detail.countries.first().map(|country| {
        let (office, country) = (office.clone(), country.name.clone());
        move || office.place(&country, lang.get()).join(" · ")
    });
    let website = office.website.clone().map(|url| {
        let shown = url.clone();
        view! {
            <p class="card-website">
                <ExtLink url new_tab=true>{shown}</ExtLink>
            </p>
        }
    });
    let name = office.name.clone();
    let more = move || fill(i18n.t().widget_more, &[("name", name.get(lang.get()))]);
    view! {
        <p class="office-kind">{move || kind_name(i18n.t(), kind)}</p>
        <h1 class="widget-title">{localized(office.name)}</h1>
        <p class="card-place">{place}</p>
        <p class="card-about">{localized(office.about)}</p>
        {website}
        <p>
            <a href=move || office_href(lang.get(), &id) target="_blank" rel="noopener">{more}</a>
        </p>
    }
    .into_any()
}
