use leptos::prelude::*;
use leptos_meta::Title;

use crate::browser::today;
use crate::components::ext_link::ExtLink;
use crate::components::island_slot::IslandSlot;
use crate::components::jet_nav::ProgrammeAge;
use crate::components::jet_stages::{now_text, stage_list};
use crate::components::loaded::ready;
use crate::components::widget_frame::{widget_options, WidgetFrame};
use crate::data;
use crate::i18n::{fill, localized, use_i18n};
use crate::model::date::Date;
use crate::model::jet::timeline::{latest, place};
use crate::model::jet::Timeline;
use crate::model::site::embed::Options;
use crate::model::site::route::{href, Page};

/// `/embed/jet-timeline/`: the yearly JET cycle for the partner's country.
#[component]
pub fn WidgetTimelinePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || i18n.t().widget_timeline_title.to_string() />
        <IslandSlot needs="jet/timeline.json">
            <TimelineWidget />
        </IslandSlot>
    }
}

/// The whole widget: its language, looks and country come from the URL.
#[cfg_attr(not(feature = "bundle-site"), island)]
#[cfg_attr(feature = "bundle-site", component)]
fn TimelineWidget() -> impl IntoView {
    let options = widget_options(|t| t.widget_timeline_title);
    view! {
        <WidgetFrame options>
            {ready(data::now::<Timeline>("jet/timeline.json"), move |timeline| {
                view! { <Cycle timeline options /> }
            })}
        </WidgetFrame>
    }
}

#[component]
fn Cycle(timeline: Timeline, options: ReadSignal<Options>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang;
    let countries = StoredValue::new(timeline.countries.clone());
    let dates = Memo::new(move |_| {
        let code = options.with(|o| o.country.clone())?;
        countries.with_value(|c| latest(c, &code).cloned())
    });
    let day = RwSignal::new(None::<Date>);
    Effect::new(move |_| day.set(today()));
    let stages = StoredValue::new(timeline.stages.clone());
    let placement = Memo::new(move |_| {
        let today = day.get()?;
        dates.with(|d| stages.with_value(|s| place(s, d.as_ref(), today)))
    });
    let banner = move || {
        placement.get().map(|p| {
            let text = now_text(i18n.t(), &p.now, p.programme_year, lang.get());
            view! { <p class="now-banner">{text}</p> }
        })
    };
    let title = move || match dates.with(|d| d.as_ref().map(|d| d.name.clone())) {
        Some(name) => fill(
            i18n.t().widget_timeline_for,
            &[("country", name.get(lang.get()))],
        ),
        None => i18n.t().widget_timeline_title.to_string(),
    };
    let items = move || {
        let current = placement.with(|p| p.as_ref().map(|p| p.current.clone()).unwrap_or_default());
        dates.with(|d| {
            stages.with_value(|stages| stage_list(stages, d.as_ref(), &current, day.get()))
        })
    };
    let year = timeline.programme.year.to_string();
    let programme = timeline.programme.clone();
    view! {
        <h1 class="widget-title">{title}</h1>
        <p class="widget-note">
            {move || fill(i18n.t().programme_note, &[("year", &year)])}
            " "
            <ExtLink url=timeline.programme.guidelines.url.clone() new_tab=true>
                {localized(timeline.programme.guidelines.label.clone())}
            </ExtLink>
        </p>
        <ProgrammeAge programme />
        <div class="now" role="status">{banner}</div>
        <h2 class="visually-hidden" id="cycle-heading">{move || i18n.t().timeline_cycle}</h2>
        <ol class="timeline" aria-labelledby="cycle-heading">{items}</ol>
        <p>
            <a href=move || href(lang.get(), Page::JetTimeline) target="_blank" rel="noopener">
                {move || i18n.t().widget_full_timeline}
            </a>
        </p>
    }
}
