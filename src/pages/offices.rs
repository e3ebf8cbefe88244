use leptos::prelude::*;

use crate::components::island_slot::IslandSlot;
use crate::components::loaded::ready;
use crate::components::office_list::{results_text, OfficeList};
use crate::components::office_map::OfficeMap;
use crate::components::office_search::OfficeSearch;
use crate::components::page::PageTop;
use crate::components::url_query::UrlQuery;
use crate::data;
use crate::i18n::{fill, provide_i18n, use_i18n, Ui};
use crate::model::directory::map::{JapanMap, Locator, WorldMap};
use crate::model::directory::search::{Query, SearchIndex, Searches};
use crate::model::directory::{Directory, OfficeKind, Scope};
use crate::model::files::Content;
use crate::model::lang::Lang;
use crate::model::load::LoadError;
use crate::model::site::route::{href, Page};

/// How many results are rendered before "show more".
const PAGE_SIZE: usize = 100;

/// `/offices`: every CLAIR office, searchable and filterable, with state in the URL.
#[component]
pub fn OfficesPage() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    view! {
        <PageTop title=|t| t.offices_title description=|t| t.offices_meta />
        <p class="lead">{t.offices_lead}</p>
        // Starting the directory (75 offices, two maps) is the heaviest thing the site
        // does: it waits until the visitor reaches for it.
        <IslandSlot needs=data::needs(&[Directory::FILE, WorldMap::FILE, JapanMap::FILE]) on_interaction=true>
            <OfficeDirectory lang=i18n.lang.get_untracked() />
        </IslandSlot>
        <p class="offices-embed">
            {t.offices_embed}
            " "
            <a href=move || href(i18n.lang.get(), Page::Embed)>{t.embed_title}</a>
        </p>
    }
}

/// The live directory: search, filters, list and maps, with its state in the URL.
#[cfg_attr(not(feature = "small-bundle"), island)]
#[cfg_attr(feature = "small-bundle", component)]
fn OfficeDirectory(lang: Lang) -> impl IntoView {
    provide_i18n(lang);
    ready(data::now::<Directory>(), |directory| {
        view! { <DirectoryView directory /> }
    })
}

#[component]
fn DirectoryView(directory: Directory) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    // The prerendered page shows everything; a query in the URL applies after mount.
    let url = UrlQuery::new();
    let query = Memo::new(move |_| {
        url.with(|pairs| Query::from_params(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))))
    });
    let regions = directory.regions.clone();
    let index = SearchIndex::new(&directory, use_i18n().lang.get_untracked());
    let directory = StoredValue::new(directory);
    let results = search_results(query, index, directory);
    // Long result lists render in pages; the count always covers all of them.
    let shown = RwSignal::new(PAGE_SIZE);
    let visible = Memo::new(move |_| {
        results.with(|r| r.iter().copied().take(shown.get()).collect::<Vec<_>>())
    });
    let highlight = RwSignal::new(None::<String>);
    let selected = RwSignal::new(None::<String>);

    let on_change = move |next: Query| url.replace(&next.to_query_string());
    let count = move || results_text(i18n.t(), results.with(Vec::len));
    let state = MapState {
        directory,
        matches: results,
        highlight,
        selected,
    };
    view! {
        <OfficeSearch query regions on_change />
        <p class="result-count" role="status" aria-live="polite">{count}</p>
        <OverseasNote query results directory />
        // On a phone the maps come after the whole list: one tap takes you there.
        <p class="jump-to-map">
            <a href="#office-maps">{t.jump_to_map}</a>
        </p>
        <div class="directory-layout">
            <div>
                <OfficeList directory visible highlight selected />
                <ShowMore results shown />
            </div>
            // A scroll box beside the list on wide screens: focusable, so a keyboard
            // can scroll it (the markers inside are for pointers only).
            <DirectoryMaps query state />
        </div>
    }
}

/// The offices that match the query, by position in the directory.
fn search_results(
    query: Memo<Query>,
    index: SearchIndex,
    directory: StoredValue<Directory>,
) -> Memo<Vec<usize>> {
    // A cache of this visitor's recent searches (see `Searches`), not state of its own.
    let searches = StoredValue::new(Searches::default());
    Memo::new(move |_| {
        let query = query.get();
        searches
            .update_value(|s| *s = std::mem::take(s).then(&index, &directory.read_value(), query));
        searches.with_value(|s| s.results().to_vec())
    })
}

