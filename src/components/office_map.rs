use leptos::either::Either;
use leptos::html::Div;
use leptos::prelude::*;

use crate::components::marks::{follow_marks, highlight_class, marked_now, office_selector};

use crate::components::office_list::{office_of, office_summary, point_at};
use crate::i18n::{localized, use_i18n, Ui};
use crate::model::directory::map::{Frame, Locator, View};
use crate::model::directory::{Directory, Scope};
use crate::model::lang::Text;
use crate::model::site::route::office_href;

/// Most markers a map makes interactive at once; a bigger result set shows the rest as
/// plain dots, so a keystroke costs the same with 75 offices or 10,000.
const MARKER_LIMIT: usize = 80;

/// How close a map zooms in on its matches: enough to tell neighbouring branches apart
/// (Kanagawa from Tokyo), not so close that one office fills the map.
const MAX_ZOOM: f64 = 6.0;

/// An inline SVG map of offices. Every office on the map is a faint dot in the drawing;
/// those that match the search are also markers over it, and the map zooms to them.
/// For a pointer each marker is a target; for a keyboard the map is one tab stop (a
/// listbox whose options are the markers): arrow keys move to the nearest marker that
/// way, which shows its name, and Enter chooses it. The markers themselves take no
/// focus, so 67 clustered branches are not 67 tiny targets (WCAG 2.5.8); the list
/// beside the map is the same choice.
#[component]
pub fn OfficeMap(
    title: fn(&Ui) -> &'static str,
    /// The Japan map or the world's: its styling and the regions it offers.
    scope: Scope,
    outline: Locator,
    directory: StoredValue<Directory>,
    /// The offices this map shows, by position in the directory.
    members: Vec<usize>,
    /// The offices that match the search, in result order.
    #[prop(into)]
    matches: Signal<Vec<usize>>,
    highlight: RwSignal<Option<String>>,
    selected: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let Locator {
        width,
        height,
        paths,
        frame,
        attribution,
    } = outline;
    let place_in =
        move |d: &Directory, index: usize| frame.place(d.offices[index].lat, d.offices[index].lon);
    let place = move |index: usize| directory.with_value(|d| place_in(d, index));
    let shapes = paths
        .into_iter()
        .map(|d| view! { <path d=d /> })
        .collect_view();
    // One path of zero-length round-capped strokes: a dot per office in one element,
    // so a zoom restyles one element, not one per office (10,000 in the benchmark).
    let dots: String = members
        .iter()
        .filter_map(|&index| place(index))
        .map(|(x, y)| format!("M{:.1} {:.1}h0", x * width / 100.0, y * height / 100.0))
        .collect();
    let mut on_map = vec![false; directory.with_value(|d| d.offices.len())];
    members.iter().for_each(|&i| on_map[i] = true);
    let on_map = StoredValue::new(on_map);
    let total = members.len();
    let on_here = move |m: &Vec<usize>| {
        on_map.with_value(|on| m.iter().copied().filter(|&i| on[i]).collect::<Vec<_>>())
    };
    let active = Memo::new(move |_| {
        let mut here = matches.try_with(on_here).unwrap_or_default();
        // Past the limit the markers are a sample, and the map shows all of itself.
        let sample = here.len() > MARKER_LIMIT;
        here.truncate(MARKER_LIMIT);
        let whole = sample || here.len() == total;
        (here, whole)
    });
    let Zoom {
        fitted,
        areas,
        current,
        choice,
        shown,
    } = zoom(directory, frame, scope, on_map, active);
    // The marker the keyboard is on.
    let cursor = RwSignal::new(None::<usize>);
    let on_key = map_keys(directory, place, active, shown, cursor, selected);
    // The name of the marker the keyboard is on, else of the office pointed at (here
    // or in the list), if it is in view.
    let named = move || {
        cursor.get().or_else(|| {
            let id = highlight.get()?;
            directory
                .with_value(|d| d.offices.iter().position(|o| o.id == id))
                .filter(|&i| on_map.with_value(|on| on[i]))
        })
    };
    let cursor_label = move || {
        let index = named()?;
        let (x, y) = shown.get().show(place(index)?)?;
        let name = directory.with_value(|d| d.offices[index].name.get(i18n.lang.get()).to_string());
        Some(view! {
            <span class="marker-name" aria-hidden="true" style:left=format!("{x:.2}%") style:top=format!("{y:.2}%")>
                {name}
            </span>
        })
    };
    let canvas = NodeRef::<Div>::new();
    follow_map_marks(canvas, directory, highlight, cursor, selected);
    let has_markers = move || active.with(|(m, _)| !m.is_empty());
    let view_style = move || {
        let View { zoom, left, top } = shown.get();
        format!("--z:{zoom:.3};--l:{left:.2}%;--t:{top:.2}%")
    };
    view! {
        <figure class=format!("office-map office-map-{}", scope.slug())>
            <figcaption>{move || title(i18n.t())}</figcaption>
            <div
                node_ref=canvas
                class="map-canvas"
                style:aspect-ratio=format!("{width} / {height}")
                // A listbox needs options: with no marker it is a plain drawing.
                role=move || has_markers().then_some("listbox")
                tabindex=move || has_markers().then_some("0")
                aria-label=move || {
                    has_markers().then(|| format!("{}. {}", title(i18n.t()), i18n.t().map_keys))
                }
                aria-activedescendant=move || {
                    cursor.get().map(|i| directory.with_value(|d| marker_id(&d.offices[i].id)))
                }
                on:keydown=on_key
                on:blur=move |_| cursor.set(None)
                on:mouseover=move |ev| point_at(highlight, &ev)
                on:mouseleave=move |_| highlight.set(None)
                on:click=move |ev| {
                    if let Some(id) = office_of(&ev) {
                        selected.set(Some(id));
                    }
                }
            >
                <div class="map-view" style=view_style>
                    <svg viewBox=format!("0 0 {width} {height}") aria-hidden="true" focusable="false">
                        {shapes}
                        <path class="dots" d=dots />
                    </svg>
                    <For each=move || active.get().0 key=|index| *index let:index>
                        {place(index).map(|at| view! { <MapMarker directory index at highlight selected cursor /> })}
                    </For>
                </div>
                {cursor_label}
            </div>
            <MapViewPicker scope fitted areas current choice />
            <MapSelection directory selected />
            <p class="map-credit">{localized(attribution)}</p>
        </figure>
    }
}

