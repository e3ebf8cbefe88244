use leptos::either::Either;
use leptos::prelude::*;

use crate::components::office_list::office_summary;
use crate::i18n::{localized, use_i18n, Ui};
use crate::model::directory::map::Locator;
use crate::model::directory::Directory;
use crate::model::load::LoadError;
use crate::model::site::route::office_href;

/// Most markers a map makes interactive at once; a bigger result set shows the rest as
/// plain dots, so a keystroke costs the same with 75 offices or 10,000.
const MARKER_LIMIT: usize = 120;

/// An inline SVG map of offices. Every office on the map is a faint dot in the drawing;
/// those that match the search are also markers over it that a pointer can choose.
/// The list beside the map is the same choice for keyboards and screen readers (and
/// highlights the marker of the office in focus), so the markers stay out of the tab
/// order and the accessibility tree: 67 branches cluster too tightly on a phone-sized
/// map to be separate 24 px targets (WCAG 2.5.8, equivalent control).
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
    let active = Memo::new(move |_| {
        matches
            .try_with(|m| {
                m.iter()
                    .copied()
                    .filter(|&i| on_map[i])
                    .take(MARKER_LIMIT)
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let marker = move |index: usize| {
        let (x, y) = place(index)?;
        let id = directory.with_value(|d| d.offices[index].id.clone());
        let name = move || {
            directory.with_value(|d| d.offices[index].name.get(i18n.lang.get()).to_string())
        };
        let is = move |signal: RwSignal<Option<String>>, id: &str| {
            signal
                .try_with(|s| s.as_deref() == Some(id))
                .unwrap_or(false)
        };
        let (hl_id, sel_id, enter_id, click_id) = (id.clone(), id.clone(), id.clone(), id);
        Some(view! {
            <span
                class="marker"
                class:is-highlighted=move || is(highlight, &hl_id)
                class:is-selected=move || is(selected, &sel_id)
                style:left=format!("{x:.2}%")
                style:top=format!("{y:.2}%")
                title=name
                aria-hidden="true"
                on:mouseenter=move |_| highlight.set(Some(enter_id.clone()))
                on:mouseleave=move |_| highlight.set(None)
                on:click=move |_| selected.set(Some(click_id.clone()))
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
    view! {
        <figure class=format!("office-map office-map-{variant}")>
            <figcaption>{move || title(i18n.t())}</figcaption>
            <div class="map-canvas" style:aspect-ratio=format!("{width} / {height}")>
                <svg viewBox=format!("0 0 {width} {height}") aria-hidden="true" focusable="false">
                    {shapes}
                    {dots}
                </svg>
                <For each=move || active.get() key=|index| *index let:index>
                    {marker(index)}
                </For>
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

/// A small map with one office's approximate position, drawn once the browser has
/// loaded the outlines; its box is reserved so nothing moves when it appears.
#[component]
pub fn OfficeLocator(
    map: LocalResource<Result<Locator, LoadError>>,
    /// Which outline it is: the Japan map is tall, the world map wide.
    japan: bool,
    lat: f64,
    lon: f64,
    label: Signal<String>,
) -> impl IntoView {
    let drawing = move || {
        let Some(Ok(Locator {
            width,
            height,
            paths,
            frame,
            ..
        })) = map.get()
        else {
            return None;
        };
        let (x, y) = frame.place(lat, lon)?;
        let shapes = paths
            .into_iter()
            .map(|d| view! { <path d=d /> })
            .collect_view();
        Some(view! {
            <svg viewBox=format!("0 0 {width} {height}") role="img" aria-label=move || label.get()>
                {shapes}
                <circle class="locator-dot" cx=x * width / 100.0 cy=y * height / 100.0 r=width / 90.0 />
            </svg>
        })
    };
    // Its own Suspense: the outlines never load while prerendering, and the rest of
    // the page must not wait for them.
    view! {
        <div class="office-locator" class:is-japan=japan class:is-world=!japan>
            <Suspense fallback=|| ()>{drawing}</Suspense>
        </div>
    }
}
