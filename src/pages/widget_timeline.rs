use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::ext_link::ExtLink;
use crate::components::jet_stages::{banners, stage_list, variant_id};
use crate::components::loaded::ready;
use crate::components::programme_note::{CycleCovers, CycleLine};
use crate::components::widget_frame::WidgetFrame;
use crate::data;
use crate::i18n::{fill, use_i18n};
use crate::model::date::Date;
use crate::model::jet::timeline::{by_country, horizon, Schedule};
use crate::model::jet::{CountryDates, Programme, Stage, Timeline};
use crate::model::site::route::{href, Page};

/// `/embed/jet-timeline/`: the yearly JET cycle for the partner's country. Static, like
/// the timeline page: a variant per country, which `site.js` picks from `?country=`.
#[component]
pub fn WidgetTimelinePage() -> impl IntoView {
    let t = use_i18n().ui();
    view! {
        <Title text=t.widget_timeline_title />
        {ready(data::now::<Timeline>(), |timeline| {
            view! { <WidgetFrame><Cycles timeline /></WidgetFrame> }
        })}
    }
}

#[component]
fn Cycles(timeline: Timeline) -> impl IntoView {
    let i18n = use_i18n();
    let (t, lang) = (i18n.ui(), i18n.lang.get_untracked());
    let horizon = horizon(&timeline);
    let Timeline {
        programme,
        stages,
        countries,
        ..
    } = timeline;
    let cycle = |dates: Option<CountryDates>| {
        view! { <Cycle programme=programme.clone() stages=stages.clone() dates horizon /> }
    };
    let general = cycle(None);
    let variants = by_country(&countries)
        .into_iter()
        .map(|dates| cycle(Some(dates)))
        .collect_view();
    view! {
        <div data-variants="country">{general} {variants}</div>
        <p>
            <a href=href(lang, Page::JetTimeline) target="_blank" rel="noopener">{t.widget_full_timeline}</a>
        </p>
    }
}

/// One country's cycle (or the general pattern) with today on it.
#[component]
fn Cycle(
    programme: Programme,
    stages: Vec<Stage>,
    dates: Option<CountryDates>,
    horizon: (Date, Date),
) -> impl IntoView {
    let i18n = use_i18n();
    let (t, lang) = (i18n.ui(), i18n.lang.get_untracked());
    let schedule = Schedule::new(&stages, dates.as_ref(), horizon);
    let code = dates
        .as_ref()
        .map(|d| d.country.clone())
        .unwrap_or_default();
    let title = match &dates {
        Some(d) => fill(t.widget_timeline_for, &[("country", d.name.get(lang))]),
        None => t.widget_timeline_title.to_string(),
    };
    let heading = variant_id("cycle-heading", &code);
    let guidelines = programme.guidelines.clone();
    view! {
        <div data-variant=code.clone() hidden=!code.is_empty()>
            <h1 class="widget-title">{title}</h1>
            <CycleLine described=programme.year />
            <CycleCovers described=programme.year />
            <p class="widget-note">
                {t.programme_note}
                " "
                <ExtLink url=guidelines.url new_tab=true>{guidelines.label.get(lang).to_string()}</ExtLink>
            </p>
            {banners(&schedule)}
            <h2 class="visually-hidden" id=heading.clone()>{t.timeline_cycle}</h2>
            <ol class="timeline" aria-labelledby=heading>
                {stage_list(&stages, dates.as_ref(), &schedule)}
            </ol>
        </div>
    }
}