/// One marker, made with the state of the moment (`follow_map_marks` keeps its
/// highlight up to date) and placed in the whole map (`--x`, `--y`): the canvas' view
/// moves them all.
#[component]
fn MapMarker(
    directory: StoredValue<Directory>,
    index: usize,
    at: (f64, f64),
    highlight: RwSignal<Option<String>>,
    selected: RwSignal<Option<String>>,
    cursor: RwSignal<Option<usize>>,
) -> impl IntoView {
    let lang = use_i18n().lang.get_untracked();
    // Plain text: the map lives in an island, whose language is fixed.
    let (id, name) = directory.with_value(|d| {
        let office = &d.offices[index];
        (office.id.clone(), office.name.get(lang).to_string())
    });
    let on_cursor = cursor.get_untracked() == Some(index);
    let class = if marked_now(highlight, &id) || on_cursor {
        "marker is-highlighted"
    } else {
        "marker"
    };
    let (x, y) = at;
    view! {
        <span
            class=class
            id=on_cursor.then(|| marker_id(&id))
            data-office=id.clone()
            role="option"
            aria-label=name
            aria-selected=marked_now(selected, &id).then_some("true")
            style=format!("--x:{x:.2}%;--y:{y:.2}%")
        ></span>
    }
}

/// The map's keys: arrows move the cursor between the markers in view, Enter chooses.
fn map_keys(
    directory: StoredValue<Directory>,
    place: impl Fn(usize) -> Option<(f64, f64)> + 'static,
    active: Memo<(Vec<usize>, bool)>,
    shown: Memo<View>,
    cursor: RwSignal<Option<usize>>,
    selected: RwSignal<Option<String>>,
) -> impl Fn(leptos::ev::KeyboardEvent) + 'static {
    move |ev| {
        let view = shown.get_untracked();
        let markers: Vec<(usize, (f64, f64))> = active.with_untracked(|(m, _)| {
            m.iter()
                .filter_map(|&i| Some((i, view.show(place(i)?)?)))
                .collect()
        });
        match marker_key(&ev.key(), &markers, cursor.get_untracked()) {
            KeyAction::Move(next) => cursor.set(Some(next)),
            KeyAction::Choose(index) => {
                selected.set(Some(directory.with_value(|d| d.offices[index].id.clone())));
            }
            KeyAction::Stay => {}
            KeyAction::None => return,
        }
        ev.prevent_default();
    }
}

/// Which part of a map shows, derived from the search and the visitor's choice.
struct Zoom {
    /// The part that frames the matches; the whole map when nothing narrows it.
    fitted: Memo<View>,
    /// Parts the visitor can zoom to: the map's regions.
    areas: StoredValue<Vec<Area>>,
    /// The picker's choice in effect (`FOUND`, `WHOLE` or a region id).
    current: Memo<String>,
    /// What the visitor chose, with the search's view at the time: a new search shows
    /// its own matches again.
    choice: RwSignal<Option<(View, String)>>,
    shown: Memo<View>,
}

