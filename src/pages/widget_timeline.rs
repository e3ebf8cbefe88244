use leptos::prelude::*;
use leptos_meta::Title;

use crate::browser::today;
use crate::components::ext_link::ExtLink;
use crate::components::jet_nav::ProgrammeAge;
use crate::components::jet_stages::{now_text, stage_list};
use crate::components::loaded::Loaded;
use crate::components::widget_frame::WidgetFrame;
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
    let options = expect_context::<Options>();
    let timeline = data::jet_timeline();
    let country = options.country.clone();
    view! {
        <Title text=move || i18n.t().widget_timeline_title.to_string() />
        <WidgetFrame options>
            <Loaded
                resource=timeline
                view=move |timeline: Timeline| view! { <Cycle timeline country=country.clone() /> }
            />
        </WidgetFrame>
    }
}

#[component]
fn Cycle(timeline: Timeline, country: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang;
    let dates = country.and_then(|c| latest(&timeline.countries, &c).cloned());
    let day = RwSignal::new(None::<Date>);
    Effect::new(move |_| day.set(today()));
    let stages = StoredValue::new(timeline.stages.clone());
    let chosen = dates.clone();
    let placement = Memo::new(move |_| {
        let today = day.get()?;
        stages.with_value(|s| place(s, chosen.as_ref(), today))
    });
    let banner = move || {
        placement.get().map(|p| {
            let text = now_text(i18n.t(), &p.now, p.programme_year, lang.get());
            view! { <p class="now-banner">{text}</p> }
        })
    };
    let title = {
        let name = dates.as_ref().map(|d| d.name.clone());
        move || match &name {
            Some(name) => fill(
                i18n.t().widget_timeline_for,
                &[("country", name.get(lang.get()))],
            ),
            None => i18n.t().widget_timeline_title.to_string(),
        }
    };
    let items = move || {
        let current = placement.with(|p| p.as_ref().map(|p| p.current.clone()).unwrap_or_default());
        stages.with_value(|stages| stage_list(stages, dates.as_ref(), &current, day.get()))
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
