//! The yearly cycle as the timeline page and its widget show it. Both are prerendered
//! without a clock, so each thing "today" changes is written once per variant with
//! the days it holds on (`data-shown-on`, `data-current-on`); `site.js` shows the
//! visitor's and counts the days (`data-days-to`).

use leptos::prelude::*;

use crate::i18n::{fill, use_i18n, Ui};
use crate::model::date::{spans_attr, Date, Span};
use crate::model::jet::timeline::{Now, Schedule};
use crate::model::jet::{CountryDates, Milestone, Stage};
use crate::model::lang::Lang;

/// An id of one variant of a page that holds a variant per country: `cycle-heading`
/// for the general one, `cycle-heading-us` for the United States.
pub fn variant_id(name: &str, country: &str) -> String {
    if country.is_empty() {
        name.to_string()
    } else {
        format!("{name}-{}", country.to_ascii_lowercase())
    }
}

/// The banner under the picker: every wording the horizon needs, all hidden until
/// `site.js` shows the one for today.
pub fn banners(schedule: &Schedule) -> impl IntoView {
    let i18n = use_i18n();
    let (t, lang) = (i18n.ui(), i18n.lang.get_untracked());
    let lines = schedule
        .banners()
        .into_iter()
        .map(|((year, now), spans)| {
            view! {
                <p class="now-banner" data-shown-on=spans_attr(&spans) hidden>
                    {now_line(t, &now, year, lang)}
                </p>
            }
        })
        .collect_view();
    view! { <div class="now" role="status">{lines}</div> }
}

/// "Applications close in 10 days (15 November 2024)" and the like; the number of days
/// is the page's, from the visitor's clock.
fn now_line(t: &Ui, now: &Now, year: u16, lang: Lang) -> AnyView {
    let dated = |template: &str, date: &Date| fill(template, &[("date", &date.display(lang))]);
    match now {
        Now::ClosesIn { days: 0, deadline } => dated(t.now_closes_today, deadline).into_any(),
        Now::ClosesIn { days: 1, deadline } => dated(t.now_closes_tomorrow, deadline).into_any(),
        Now::ClosesIn { deadline, .. } => counted(&dated(t.now_closes_in, deadline), deadline),
        Now::OpensOn { days: 1, opens } => dated(t.now_opens_tomorrow, opens).into_any(),
        Now::OpensOn { opens, .. } => counted(&dated(t.now_opens_in, opens), opens),
        Now::UsuallyOpen => fill(t.now_usually_open, &[("year", &year.to_string())]).into_any(),
        Now::NextOpens { year: y, month } => fill(
            t.now_next_opens,
            &[("when", &Date::month_display(*y, *month, lang))],
        )
        .into_any(),
    }
}

/// A text whose `{days}` the page fills with the days left until `to`.
fn counted(text: &str, to: &Date) -> AnyView {
    let (before, after) = text.split_once("{days}").unwrap_or((text, ""));
    view! {
        {before.to_string()}
        <span data-days-to=to.iso()>"…"</span>
        {after.to_string()}
    }
    .into_any()
}

/// Every stage of the cycle with the chosen country's dates for it, each marked as
/// under way on its days. Shared by the timeline page and its widget.
pub fn stage_list(
    stages: &[Stage],
    dates: Option<&CountryDates>,
    schedule: &Schedule,
) -> impl IntoView {
    let past = dates.map(|d| (d.programme_year, schedule.past()));
    stages
        .iter()
        .enumerate()
        .map(|(i, stage)| {
            let milestones: Vec<Milestone> = dates
                .map(|d| {
                    d.milestones
                        .iter()
                        .filter(|m| m.stage == stage.id)
                        .cloned()
                        .collect()
                })
                .unwrap_or_default();
            let last_cycle = past
                .clone()
                .filter(|(_, spans)| !milestones.is_empty() && !spans.is_empty());
            view! {
                <StageItem stage=stage.clone() milestones current=schedule.current(i) last_cycle />
            }
        })
        .collect_view()
}

/// One stage of the yearly cycle with a country's dates for it; `current` are the days
/// it is under way. `last_cycle` names the programme year and the days on which those
/// dates have all passed, so they then read as the last published cycle.
#[component]
fn StageItem(
    stage: Stage,
    milestones: Vec<Milestone>,
    current: Vec<Span>,
    last_cycle: Option<(u16, Vec<Span>)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (t, lang) = (i18n.ui(), i18n.lang.get_untracked());
    let past = last_cycle.map(|(year, spans)| {
        view! {
            <p class="milestones-label" data-shown-on=spans_attr(&spans) hidden>
                {fill(t.timeline_past_label, &[("year", &year.to_string())])}
            </p>
        }
    });
    let dates = (!milestones.is_empty()).then(|| {
        let items = milestones
            .into_iter()
            .map(|m| {
                let shown = Date::parse(&m.date)
                    .map(|d| d.display(lang))
                    .unwrap_or_default();
                let time = m.time.map(|time| {
                    view! { " " <span class="milestone-time">{time.get(lang).to_string()}</span> }
                });
                view! {
                    <li>
                        <time datetime=m.date.clone()>{shown}</time>
                        " — "
                        {m.label.get(lang).to_string()}
                        {time}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="milestones">{items}</ul> }
    });
    let current = (!current.is_empty()).then(|| spans_attr(&current));
    view! {
        <li class="stage" data-current-on=current>
            <h3>{stage.name.get(lang).to_string()} " " <span class="you-are-here">{t.timeline_now}</span></h3>
            <p class="stage-timing">{stage.timing.get(lang).to_string()}</p>
            <p>{stage.description.get(lang).to_string()}</p>
            {past}
            {dates}
        </li>
    }
}