fn zoom(
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

/// The id of an office's marker, for `aria-activedescendant`; only the marker the
/// keyboard is on carries it.
fn marker_id(office: &str) -> String {
    format!("marker-{office}")
}

/// Keeps the highlight, the keyboard's marker and the selection on the map's markers.
fn follow_map_marks(
    canvas: NodeRef<Div>,
    directory: StoredValue<Directory>,
    highlight: RwSignal<Option<String>>,
    cursor: RwSignal<Option<usize>>,
    selected: RwSignal<Option<String>>,
) {
    let office_at =
        move |index: usize| directory.with_value(|d| office_selector(&d.offices[index].id));
    follow_marks(
        canvas,
        move || {
            let pointed = highlight.get().map(|id| office_selector(&id));
            pointed
                .into_iter()
                .chain(cursor.get().map(office_at))
                .collect()
        },
        highlight_class,
    );
    follow_marks(
        canvas,
        move || cursor.get().map(office_at).into_iter().collect(),
        |marker, on| {
            let id = marker.get_attribute("data-office").unwrap_or_default();
            let _ = if on {
                marker.set_attribute("id", &marker_id(&id))
            } else {
                marker.remove_attribute("id")
            };
        },
    );
    follow_marks(
        canvas,
        move || {
            selected
                .get()
                .map(|id| office_selector(&id))
                .into_iter()
                .collect()
        },
        |marker, on| {
            let _ = if on {
                marker.set_attribute("aria-selected", "true")
            } else {
                marker.remove_attribute("aria-selected")
            };
        },
    );
}

/// What a key pressed on the map does.
#[derive(Debug, PartialEq)]
enum KeyAction {
    /// Put the keyboard on this marker.
    Move(usize),
    /// Choose this marker's office.
    Choose(usize),
    /// A map key with nowhere to go: nothing happens, and the page does not scroll.
    Stay,
    /// Not a map key.
    None,
}

/// Arrow keys move to the nearest marker that way (the first marker if none is
/// current); Enter and Space choose the current one.
fn marker_key(key: &str, markers: &[(usize, (f64, f64))], cursor: Option<usize>) -> KeyAction {
    let from = cursor.and_then(|c| markers.iter().find(|(i, _)| *i == c));
    let step = match key {
        "ArrowRight" => (1.0, 0.0),
        "ArrowLeft" => (-1.0, 0.0),
        "ArrowDown" => (0.0, 1.0),
        "ArrowUp" => (0.0, -1.0),
        "Enter" | " " => {
            return from.map_or(KeyAction::None, |&(i, _)| KeyAction::Choose(i));
        }
        _ => return KeyAction::None,
    };
    let next = match from {
        None => markers.first().map(|(i, _)| *i),
        Some(&(_, at)) => nearest(markers, at, step),
    };
    next.map_or(KeyAction::Stay, KeyAction::Move)
}

/// A part of a map the visitor can zoom to.
struct Area {
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
fn MapViewPicker(
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

/// The office chosen on the map, with a link to its page.
#[component]
fn MapSelection(
    directory: StoredValue<Directory>,
    selected: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let chosen = move || {
        let id = selected.get()?;
        directory.with_value(|d| {
            let office = d.office(&id)?;
            let lang = i18n.lang.get();
            Some((
                office_href(lang, &id),
                office.name.get(lang).to_string(),
                office_summary(d, office, lang),
            ))
        })
    };
    view! {
        <p class="map-selection" aria-live="polite">
            {move || match chosen() {
                Some((href, name, summary)) => {
                    Either::Left(view! {
                        <a href=href>{name}</a>
                        " — "
                        <span>{summary}</span>
                    })
                }
                None => Either::Right(view! { <span class="muted">{t.map_note}</span> }),
            }}
        </p>
    }
}

/// The marker nearest to `at` in `direction` (a unit step along x or y), preferring
/// those straight ahead over those off to the side.
fn nearest(
    markers: &[(usize, (f64, f64))],
    at: (f64, f64),
    direction: (f64, f64),
) -> Option<usize> {
    markers
        .iter()
        .filter_map(|&(i, (x, y))| {
            let (dx, dy) = (x - at.0, y - at.1);
            let ahead = dx * direction.0 + dy * direction.1;
            let aside = (dx * direction.1 - dy * direction.0).abs();
            (ahead > 0.0).then_some((i, ahead + 2.0 * aside))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::{marker_key, nearest, KeyAction};

    #[test]
    fn keys_move_choose_or_stay() {
        let markers = [(4, (10.0, 10.0)), (7, (30.0, 10.0))];
        assert_eq!(marker_key("ArrowLeft", &markers, None), KeyAction::Move(4));
        assert_eq!(
            marker_key("ArrowRight", &markers, Some(4)),
            KeyAction::Move(7)
        );
        assert_eq!(marker_key("ArrowRight", &markers, Some(7)), KeyAction::Stay);
        assert_eq!(marker_key("Enter", &markers, Some(7)), KeyAction::Choose(7));
        assert_eq!(marker_key("Enter", &markers, None), KeyAction::None);
        assert_eq!(marker_key("a", &markers, Some(4)), KeyAction::None);
    }

    #[test]
    fn arrows_go_to_the_nearest_marker_that_way() {
        let markers = [
            (0, (50.0, 50.0)),
            (1, (60.0, 52.0)),
            (2, (80.0, 50.0)),
            (3, (50.0, 20.0)),
        ];
        assert_eq!(nearest(&markers, (50.0, 50.0), (1.0, 0.0)), Some(1));
        assert_eq!(nearest(&markers, (60.0, 52.0), (1.0, 0.0)), Some(2));
        assert_eq!(nearest(&markers, (50.0, 50.0), (0.0, -1.0)), Some(3));
        assert_eq!(nearest(&markers, (50.0, 50.0), (-1.0, 0.0)), None);
    }
}
