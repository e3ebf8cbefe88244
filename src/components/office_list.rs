use leptos::html::Ul;
use leptos::prelude::*;

use crate::components::marks::{follow_marks, highlight_class, marked_now, office_selector};

use crate::i18n::{ui, use_i18n, Ui};
use crate::model::directory::{Directory, Office, OfficeKind};
use crate::model::lang::Lang;
use crate::model::site::route::office_href;

/// What one office is, in a word or two.
pub fn kind_name(t: &Ui, kind: OfficeKind) -> &'static str {
    match kind {
        OfficeKind::Headquarters => t.kind_one_headquarters,
        OfficeKind::Overseas => t.kind_one_overseas,
        OfficeKind::Branch => t.kind_one_branch,
    }
}

/// One line under an office's name: where it is and, abroad, what it covers.
pub fn office_summary(directory: &Directory, office: &Office, lang: Lang) -> String {
    let mut parts = office.place(&directory.country_text(&office.country), lang);
    // Every branch is in Japan: the list names only the area it serves.
    if office.kind == OfficeKind::Branch {
        parts.pop();
    }
    let place = parts.join(" · ");
    if office.covers.len() > 1 {
        let sep = ui(lang).list_separator;
        let covers: Vec<String> = office
            .covers
            .iter()
            .map(|c| directory.country_name(c, lang))
            .collect();
        format!("{place} — {}", covers.join(sep))
    } else {
        place
    }
}

/// The office (`data-office`) an event happened in, if any.
pub fn office_of(ev: &impl AsRef<web_sys::Event>) -> Option<String> {
    use wasm_bindgen::JsCast;
    let element: web_sys::Element = ev.as_ref().target()?.dyn_into().ok()?;
    element
        .closest("[data-office]")
        .ok()??
        .get_attribute("data-office")
}

/// Highlights the office an event happened in; a move within the same office (from its
/// name to its summary) changes nothing, so no item re-checks its highlight.
pub fn point_at(highlight: RwSignal<Option<String>>, ev: &impl AsRef<web_sys::Event>) {
    let office = office_of(ev);
    if highlight.with_untracked(|h| *h != office) {
        highlight.set(office);
    }
}

/// "12 offices found", or what to do when none is.
pub fn results_text(t: &Ui, n: usize) -> String {
    match n {
        0 => t.results_none.to_string(),
        1 => t.results_one.to_string(),
        n => crate::i18n::fill(t.results_many, &[("n", &n.to_string())]),
    }
}

/// The count of matching offices, with its wordings for `site.js`, which counts the
/// prerendered list again once it has applied a widget's presets.
#[component]
pub fn ResultsCount(count: impl Fn() -> String + Send + 'static) -> impl IntoView {
    let t = use_i18n().ui();
    view! {
        <p
            class="results-count"
            role="status"
            data-none=t.results_none
            data-one=t.results_one
            data-many=t.results_many
        >
            {count}
        </p>
    }
}

/// The matching offices. Hovering or focusing one highlights its map marker. With
/// `facets`, the list and its items carry what `site.js` filters a widget's presets on
/// (kind, region, countries), as `Query` does.
#[component]
pub fn OfficeList(
    directory: StoredValue<Directory>,
    #[prop(into)] visible: Signal<Vec<usize>>,
    highlight: RwSignal<Option<String>>,
    selected: RwSignal<Option<String>>,
    /// Widgets open the site's pages in a new tab, never inside the partner's frame.
    #[prop(optional)]
    new_tab: bool,
    #[prop(optional)] facets: bool,
) -> impl IntoView {
    let lang = use_i18n().lang.get_untracked();
    // Keyed by office: an item's words are plain text, made once, so a keystroke that
    // changes the results creates no reactive work per item beyond its highlight.
    // One listener per kind on the list, not four on every item a keystroke creates,
    // and one effect for the highlight.
    let list = NodeRef::<Ul>::new();
    follow_marks(
        list,
        move || {
            [highlight.get(), selected.get()]
                .into_iter()
                .flatten()
                .map(|id| office_selector(&id))
                .collect()
        },
        highlight_class,
    );
    let known = facets.then(|| {
        directory.with_value(|d| {
            let regions: Vec<&str> = d.regions.iter().map(|r| r.id.as_str()).collect();
            let countries: Vec<&str> = d.countries.iter().map(|c| c.code.as_str()).collect();
            (regions.join(" "), countries.join(" "))
        })
    });
    let (regions, countries) = known.unzip();
    let kinds = facets.then(|| OfficeKind::ALL.map(OfficeKind::slug).join(" "));
    view! {
        <ul
            node_ref=list
            class="office-list"
            data-kinds=kinds
            data-regions=regions
            data-countries=countries
            on:mouseover=move |ev| point_at(highlight, &ev)
            on:focusin=move |ev| point_at(highlight, &ev)
            on:mouseleave=move |_| highlight.set(None)
            on:focusout=move |_| highlight.set(None)
        >
            <For
                each=move || visible.get()
                key=|index| *index
                children=move |index| view! { <OfficeItem directory index lang highlight selected new_tab facets /> }
            />
        </ul>
    }
}

#[component]
fn OfficeItem(
    directory: StoredValue<Directory>,
    index: usize,
    lang: Lang,
    highlight: RwSignal<Option<String>>,
    selected: RwSignal<Option<String>>,
    new_tab: bool,
    facets: bool,
) -> impl IntoView {
    let (id, name, summary, kind, facet) = directory.with_value(|d| {
        let office = &d.offices[index];
        let facet = facets.then(|| {
            (
                office.kind.slug(),
                office.region.clone(),
                office.served().join(" "),
            )
        });
        (
            office.id.clone(),
            office.name.get(lang).to_string(),
            office_summary(d, office, lang),
            kind_name(ui(lang), office.kind),
            facet,
        )
    });
    let class = if marked_now(highlight, &id) || marked_now(selected, &id) {
        "office-item is-highlighted"
    } else {
        "office-item"
    };
    let (kind_slug, region, countries) = match facet {
        Some((k, r, c)) => (Some(k), Some(r), Some(c)),
        None => (None, None, None),
    };
    view! {
        <li
            class=class
            data-office=id.clone()
            data-kind=kind_slug
            data-region=region
            data-countries=countries
        >
            <a
                href=office_href(lang, &id)
                class="office-name"
                target=new_tab.then_some("_blank")
                rel=new_tab.then_some("noopener")
            >
                {name}
            </a>
            <span class="office-kind">{kind}</span>
            <span class="office-summary">{summary}</span>
        </li>
    }
}
