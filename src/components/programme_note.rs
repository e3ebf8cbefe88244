//! What the visitor's day means for applying, said first on every JET page. The
//! content describes one programme year; pages are prerendered without a clock, so a
//! dated line carries a variant for each stretch of days (`data-on`) and one true on
//! any day, and `site.js` shows the visitor's (`data-dated`). A view drawn after mount
//! knows the day and writes only its line.

use leptos::prelude::*;

use crate::components::ext_link::ExtLink;
use crate::i18n::{fill, localized, use_i18n, Ui};
use crate::model::date::{spans_attr, Date};
use crate::model::jet::cycle::{
    applications_year, cycle_days, horizon, CycleDay, Described, Phase,
};
use crate::model::jet::Programme;

/// Whether applications are open on the visitor's day, first; which programme year
/// the site describes and where the current rules are, one tap away.
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
                <CycleCovers described=programme.year />
                <p>{t.programme_note} " " <ExtLink url>{localized(label)}</ExtLink></p>
            </details>
        </div>
    }
}

/// "Applications for the 2027 programme have closed …" for the visitor's day; without
/// a clock (no scripts, or a day past the horizon), the sentence true on any day.
#[component]
pub fn CycleLine(described: u16, #[prop(default = None)] today: Option<Date>) -> impl IntoView {
    let t = use_i18n().ui();
    let undated = t.cycle_undated.to_string();
    view! {
        <p class="programme-when" data-dated="">
            {dated(described, today, undated, move |day| {
                view! { <strong>{phase_text(t, day)}</strong> }.into_any()
            })}
        </p>
    }
}

/// Which programme year the content describes, against the visitor's day.
#[component]
pub fn CycleCovers(described: u16) -> impl IntoView {
    let t = use_i18n().ui();
    let undated = fill(
        t.programme_undated,
        &[
            ("year", &described.to_string()),
            ("applied", &applications_year(described).to_string()),
        ],
    );
    view! {
        <p data-dated="">
            {dated(described, None, undated, move |day| covers_text(t, day, described).into_any())}
        </p>
    }
}

/// The variants of a dated line: the undated sentence, then one per stretch of days;
/// or, when the day is known, that day's alone.
fn dated(
    described: u16,
    today: Option<Date>,
    undated: String,
    line: impl Fn(CycleDay) -> AnyView,
) -> impl IntoView {
    let (first, last) = horizon(described);
    if let Some(day) = today.filter(|day| (first..=last).contains(day)) {
        return line(CycleDay::on(day, described)).into_any();
    }
    let lines = cycle_days(described, (first, last))
        .into_iter()
        .map(|(day, spans)| {
            view! { <span data-on=spans_attr(&spans) class="variant-hidden">{line(day)}</span> }
        })
        .collect_view();
    view! {
        <span>{undated}</span>
        {lines}
    }
    .into_any()
}

fn years(day: CycleDay, described: u16) -> [(&'static str, String); 4] {
    [
        ("cycle", day.cycle.to_string()),
        ("applied", day.applications_year().to_string()),
        ("next", (day.cycle + 1).to_string()),
        ("year", described.to_string()),
    ]
}

fn filled(text: &str, day: CycleDay, described: u16) -> String {
    let years = years(day, described);
    let pairs: Vec<(&str, &str)> = years.iter().map(|(k, v)| (*k, v.as_str())).collect();
    fill(text, &pairs)
}

/// Where applications stand on a day.
fn phase_text(t: &Ui, day: CycleDay) -> String {
    let text = match day.phase {
        Phase::Opening => t.cycle_opening,
        Phase::Closing => t.cycle_closing,
        Phase::Closed => t.cycle_closed,
    };
    filled(text, day, day.cycle)
}

/// What the content covers against the cycle under way.
fn covers_text(t: &Ui, day: CycleDay, described: u16) -> String {
    let text = match day.described {
        Described::This => t.cycle_this,
        Described::Earlier => t.cycle_earlier,
        Described::Later => t.cycle_later,
    };
    filled(text, day, described)
}
