//! What the visitor's day means for applying, said first on every JET page. The
//! content describes one programme year; pages are prerendered without a clock, so the
//! note carries a line for each stretch of days (`data-on`) and one line true on any
//! day, and `site.js` shows the visitor's (`data-dated`).

use leptos::prelude::*;

use crate::components::ext_link::ExtLink;
use crate::i18n::{fill, localized, use_i18n, Ui};
use crate::model::date::spans_attr;
use crate::model::jet::cycle::{
    applications_year, cycle_days, horizon, CycleDay, Described, Phase,
};
use crate::model::jet::Programme;

/// The day's line, then where the current rules are published and, for reference, the
/// official page the content links.
#[component]
pub fn ProgrammeNote(programme: Programme) -> impl IntoView {
    let t = use_i18n().ui();
    let url = programme.guidelines.url;
    let label = programme.guidelines.label;
    view! {
        <div class="programme-note" role="note" aria-label=t.programme_note_label>
            <CycleLine described=programme.year />
            <details>
                <summary>{t.programme_more}</summary>
                <p>{t.programme_note} " " <ExtLink url>{localized(label)}</ExtLink></p>
            </details>
        </div>
    }
}

/// "Applications for the 2027 programme have closed …" for the visitor's day; without
/// a clock (no scripts, or a day past the horizon), the sentence true on any day.
#[component]
pub fn CycleLine(described: u16) -> impl IntoView {
    let t = use_i18n().ui();
    let lines = cycle_days(described, horizon(described))
        .into_iter()
        .map(|(day, spans)| {
            let (phase, covers) = cycle_text(t, day, described);
            // "{phase} {covers}": the phase stands out, in each language's spacing.
            let line = fill(t.cycle_line, &[("covers", &covers)]);
            let (before, after) = line.split_once("{phase}").unwrap_or(("", &line));
            view! {
                <span data-on=spans_attr(&spans) class="variant-hidden">
                    {before.to_string()}
                    <strong>{phase}</strong>
                    {after.to_string()}
                </span>
            }
        })
        .collect_view();
    let undated = fill(
        t.programme_undated,
        &[
            ("year", &described.to_string()),
            ("applied", &applications_year(described).to_string()),
        ],
    );
    view! {
        <p class="programme-when" data-dated="">
            <span>{undated}</span>
            {lines}
        </p>
    }
}

/// Where applications stand on a day, and what the content covers against it.
fn cycle_text(t: &Ui, day: CycleDay, described: u16) -> (String, String) {
    let years = [
        ("cycle", day.cycle.to_string()),
        ("applied", day.applications_year().to_string()),
        ("next", (day.cycle + 1).to_string()),
        ("year", described.to_string()),
    ];
    let years: Vec<(&str, &str)> = years.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let phase = match day.phase {
        Phase::Opening => t.cycle_opening,
        Phase::Closing => t.cycle_closing,
        Phase::Closed => t.cycle_closed,
    };
    let covers = match day.described {
        Described::This => t.cycle_this,
        Described::Earlier => t.cycle_earlier,
        Described::Later => t.cycle_later,
    };
    (fill(phase, &years), fill(covers, &years))
}
