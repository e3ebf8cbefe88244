//! Which part of an office map shows: the search's matches, the whole map, or a region
//! the visitor picks to tell clustered offices apart (Kantō, Kansai).

use leptos::prelude::*;

use crate::i18n::{localized, use_i18n};
use crate::model::directory::map::{Frame, View};
use crate::model::directory::{Directory, Scope};
use crate::model::lang::Text;

/// How close a map zooms in on its matches: enough to tell neighbouring branches apart
/// (Kanagawa from Tokyo), not so close that one office fills the map.
const MAX_ZOOM: f64 = 6.0;

/// Which part of a map shows, derived from the search and the visitor's choice.
pub struct Zoom {
    /// The part that frames the matches; the whole map when nothing narrows it.
    pub fitted: Memo<View>,
    /// Parts the visitor can zoom to: the map's regions.
    pub areas: StoredValue<Vec<Area>>,
    /// The picker's choice in effect (`FOUND`, `WHOLE` or a region id).
    pub current: Memo<String>,
    /// What the visitor chose, with the search's view at the time: a new search shows
    /// its own matches again.
    pub choice: RwSignal<Option<(View, String)>>,
    pub shown: Memo<View>,
}

/// The map's view and the picker's choices, derived from the markers in `active`.
pub fn zoom(
    directory: StoredValue<Directory>,
    frame: Frame,
    scope: Scope,
    on_map: StoredValue<Vec<bool>>,
    active: Memo<(Vec<usize>, bool)>,
) -> Zoom {
    let place_in = move |d: &Directory, i: usize| frame.place(d.offices[i].lat, d.offices[i].lon);
    let fitted = Memo::new(move |_| {
        active.with(|(markers, whole)| {
            if *whole {
                return View::WHOLE;
            }
            let points: Vec<_> =
                directory.with_value(|d| markers.iter().filter_map(|&i| place_in(d, i)).collect());
            View::fit(&points, MAX_ZOOM, 12.0)
        })
    });
    let areas = StoredValue::new(directory.with_value(|d| {
        d.regions
            .iter()
            .filter(|r| r.scope == scope)
            .filter_map(|r| {
                let points: Vec<_> = on_map
                    .with_value(|on| in_region(d, on, &r.id))
                    .into_iter()
                    .filter_map(|i| place_in(d, i))
                    .collect();
                (!points.is_empty()).then(|| Area {
                    key: r.id.clone(),
                    name: r.name.clone(),
                    view: View::fit(&points, MAX_ZOOM, 8.0),
                })
            })
            .collect::<Vec<_>>()
    }));
    let choice = RwSignal::new(None::<(View, String)>);
    let current = Memo::new(move |_| {
        let fitted = fitted.get();
        match choice.get() {
            Some((at, key)) if at == fitted => key,
            _ if fitted != View::WHOLE => FOUND.to_string(),
            _ => WHOLE.to_string(),
        }
    });
    let shown = Memo::new(move |_| {
        current.with(|key| match key.as_str() {
            FOUND => fitted.get(),
            key => areas
                .with_value(|a| a.iter().find(|a| a.key == key).map(|a| a.view))
                .unwrap_or(View::WHOLE),
        })
    });
    Zoom {
        fitted,
        areas,
        current,
        choice,
        shown,
    }
}

/// A part of a map the visitor can zoom to.
pub struct Area {
    key: String,
    name: Text,
    view: View,
}

/// The keys of the picker's first two choices; the others are region ids.
const FOUND: &str = "found";
const WHOLE: &str = "whole";

/// The positions of this map's offices (`on`) in a region.
fn in_region(d: &Directory, on: &[bool], region: &str) -> Vec<usize> {
    (0..d.offices.len())
        .filter(|&i| on[i] && d.offices[i].region == region)
        .collect()
}

/// What the map shows: after a search its matches, else the whole map; or a region
/// the visitor picks, to tell clustered offices apart (Kantō, Kansai).
#[component]
pub fn MapViewPicker(
    scope: Scope,
    fitted: Memo<View>,
    areas: StoredValue<Vec<Area>>,
    current: Memo<String>,
    choice: RwSignal<Option<(View, String)>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let id = format!("map-view-{}", scope.slug());
    let regions = areas.with_value(|areas| {
        areas
            .iter()
            .map(|area| {
                let key = area.key.clone();
                let picked = key.clone();
                view! {
                    <option value=key prop:selected=move || current.with(|c| *c == picked)>
                        {localized(area.name.clone())}
                    </option>
                }
            })
            .collect_view()
    });
    let on_change = move |ev| choice.set(Some((fitted.get_untracked(), event_target_value(&ev))));
    view! {
        <p class="map-zoom">
            <label for=id.clone()>{t.map_view_label}</label>
            " "
            <select id=id on:change=on_change>
                <Show when=move || fitted.get() != View::WHOLE>
                    <option value=FOUND prop:selected=move || current.with(|c| c == FOUND)>
                        {t.map_view_found}
                    </option>
                </Show>
                <option value=WHOLE prop:selected=move || current.with(|c| c == WHOLE)>
                    {t.map_view_whole}
                </option>
                {regions}
            </select>
        </p>
    }
}
