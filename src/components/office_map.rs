use leptos::either::Either;
use leptos::html::Div;
use leptos::prelude::*;

use crate::components::marks::{follow_marks, highlight_class, marked_now, office_selector};

use crate::components::map_zoom::{zoom, MapViewPicker, Zoom};
use crate::components::office_list::{office_of, office_summary, point_at};
use crate::i18n::{localized, use_i18n, Ui};
use crate::model::directory::map::{Frame, Locator, View};
use crate::model::directory::map_keys::{marker_key, KeyAction};
use crate::model::directory::{Directory, Scope};
use crate::model::site::route::office_href;

/// Most markers a map makes at once. Past it the map marks none, shows all of itself
/// with every office a plain dot, and says to narrow the search: a keystroke then costs
/// the same with 75 offices or 10,000, and no arbitrary sample passes for the matches.
const MARKER_LIMIT: usize = 80;

/// The matches on a map that get a marker, and whether the map shows all of itself.
type Markers = Memo<(Vec<usize>, bool)>;

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
    let (frame, attribution) = (outline.frame, outline.attribution.clone());
    let (on_map, active, crowded) = active_markers(directory, &members, matches);
    let Zoom {
        fitted,
        areas,
        current,
        choice,
        shown,
    } = zoom(directory, frame, scope, on_map, active);
    view! {
        <figure class=format!("office-map office-map-{}", scope.slug())>
            <figcaption>{move || title(i18n.t())}</figcaption>
            <MapCanvas title outline directory members on_map active shown highlight selected />
            <p class="hint map-crowded" hidden=move || !crowded.get()>
                {move || i18n.t().map_crowded}
            </p>
            <MapViewPicker scope fitted areas current choice />
            <MapSelection directory selected />
            <p class="map-credit">{localized(attribution)}</p>
        </figure>
    }
}

/// Which offices are on this map (by position in the directory), the matches among
/// them that get a marker with whether the map shows all of itself, and whether there
/// are too many matches to mark.
fn active_markers(
    directory: StoredValue<Directory>,
    members: &[usize],
    matches: Signal<Vec<usize>>,
) -> (StoredValue<Vec<bool>>, Markers, Memo<bool>) {
    let mut on_map = vec![false; directory.with_value(|d| d.offices.len())];
    members.iter().for_each(|&i| on_map[i] = true);
    let on_map = StoredValue::new(on_map);
    let total = members.len();
    let crowded = Memo::new(move |_| {
        matches
            .try_with(|m| {
                on_map.with_value(|on| m.iter().filter(|&&i| on[i]).nth(MARKER_LIMIT).is_some())
            })
            .unwrap_or_default()
    });
    let active = Memo::new(move |_| {
        if crowded.get() {
            return (Vec::new(), true);
        }
        let here = matches
            .try_with(|m| {
                on_map.with_value(|on| m.iter().copied().filter(|&i| on[i]).collect::<Vec<_>>())
            })
            .unwrap_or_default();
        let whole = here.len() == total;
        (here, whole)
    });
    (on_map, active, crowded)
}

/// Where an office lands on a map, in percent of its box.
fn office_place(
    directory: StoredValue<Directory>,
    frame: Frame,
    index: usize,
) -> Option<(f64, f64)> {
    directory.with_value(|d| frame.place(d.offices[index].lat, d.offices[index].lon))
}

/// The drawing with its markers, moved and scaled by the view: for a keyboard one
/// listbox, for a pointer a target per marker.
#[component]
fn MapCanvas(
    title: fn(&Ui) -> &'static str,
    outline: Locator,
    directory: StoredValue<Directory>,
    members: Vec<usize>,
    on_map: StoredValue<Vec<bool>>,
    active: Markers,
    shown: Memo<View>,
    highlight: RwSignal<Option<String>>,
    selected: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let Locator {
        width,
        height,
        paths,
        frame,
        ..
    } = outline;
    let place = move |index: usize| office_place(directory, frame, index);
    let dots = dots_path(&members, width, height, place);
    // The marker the keyboard is on.
    let cursor = RwSignal::new(None::<usize>);
    let on_key = map_keys(directory, place, active, shown, cursor, selected);
    let named = named_marker(directory, on_map, highlight, cursor);
    let canvas = NodeRef::<Div>::new();
    follow_map_marks(canvas, directory, highlight, cursor, selected);
    let has_markers = Memo::new(move |_| active.with(|(m, _)| !m.is_empty()));
    let label = move || {
        has_markers
            .get()
            .then(|| format!("{}. {}", title(i18n.t()), i18n.t().map_keys))
    };
    let view_style = move || {
        let View { zoom, left, top } = shown.get();
        format!("--z:{zoom:.3};--l:{left:.2}%;--t:{top:.2}%")
    };
    view! {
        <div
            node_ref=canvas
            class="map-canvas"
            style:aspect-ratio=format!("{width} / {height}")
            // A listbox needs options: with no marker it is a plain drawing.
            role=move || has_markers.get().then_some("listbox")
            tabindex=move || has_markers.get().then_some("0")
            aria-label=label
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
                <MapDrawing width height paths dots />
                <For each=move || active.get().0 key=|index| *index let:index>
                    {place(index).map(|at| view! { <MapMarker directory index at highlight selected cursor /> })}
                </For>
            </div>
            <MarkerName directory frame named shown />
        </div>
    }
}

/// One path of zero-length round-capped strokes: a dot per office in one element, so a
/// zoom restyles one element, not one per office (10,000 in the benchmark).
fn dots_path(
    members: &[usize],
    width: f64,
    height: f64,
    place: impl Fn(usize) -> Option<(f64, f64)>,
) -> String {
    members
        .iter()
        .filter_map(|&index| place(index))
        .map(|(x, y)| format!("M{:.1} {:.1}h0", x * width / 100.0, y * height / 100.0))
        .collect()
}

/// The map's outlines and a faint dot for every office on it.
#[component]
fn MapDrawing(width: f64, height: f64, paths: Vec<String>, dots: String) -> impl IntoView {
    let shapes = paths
        .into_iter()
        .map(|d| view! { <path d=d /> })
        .collect_view();
    view! {
        <svg viewBox=format!("0 0 {width} {height}") aria-hidden="true" focusable="false">
            {shapes}
            <path class="dots" d=dots />
        </svg>
    }
}

/// The marker the keyboard is on, else the office pointed at (here or in the list) if
/// it is on this map.
fn named_marker(
    directory: StoredValue<Directory>,
    on_map: StoredValue<Vec<bool>>,
    highlight: RwSignal<Option<String>>,
    cursor: RwSignal<Option<usize>>,
) -> Memo<Option<usize>> {
    Memo::new(move |_| {
        cursor.get().or_else(|| {
            let id = highlight.get()?;
            directory
                .with_value(|d| d.offices.iter().position(|o| o.id == id))
                .filter(|&i| on_map.with_value(|on| on[i]))
        })
    })
}

/// The name of the `named` marker beside it, while it is in view.
#[component]
fn MarkerName(
    directory: StoredValue<Directory>,
    frame: Frame,
    named: Memo<Option<usize>>,
    shown: Memo<View>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let index = named.get()?;
        let (x, y) = shown.get().show(office_place(directory, frame, index)?)?;
        let name = directory.with_value(|d| d.offices[index].name.get(i18n.lang.get()).to_string());
        Some(view! {
            <span class="marker-name" aria-hidden="true" style:left=format!("{x:.2}%") style:top=format!("{y:.2}%")>
                {name}
            </span>
        })
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
    active: Markers,
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
