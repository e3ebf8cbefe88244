use leptos::prelude::*;

use crate::components::island_slot::IslandSlot;
use crate::components::office_links::office_links;
use crate::components::page::{PageHeading, PageMeta};
use crate::data;
use crate::i18n::{fill, provide_i18n, ui, use_i18n, Ui};
use crate::model::directory::{OfficeNames, OfficeRef};
use crate::model::lang::Lang;
use crate::model::site::route::{full_title, href, page_id, parse, Page};

/// Any path without a page: says so and offers a way back. One file per language
/// serves every such path (`site.js` swaps in the Japanese one under `/ja/`). Offline,
/// it says instead that this device never saved the page, which may well exist. Only
/// under `/offices/` does its island start, to name the missing office and suggest
/// the closest ones.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    view! {
        <PageMeta
            title=Signal::derive(move || t.not_found_title.to_string())
            description=Signal::derive(move || t.not_found_meta.to_string())
        />
        <div data-connection="online">
            <IslandSlot needs=OfficeNames::FILE only_under="offices/">
                <NotFound lang=i18n.lang.get_untracked() />
            </IslandSlot>
        </div>
        <div data-connection="offline" data-title=t.offline_missing_title hidden>
            <Unavailable
                title=|t| t.offline_missing_title
                body=|t| t.offline_missing_body
                alternate=true
            />
        </div>
    }
}

/// No page, or (under `/offices/`, read after mount) an office id without a page and
/// the offices whose names come closest.
#[cfg_attr(not(any(feature = "bundle-site", feature = "bundle-widget")), island)]
#[cfg_attr(any(feature = "bundle-site", feature = "bundle-widget"), component)]
fn NotFound(lang: Lang) -> impl IntoView {
    provide_i18n(lang);
    let office = RwSignal::new(None::<(String, Vec<OfficeRef>)>);
    Effect::new(move |_| {
        let path = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default();
        let asked = (parse(&path).page == Page::Office).then(|| page_id(&path));
        let missing = asked.flatten().and_then(|id| {
            let suggestions = data::office_names().ok()?.missing(id)?;
            Some((id.to_string(), suggestions))
        });
        if missing.is_some() {
            retitle(lang);
        }
        office.set(missing);
    });
    move || match office.get() {
        None => view! { <Unavailable title=|t| t.not_found_title body=|t| t.not_found_body /> }
            .into_any(),
        Some((id, suggestions)) => view! { <OfficeMissing id suggestions /> }.into_any(),
    }
}

/// The document's title says an office is missing.
fn retitle(lang: Lang) {
    let t = ui(lang);
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&full_title(t.office_not_found_title, t.site_title_suffix));
    }
}

/// A page that cannot be shown, with a way home: no page at this address, or (offline)
/// a page this device never saved, which may well exist.
#[component]
fn Unavailable(
    title: fn(&Ui) -> &'static str,
    body: fn(&Ui) -> &'static str,
    #[prop(optional)] alternate: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    view! {
        <PageHeading alternate>{title(t)}</PageHeading>
        <p class="lead">{body(t)}</p>
        <p>
            <a class="button" href=href(i18n.lang.get_untracked(), Page::Mission)>
                {t.not_found_home}
            </a>
        </p>
    }
}

#[component]
fn OfficeMissing(id: String, suggestions: Vec<OfficeRef>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    view! {
        <PageHeading>{t.office_not_found_title}</PageHeading>
        <p class="lead">{fill(t.office_not_found_body, &[("id", &id)])}</p>
        <h2>{t.suggestions}</h2>
        {office_links(suggestions)}
        <p>
            <a class="button" href=href(i18n.lang.get_untracked(), Page::Offices)>
                {t.all_offices}
            </a>
        </p>
    }
}
