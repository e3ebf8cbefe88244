use leptos::either::Either;
use leptos::html::Div;
use leptos::prelude::*;

use crate::components::marks::{follow_marks, highlight_class, marked_now, office_selector};

use crate::components::office_list::{office_of, office_summary, point_at};
use crate::i18n::{localized, use_i18n, Ui};
use crate::model::directory::map::Locator;
use crate::model::directory::Directory;
use crate::model::site::route::office_href;

/// Most markers a map makes interactive at once; a bigger result set shows the rest as
/// plain dots, so a keystroke costs the same with 75 offices or 10,000.
const MARKER_LIMIT: usize = 80;

/// An inline SVG map of offices. Every office on the map is a faint dot in the drawing;
/// those that match the search are also markers over it. For a pointer each marker is
/// a target; for a keyboard the map is one tab stop (a listbox whose options are the
/// markers): arrow keys move to the nearest marker that way, which shows its name, and
/// Enter chooses it. The markers themselves take no focus, so 67 clustered branches are
/// not 67 tiny targets (WCAG 2.5.8); the list beside the map is the same choice.
#[component]
pub fn OfficeMap(
    title: fn(&Ui) -> &'static str,
    /// `world` or `japan`, for styling.
    variant: &'static str,
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
    let place = move |index: usize| {
        directory.with_value(|d| frame.place(d.offices[index].lat, d.offices[index].lon))
    };
    let shapes = paths
        .into_iter()
        .map(|d| view! { <path d=d /> })
        .collect_view();
    let dots = members
        .iter()
        .filter_map(|&index| place(index))
        .map(|(x, y)| view! { <circle class="dot" cx=x * width / 100.0 cy=y * height / 100.0 r=width / 320.0 /> })
        .collect_view();
    let mut on_map = vec![false; directory.with_value(|d| d.offices.len())];
    members.iter().for_each(|&i| on_map[i] = true);
    let on_map = StoredValue::new(on_map);
    let active = Memo::new(move |_| {
        let pick = |m: &Vec<usize>| {
            on_map.with_value(|on| {
                m.iter()
                    .copied()
                    .filter(|&i| on[i])
                    .take(MARKER_LIMIT)
                    .collect::<Vec<_>>()
            })
        };
        matches.try_with(pick).unwrap_or_default()
    });
    // The marker the keyboard is on.
    let cursor = RwSignal::new(None::<usize>);
    // Only the marker the keyboard is on carries an id (for `aria-activedescendant`).
    let marker_id =
        move |index: usize| directory.with_value(|d| format!("marker-{}", d.offices[index].id));
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let key = ev.key();
        let step = match key.as_str() {
            "ArrowRight" => Some((1.0, 0.0)),
            "ArrowLeft" => Some((-1.0, 0.0)),
            "ArrowDown" => Some((0.0, 1.0)),
            "ArrowUp" => Some((0.0, -1.0)),
            _ => None,
        };
        let markers: Vec<(usize, (f64, f64))> = active
            .get_untracked()
            .into_iter()
            .filter_map(|i| Some((i, place(i)?)))
            .collect();
        let from = cursor
            .get_untracked()
            .and_then(|c| markers.iter().find(|(i, _)| *i == c));
        let next = match (step, from) {
            (Some(_), None) => markers.first().map(|(i, _)| *i),
            (Some(direction), Some(&(_, at))) => nearest(&markers, at, direction),
            (None, _) if key == "Enter" || key == " " => {
                if let Some(index) = cursor.get_untracked() {
                    selected.set(Some(directory.with_value(|d| d.offices[index].id.clone())));
                    ev.prevent_default();
                }
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        if next.is_some() {
            cursor.set(next);
        }
    };
    // The name of the marker the keyboard is on, else of the office pointed at (here
    // or in the list), if it is on this map.
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
        let (x, y) = place(index)?;
        let name = directory.with_value(|d| d.offices[index].name.get(i18n.lang.get()).to_string());
        Some(view! {
            <span class="marker-name" aria-hidden="true" style:left=format!("{x:.2}%") style:top=format!("{y:.2}%")>
                {name}
            </span>
        })
    };
    let marker = move |index: usize| {
        let (x, y) = place(index)?;
        let id = directory.with_value(|d| d.offices[index].id.clone());
        // Plain text: the map lives in an island, whose language is fixed.
        let name = directory.with_value(|d| {
            d.offices[index]
                .name
                .get(i18n.lang.get_untracked())
                .to_string()
        });
        let highlighted = marked_now(highlight, &id) || cursor.get_untracked() == Some(index);
        // Made with the state of the moment; `follow_marks` keeps it up to date.
        Some(view! {
            <span
                class=if highlighted { "marker is-highlighted" } else { "marker" }
                id=(cursor.get_untracked() == Some(index)).then(|| marker_id(index))
                data-office=id.clone()
                role="option"
                aria-label=name
                aria-selected=marked_now(selected, &id).then_some("true")
                style:left=format!("{x:.2}%")
                style:top=format!("{y:.2}%")
            ></span>
        })
    };
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
    let canvas = NodeRef::<Div>::new();
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
                marker.set_attribute("id", &format!("marker-{id}"))
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
    view! {
        <figure class=format!("office-map office-map-{variant}")>
            <figcaption>{move || title(i18n.t())}</figcaption>
            <div
                node_ref=canvas
                class="map-canvas"
                style:aspect-ratio=format!("{width} / {height}")
                // A listbox needs options: with no marker it is a plain drawing.
                role=move || (!active.with(Vec::is_empty)).then_some("listbox")
                tabindex=move || (!active.with(Vec::is_empty)).then_some("0")
                aria-label=move || {
                    (!active.with(Vec::is_empty))
                        .then(|| format!("{}. {}", title(i18n.t()), i18n.t().map_keys))
                }
                aria-activedescendant=move || cursor.get().map(marker_id)
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
                <svg viewBox=format!("0 0 {width} {height}") aria-hidden="true" focusable="false">
                    {shapes}
                    {dots}
                </svg>
                <For each=move || active.get() key=|index| *index let:index>
                    {marker(index)}
                </For>
                {cursor_label}
            </div>
            <p class="map-selection" aria-live="polite">
                {move || match chosen() {
                    Some((href, name, summary)) => {
                        Either::Left(view! {
                            <a href=href>{name}</a>
                            " — "
                            <span>{summary}</span>
                        })
                    }
                    None => Either::Right(view! { <span class="muted">{move || i18n.t().map_note}</span> }),
                }}
            </p>
            <p class="map-credit">{localized(attribution)}</p>
        </figure>
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
    use super::nearest;

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