/// Under a list cut short, a button for the next page of results.
#[component]
fn ShowMore(results: Memo<Vec<usize>>, shown: RwSignal<usize>) -> impl IntoView {
    let i18n = use_i18n();
    let hidden = Memo::new(move |_| results.with(Vec::len).saturating_sub(shown.get()));
    let more = move || {
        let hidden = hidden.get();
        (hidden > 0).then(|| {
            let label = fill(i18n.t().show_more, &[("n", &hidden.min(PAGE_SIZE).to_string())]);
            view! {
                <button type="button" class="button button-secondary" on:click=move |_| shown.update(|n| *n += PAGE_SIZE)>
                    {label}
                </button>
            }
        })
    };
    view! { <p class="more">{more}</p> }
}

/// The world map and the Japan map. A map shows when its offices can match and, after
/// a search, when some do: the map that holds the matches comes alone.
#[component]
fn DirectoryMaps(query: Memo<Query>, state: MapState) -> impl IntoView {
    let t = use_i18n().ui();
    let MapState {
        directory, matches, ..
    } = state;
    let (world_members, japan_members) = directory.with_value(|d| {
        let (branches, others): (Vec<usize>, Vec<usize>) =
            (0..d.offices.len()).partition(|&i| d.offices[i].kind == OfficeKind::Branch);
        (others, branches)
    });
    let found_on = Memo::new(move |_| {
        matches.with(|r| {
            directory.with_value(|d| {
                let branch = |&i: &usize| d.offices[i].kind == OfficeKind::Branch;
                (
                    r.is_empty() || !r.iter().all(branch),
                    r.is_empty() || r.iter().any(branch),
                )
            })
        })
    });
    let show_world =
        Memo::new(move |_| query.with(|q| q.kind != Some(OfficeKind::Branch)) && found_on.get().0);
    let show_japan = Memo::new(move |_| {
        query.with(|q| matches!(q.kind, None | Some(OfficeKind::Branch))) && found_on.get().1
    });
    let world_map = data::now::<WorldMap>();
    let japan_map = data::now::<JapanMap>();
    view! {
        <div
            id="office-maps"
            class="maps"
            class:only-japan=move || !show_world.get()
            role="region"
            tabindex="0"
            aria-label=t.maps_label
        >
            <div hidden=move || !show_world.get()>
                {map_panel(world_map, |t| t.map_world_title, Scope::World, world_members, &state)}
            </div>
            <div hidden=move || !show_japan.get()>
                {map_panel(japan_map, |t| t.map_japan_title, Scope::Japan, japan_members, &state)}
            </div>
        </div>
    }
}

/// Someone searching by country often wants to apply to JET there: when a search finds
/// overseas offices, say what they are for and where applications go instead.
#[component]
fn OverseasNote(
    query: Memo<Query>,
    results: Memo<Vec<usize>>,
    directory: StoredValue<Directory>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let shown = move || {
        let searched = query.with(|q| *q != Query::default());
        let overseas = results.with(|r| {
            directory.with_value(|d| r.iter().any(|&i| d.offices[i].kind == OfficeKind::Overseas))
        });
        searched && overseas
    };
    view! {
        <Show when=shown>
            <p class="overseas-note">
                {t.overseas_not_jet}
                " "
                <a href=move || href(i18n.lang.get(), Page::JetWhere)>{t.jet_where_title}</a>
            </p>
        </Show>
    }
}

/// What both maps of the directory share with the list.
#[derive(Clone, Copy)]
struct MapState {
    directory: StoredValue<Directory>,
    matches: Memo<Vec<usize>>,
    highlight: RwSignal<Option<String>>,
    selected: RwSignal<Option<String>>,
}

/// One map of the directory.
fn map_panel<M: Into<Locator>>(
    outline: Result<M, LoadError>,
    title: fn(&Ui) -> &'static str,
    scope: Scope,
    members: Vec<usize>,
    state: &MapState,
) -> impl IntoView {
    let MapState {
        directory,
        matches,
        highlight,
        selected,
    } = *state;
    ready(outline, move |map| {
        view! {
            <OfficeMap
                title
                scope
                outline=map.into()
                directory
                members
                matches
                highlight
                selected
            />
        }
    })
}
