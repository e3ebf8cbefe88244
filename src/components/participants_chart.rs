use leptos::prelude::*;

use crate::i18n::{fill, use_i18n};
use crate::model::jet::{thousands, Participants};

const WIDTH: f32 = 640.0;
const HEIGHT: f32 = 220.0;
const AXIS: f32 = 24.0;

/// One bar: its year, left edge, width, top and height in the SVG's units.
#[derive(Clone)]
struct Bar {
    year: u16,
    count: Option<u32>,
    x: f32,
    width: f32,
    y: f32,
    height: f32,
}

fn bars(participants: &Participants) -> Vec<Bar> {
    let max = participants.peak().map_or(1, |(_, c)| c.max(1)) as f32;
    let slot = WIDTH / participants.series.len().max(1) as f32;
    participants
        .series
        .iter()
        .enumerate()
        .map(|(i, y)| {
            let height = y
                .count
                .map_or(0.0, |c| c as f32 / max * (HEIGHT - AXIS - 8.0));
            Bar {
                year: y.year,
                count: y.count,
                x: i as f32 * slot + slot * 0.15,
                width: slot * 0.7,
                y: HEIGHT - AXIS - height,
                height,
            }
        })
        .collect()
}

/// Participants per year as a bar chart, summed up in its caption, with the figures as
/// a table for anyone who prefers (or needs) them.
#[component]
pub fn ParticipantsChart(participants: Participants) -> impl IntoView {
    let i18n = use_i18n();
    let first = participants.known().next();
    let last = participants.known().last();
    let peak = participants.peak();
    let summary = move || {
        let (Some(first), Some(last), Some(peak)) = (first, last, peak) else {
            return String::new();
        };
        fill(
            i18n.t().chart_summary,
            &[
                ("first_year", &first.0.to_string()),
                ("first", &thousands(first.1, i18n.lang.get())),
                ("peak_year", &peak.0.to_string()),
                ("peak", &thousands(peak.1, i18n.lang.get())),
                ("last_year", &last.0.to_string()),
                ("last", &thousands(last.1, i18n.lang.get())),
            ],
        )
    };
    let bars = bars(&participants);
    view! {
        // The table is beside the figure, not in it: a figure's caption comes first or last.
        <div class="chart">
            <figure>
                // The caption and the table carry the figures; the drawing adds nothing to read.
                <ChartDrawing bars=bars.clone() />
                <figcaption>{summary}</figcaption>
            </figure>
            <ChartTable bars />
        </div>
    }
}

/// The bars over their axis; a gap in the series is a short line on the axis.
#[component]
fn ChartDrawing(bars: Vec<Bar>) -> impl IntoView {
    let shapes = bars
        .into_iter()
        .map(|bar| view! { <BarShape bar /> })
        .collect_view();
    view! {
        <svg viewBox=format!("-16 0 {} {HEIGHT}", WIDTH + 32.0) aria-hidden="true" class="chart-svg">
            <line x1="0" x2=WIDTH y1=HEIGHT - AXIS y2=HEIGHT - AXIS class="chart-axis" />
            {shapes}
        </svg>
    }
}

/// One year's bar (or gap), labelled every five years and in the first year.
#[component]
fn BarShape(bar: Bar) -> impl IntoView {
    let label = (bar.year.is_multiple_of(5) || bar.year == 1987).then(|| {
        view! {
            <text x=bar.x + bar.width / 2.0 y=HEIGHT - 6.0 text-anchor="middle" class="chart-year">
                {bar.year}
            </text>
        }
    });
    let shape = match bar.count {
        Some(_) => view! {
            <rect x=bar.x y=bar.y width=bar.width height=bar.height class="chart-bar" />
        }
        .into_any(),
        None => view! {
            <line x1=bar.x x2=bar.x + bar.width y1=HEIGHT - AXIS - 2.0 y2=HEIGHT - AXIS - 2.0 class="chart-gap" />
        }
        .into_any(),
    };
    view! { <g>{shape}{label}</g> }
}

/// The figures of the chart, year by year, folded away.
#[component]
fn ChartTable(bars: Vec<Bar>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let rows = bars
        .into_iter()
        .map(|bar| {
            let count = bar.count.map_or_else(
                || "–".to_string(),
                |n| thousands(n, i18n.lang.get_untracked()),
            );
            view! {
                <tr>
                    <th scope="row">{bar.year}</th>
                    <td>{count}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <details class="chart-table">
            <summary>{t.chart_table}</summary>
            <table>
                <caption class="visually-hidden">{t.chart_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.chart_year}</th>
                        <th scope="col">{t.chart_participants}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </details>
    }
}
