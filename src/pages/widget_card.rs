use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::ext_link::ExtLink;
use crate::components::loaded::ready;
use crate::components::office_list::kind_name;
use crate::components::widget_frame::WidgetFrame;
use crate::data;
use crate::i18n::{fill, use_i18n};
use crate::model::directory::{Directory, Lookup, OfficeDetail};
use crate::model::site::route::{href, office_href, Page};

/// `/embed/offices/:id/`: one office as a card, linking to its full page. Static: a
/// card has a file per office and language, and its options are looks.
#[component]
pub fn WidgetCardPage(id: String) -> impl IntoView {
    let t = use_i18n().ui();
    let detail = data::now::<Directory>().map(|d| match d.lookup(&id) {
        Lookup::Found(detail) => Some(*detail),
        Lookup::Missing { .. } => None,
    });
    view! {
        <Title text=t.widget_card_title />
        {ready(detail, |detail| view! { <WidgetFrame><Card detail /></WidgetFrame> })}
    }
}

#[component]
fn Card(detail: Option<OfficeDetail>) -> impl IntoView {
    let i18n = use_i18n();
    let (t, lang) = (i18n.ui(), i18n.lang.get_untracked());
    let Some(OfficeDetail {
        office, countries, ..
    }) = detail
    else {
        return view! {
            <h1 class="widget-title">{t.office_not_found_title}</h1>
            <p>
                <a href=href(lang, Page::Offices) target="_blank" rel="noopener">{t.all_offices}</a>
            </p>
        }
        .into_any();
    };
    let place = countries
        .first()
        .map(|country| office.place(&country.name, lang).join(" · "));
    let website = office.website.clone().map(|url| {
        let shown = url.clone();
        view! {
            <p class="card-website">
                <ExtLink url new_tab=true>{shown}</ExtLink>
            </p>
        }
    });
    let name = office.name.get(lang).to_string();
    view! {
        <p class="office-kind">{kind_name(t, office.kind)}</p>
        <h1 class="widget-title">{name.clone()}</h1>
        <p class="card-place">{place}</p>
        <p class="card-about">{office.about.get(lang).to_string()}</p>
        {website}
        <p>
            <a href=office_href(lang, &office.id) target="_blank" rel="noopener">
                {fill(t.widget_more, &[("name", &name)])}
            </a>
        </p>
    }
    .into_any()
}
