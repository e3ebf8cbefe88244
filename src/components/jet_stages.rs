use leptos::prelude::*;

use crate::i18n::{fill, localized, use_i18n, Ui};
use crate::model::date::Date;
use crate::model::jet::timeline::{all_past, Now};
use crate::model::jet::{CountryDates, Milestone, Stage};
use crate::model::lang::Lang;

/// "Applications close in 10 days (15 November 2024)" and the like.
pub fn now_text(t: &Ui, now: &Now, year: u16, lang: Lang) -> String {
    match now {
        Now::ClosesIn { days: 0, deadline } => {
            fill(t.now_closes_today, &[("date", &deadline.display(lang))])
        }
        Now::ClosesIn { days, deadline } => fill(
            t.now_closes_in,
            &[
                ("days", &days.to_string()),
                ("date", &deadline.display(lang)),
            ],
        ),
        Now::OpensOn { days, opens } => fill(
            t.now_opens_in,
            &[("days", &days.to_string()), ("date", &opens.display(lang))],
        ),
        Now::UsuallyOpen => fill(t.now_usually_open, &[("year", &year.to_string())]),
        Now::NextOpens { year: y, month } => fill(
            t.now_next_opens,
            &[("when", &Date::month_display(*y, *month, lang))],
        ),
    }
}

/// Every stage of the cycle with the chosen country's dates for it; `current` are the
/// stages under way today. Shared by the timeline page and its widget.
pub fn stage_list(
    stages: &[Stage],
    dates: Option<&CountryDates>,
    current: &[usize],
    today: Option<Date>,
) -> impl IntoView {
    let last_cycle = dates
        .filter(|d| today.is_some_and(|day| all_past(d, day)))
        .map(|d| d.programme_year);
    stages
        .iter()
        .enumerate()
        .map(|(i, stage)| {
            let milestones: Vec<Milestone> = dates
                .map(|d| d.milestones.iter().filter(|m| m.stage == stage.id).cloned().collect())
                .unwrap_or_default();
            let last_cycle = last_cycle.filter(|_| !milestones.is_empty());
            view! { <StageItem stage=stage.clone() milestones current=current.contains(&i) last_cycle /> }
        })
        .collect_view()
}

/// One stage of the yearly cycle with a country's dates for it; `current` marks today.
/// `last_cycle` names the programme year when those dates have all passed, so they read
/// as the last published cycle, not as what is coming.
#[component]
fn StageItem(
    stage: Stage,
    milestones: Vec<Milestone>,
    current: bool,
    last_cycle: Option<u16>,
) -> impl IntoView {
    let i18n = use_i18n();
    let past = last_cycle.map(|year| {
        let year = year.to_string();
        view! {
            <p class="milestones-label">
                {move || fill(i18n.t().timeline_past_label, &[("year", &year)])}
            </p>
        }
    });
    let dates = (!milestones.is_empty()).then(|| {
        let items = milestones
            .into_iter()
            .map(|m| {
                let date = Date::parse(&m.date);
                let shown = move || date.map(|d| d.display(i18n.lang.get())).unwrap_or_default();
                let time = m
                    .time
                    .map(|t| view! { " " <span class="milestone-time">{localized(t)}</span> });
                view! {
                    <li>
                        <time datetime=m.date.clone()>{shown}</time>
                        " — "
                        {localized(m.label)}
                        {time}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="milestones">{items}</ul> }
    });
    let here = current
        .then(|| view! { <span class="you-are-here">{move || i18n.t().timeline_now}</span> });
    view! {
        <li class="stage" class:stage-current=current aria-current=current.then_some("step")>
            <h3>{localized(stage.name)} {here}</h3>
            <p class="stage-timing">{localized(stage.timing)}</p>
            <p>{localized(stage.description)}</p>
            {past}
            {dates}
        </li>
    }
}
