use leptos::either::Either;
use leptos::prelude::*;

use crate::components::loaded::Loaded;
use crate::components::local_time::LocalTime;
use crate::components::office_contact::{ContactCard, OfficeAddress, OfficeReach};
use crate::components::office_facts::{OfficeLanguagesOpened, OfficeLocalName};
use crate::components::office_links::office_links;
use crate::components::office_list::kind_name;
use crate::components::office_locator::OfficeLocator;
use crate::components::page::{PageHeading, PageMeta};
use crate::components::sources::SourceList;
use crate::data;
use crate::i18n::{fill, localized, use_i18n, Ui};
use crate::model::directory::map::{Frame, JapanMap, WorldMap};
use crate::model::directory::{
    Country, Lookup, Office, OfficeDetail, OfficeKind, OfficeRef, Region,
};
use crate::model::lang::Text;
use crate::model::site::route::{href, Page};
use crate::pages::not_found::NotFoundPage;

/// `/offices/:id`: everything known about one office, or suggestions for an unknown id.
#[component]
pub fn OfficePage(id: String) -> impl IntoView {
    let id = Memo::new(move |_| id.clone());
    let office = data::office(id);
    view! {
        <Loaded
            resource=office
            view=move |lookup: Lookup| match lookup {
                Lookup::Found(detail) => Either::Left(view! { <OfficeBody detail=*detail /> }),
                // Only known offices are prerendered; others get the not-found page.
                Lookup::Missing { .. } => Either::Right(view! { <NotFoundPage /> }),
            }
        />
    }
}

#[component]
fn OfficeBody(detail: OfficeDetail) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let lang = i18n.lang;
    let OfficeDetail {
        office,
        region,
        countries,
        neighbours,
        headquarters,
    } = detail;
    let name = office.name.clone();
    let about = office.about.clone();
    let title = Signal::derive(move || name.get(lang.get()).to_string());
    let description = Signal::derive(move || about.get(lang.get()).to_string());
    let country = countries.first().map(|c| c.name.clone());
    // A branch's housing is not confirmed: the row names the area it serves instead.
    let (location_label, locator_note): (Label, Label) = if office.located_city().is_some() {
        (|t| t.office_location, |t| t.locator_city)
    } else {
        (|t| t.office_area, |t| t.locator_area)
    };
    let kind = office.kind;
    let japan = kind == OfficeKind::Branch;
    let locator_label = fill(i18n.t().locator_label, &[("name", &title.get_untracked())]);
    view! {
        <PageMeta title description />
        <p class="breadcrumb">
            <a href=move || href(lang.get(), Page::Offices)>{t.all_offices}</a>
        </p>
        <PageHeading>{move || title.get()}</PageHeading>
        <p class="office-kind-line">{move || kind_name(i18n.t(), kind)}</p>
        <p class="lead">{localized(office.about.clone())}</p>
        <dl class="facts">
            <OfficeLocalName office=office.clone() />
            <dt>{move || location_label(i18n.t())}</dt>
            <dd><OfficePlace office=office.clone() country=country.clone().unwrap_or_default() /></dd>
            <OfficeRegion region />
            <OfficeAddress office=office.clone() headquarters />
            <OfficeCovers office=office.clone() countries />
            <OfficeReach office=office.clone() />
            <OfficeLanguagesOpened office=office.clone() />
            <LocalTime zone=office.timezone.clone() />
        </dl>
        <OfficeLocator japan frame=map_frame(japan) lat=office.lat lon=office.lon label=locator_label />
        <p class="hint locator-note">{move || locator_note(i18n.t())}</p>
        <ContactCard office=office.clone() country />
        <OfficeNeighbours kind neighbours />
        <SourceList sources=office.sources.clone() />
    }
}

/// A name in the interface's strings.
type Label = fn(&Ui) -> &'static str;

/// Where the office is, in the page's language.
#[component]
fn OfficePlace(office: Office, country: Text) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    // A city known only from a secondary source says so (and stays out of the vCard).
    let city_flag = office
        .city_secondary
        .then(|| view! { <span class="note">{t.office_city_secondary}</span> });
    let place = move || {
        office
            .place(&country, i18n.lang.get())
            .join(i18n.t().list_separator)
    };
    view! { {place}{city_flag} }
}

/// The region the office belongs to, when the data names one.
#[component]
fn OfficeRegion(region: Option<Region>) -> impl IntoView {
    let t = use_i18n().ui();
    region.map(|r| {
        view! {
            <dt>{t.office_region}</dt>
            <dd>{localized(r.name)}</dd>
        }
    })
}

/// The countries an overseas office covers (with its own, which comes first).
#[component]
fn OfficeCovers(office: Office, countries: Vec<Country>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let country_list = move || {
        countries
            .iter()
            .map(|c| c.name.get(i18n.lang.get()).to_string())
            .collect::<Vec<_>>()
            .join(i18n.t().list_separator)
    };
    (!office.covers.is_empty()).then(|| {
        view! {
            <dt>{t.office_covers}</dt>
            <dd>{country_list}</dd>
        }
    })
}

/// Links to the offices nearest this one; for an overseas office, the other overseas
/// offices.
#[component]
fn OfficeNeighbours(kind: OfficeKind, neighbours: Vec<OfficeRef>) -> impl IntoView {
    let i18n = use_i18n();
    let heading: Label = if kind == OfficeKind::Overseas {
        |t| t.neighbours_overseas
    } else {
        |t| t.neighbours
    };
    view! {
        <section aria-labelledby="neighbours-heading">
            <h2 id="neighbours-heading">{move || heading(i18n.t())}</h2>
            {office_links(neighbours)}
        </section>
    }
}

/// The projection of the map an office's small map is cut from.
fn map_frame(japan: bool) -> Option<Frame> {
    if japan {
        data::now::<JapanMap>().map(|m| m.frame()).ok()
    } else {
        data::now::<WorldMap>().map(|m| m.frame()).ok()
    }
}
