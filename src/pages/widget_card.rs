use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};

use crate::components::ext_link::ExtLink;
use crate::components::loaded::ready;
use crate::components::office_list::kind_name;
use crate::components::widget_frame::{widget_options, WidgetFrame};
use crate::data;
use crate::i18n::{fill, localized, use_i18n};
use crate::model::directory::{Directory, Lookup, OfficeKind};
use crate::model::lang::{Lang, Text};
use crate::model::site::route::{href, office_href, Page};

/// `/embed/offices/:id/`: one office as a card, linking to its full page.
#[component]
pub fn WidgetCardPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .unwrap_or_default();
    // The card carries the few texts it shows, so the widget fetches no content file.
    let card = data::now::<Directory>("offices.json").map(|d| CardData::new(d.lookup(&id)));
    view! {
        <Title text=move || i18n.t().widget_card_title.to_string() />
        {ready(card, |card| view! { <CardWidget card /> })}
    }
}

/// What a card shows of its office, in both languages; `None` for an unknown id.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CardData {
    id: String,
    kind: OfficeKind,
    name: Text,
    place: Option<Text>,
    about: Text,
    website: Option<String>,
}

impl CardData {
    fn new(lookup: Lookup) -> Option<CardData> {
        let Lookup::Found(detail) = lookup else {
            return None;
        };
        let office = &detail.office;
        let place = detail.countries.first().map(|country| {
            let line = |lang| office.place(&country.name, lang).join(" · ");
            Text::new(&line(Lang::En), &line(Lang::Ja))
        });
        Some(CardData {
            id: office.id.clone(),
            kind: office.kind,
            name: office.name.clone(),
            place,
            about: office.about.clone(),
            website: office.website.clone(),
        })
    }
}

/// The whole widget: its language and looks come from the URL.
#[cfg_attr(not(feature = "bundle-site"), island)]
#[cfg_attr(feature = "bundle-site", component)]
fn CardWidget(card: Option<CardData>) -> impl IntoView {
    let options = widget_options(|t| t.widget_card_title);
    view! {
        <WidgetFrame options>
            <Card card />
        </WidgetFrame>
    }
}

#[component]
fn Card(card: Option<CardData>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang;
    let Some(card) = card else {
        return view! {
            <h1 class="widget-title">{move || i18n.t().office_not_found_title}</h1>
            <p>
                <a href=move || href(lang.get(), Page::Offices) target="_blank" rel="noopener">
                    {move || i18n.t().all_offices}
                </a>
            </p>
        }
        .into_any();
    };
    let CardData {
        id,
        kind,
        name,
        place,
        about,
        website,
    } = card;
    let website = website.map(|url| {
        let shown = url.clone();
        view! {
            <p class="card-website">
                <ExtLink url new_tab=true>{shown}</ExtLink>
            </p>
        }
    });
    let more = {
        let name = name.clone();
        move || fill(i18n.t().widget_more, &[("name", name.get(lang.get()))])
    };
    view! {
        <p class="office-kind">{move || kind_name(i18n.t(), kind)}</p>
        <h1 class="widget-title">{localized(name)}</h1>
        <p class="card-place">{place.map(localized)}</p>
        <p class="card-about">{localized(about)}</p>
        {website}
        <p>
            <a href=move || office_href(lang.get(), &id) target="_blank" rel="noopener">{more}</a>
        </p>
    }
    .into_any()
}
