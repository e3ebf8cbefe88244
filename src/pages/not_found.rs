use leptos::prelude::*;

use crate::components::island_slot::IslandSlot;
use crate::components::office_links::office_links;
use crate::components::page::{PageHeading, PageMeta};
use crate::data;
use crate::i18n::{fill, ui, use_i18n, I18n, Ui};
use crate::model::directory::{Directory, Lookup, OfficeRef};
use crate::model::lang::Lang;
use crate::model::site::route::{href, lang_of, office_id, Page};

/// Any path without a page: says so and offers a way back. One file serves every such
/// path, so what it can tell from the address is added after mount.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageMeta
            title=Signal::derive(move || i18n.t().not_found_title.to_string())
            description=Signal::derive(move || i18n.t().not_found_meta.to_string())
        />
        <IslandSlot needs="offices.json">
            <NotFound lang=i18n.lang.get_untracked() />
        </IslandSlot>
    }
}

/// What the address says, once it can be read: its language, and what is missing.
#[derive(Clone, PartialEq)]
struct Missing {
    lang: Lang,
    what: What,
}

#[derive(Clone, PartialEq)]
enum What {
    /// No page has this address.
    Page,
    /// An office path with an id that has no page, and the offices whose names come
    /// closest.
    Office(String, Vec<OfficeRef>),
    /// Offline, and the service worker has no copy of the page: it may well exist.
    Offline,
}

#[cfg_attr(not(feature = "bundle-site"), island)]
#[cfg_attr(feature = "bundle-site", component)]
fn NotFound(lang: Lang) -> impl IntoView {
    let missing = RwSignal::new(Missing {
        lang,
        what: What::Page,
    });
    provide_context(I18n {
        lang: Memo::new(move |_| missing.with(|m| m.lang)),
    });
    Effect::new(move |_| {
        let window = web_sys::window();
        let path = window
            .as_ref()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default();
        let offline = window.is_some_and(|w| !w.navigator().on_line());
        let lang = lang_of(&path);
        let office = office_id(&path).and_then(|id| {
            match data::now::<Directory>("offices.json").ok()?.lookup(id) {
                Lookup::Missing { suggestions } => Some(What::Office(id.to_string(), suggestions)),
                Lookup::Found(_) => None,
            }
        });
        let what = match office {
            _ if offline => What::Offline,
            Some(office) => office,
            None => What::Page,
        };
        retitle(lang, &what);
        missing.set(Missing { lang, what });
    });
    move || match missing.get().what {
        What::Page => {
            view! { <Unavailable title=|t| t.not_found_title body=|t| t.not_found_body /> }
                .into_any()
        }
        What::Office(id, suggestions) => view! { <OfficeMissing id suggestions /> }.into_any(),
        What::Offline => view! {
            <Unavailable title=|t| t.offline_missing_title body=|t| t.offline_missing_body />
        }
        .into_any(),
    }
}

/// The document's title and language follow what the page now says.
fn retitle(lang: Lang, what: &What) {
    let t = ui(lang);
    let title = match what {
        What::Page => t.not_found_title,
        What::Office(..) => t.office_not_found_title,
        What::Offline => t.offline_missing_title,
    };
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&format!("{title} — {}", t.site_title_suffix));
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
    }
}

/// A page that cannot be shown, with a way home: no page at this address, or (offline)
/// a page this device never saved, which may well exist.
#[component]
fn Unavailable(title: fn(&Ui) -> &'static str, body: fn(&Ui) -> &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading>{move || title(i18n.t())}</PageHeading>
        <p class="lead">{move || body(i18n.t())}</p>
        <p>
            <a class="button" href=move || href(i18n.lang.get(), Page::Mission)>
                {move || i18n.t().not_found_home}
            </a>
        </p>
    }
}

#[component]
fn OfficeMissing(id: String, suggestions: Vec<OfficeRef>) -> impl IntoView {
    let i18n = use_i18n();
    let body = move || fill(i18n.t().office_not_found_body, &[("id", &id)]);
    view! {
        <PageHeading>{move || i18n.t().office_not_found_title}</PageHeading>
        <p class="lead">{body}</p>
        <h2>{move || i18n.t().suggestions}</h2>
        {office_links(suggestions)}
        <p>
            <a class="button" href=move || href(i18n.lang.get(), Page::Offices)>
                {move || i18n.t().all_offices}
            </a>
        </p>
    }
}
