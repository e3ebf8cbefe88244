use leptos::prelude::*;

use crate::components::content_section::TextList;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::browser::{today, utc_now_stamp};
use crate::components::jet_nav::{JetNav, ProgrammeNote};
use crate::components::jet_stages::{now_text, StageItem};
use crate::components::loaded::Loaded;
use crate::components::page::PageTop;
use crate::components::sources::SourceList;
use crate::data;
use crate::i18n::{fill, localized, use_i18n};
use crate::model::date::Date;
use crate::model::jet::ics::{calendar, events};
use crate::model::jet::timeline::{latest, place};
use crate::model::jet::{CountryDates, Milestone, Timeline};
use crate::model::url::percent_encode;

/// `/jet/timeline`: the yearly cycle, a country's published dates, today on it (in the
/// browser only) and the dates as a calendar file.
#[component]
pub fn JetTimelinePage() -> impl IntoView {
    let timeline = data::jet_timeline();
    view! {
        <PageTop title=|t| t.jet_timeline_title description=|t| t.jet_timeline_meta />
        <JetNav />
        <Loaded resource=timeline view=|timeline: Timeline| view! { <TimelineView timeline /> } />
    }
}

#[component]
fn TimelineView(timeline: Timeline) -> impl IntoView {
    let i18n = use_i18n();
    let params = use_query_map();
    let location = use_location();
    let navigate = use_navigate();
    let Timeline {
        programme,
        stages,
        countries,
        notes,
        sources,
    } = timeline;
    // One entry per country, whatever number of years the data holds for it.
    let mut seen = std::collections::HashSet::new();
    let codes: Vec<(String, crate::model::lang::Text)> = countries
        .iter()
        .filter(|c| seen.insert(c.country.clone()))
        .map(|c| (c.country.clone(), c.name.clone()))
        .collect();
    let stored = StoredValue::new((stages, countries));
    // Only a country the data knows; anything else shows the general pattern.
    let chosen = Memo::new(move |_| {
        let code = params.try_with(|p| p.get("country")).flatten()?;
        stored.with_value(|(_, countries)| latest(countries, &code).cloned())
    });
    // Known only after mount: the prerendered page carries no clock.
    let day = RwSignal::new(None::<Date>);
    Effect::new(move |_| day.set(today()));
    let placement = Memo::new(move |_| {
        let today = day.get()?;
        let chosen = chosen.get();
        stored.with_value(|(stages, _)| place(stages, chosen.as_ref(), today))
    });
    let on_country = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        let query = if code.is_empty() {
            String::new()
        } else {
            format!("?country={code}")
        };
        navigate(
            &format!("{}{query}", location.pathname.get_untracked()),
            // The path already carries the sub-path base.
            NavigateOptions {
                resolve: false,
                ..Default::default()
            },
        );
    };
    let options = codes
        .into_iter()
        .map(|(code, name)| {
            let selected_code = code.clone();
            view! {
                <option
                    value=code
                    prop:selected=move || chosen.with(|c| c.as_ref().is_some_and(|c| c.country == selected_code))
                >
                    {localized(name)}
                </option>
            }
        })
        .collect_view();
    let banner = move || {
        let placement = placement.get()?;
        let text = now_text(
            i18n.t(),
            &placement.now,
            placement.programme_year,
            i18n.lang.get(),
        );
        Some(view! { <p class="now-banner">{text}</p> })
    };
    let stage_items = move || {
        let current = placement.with(|p| p.as_ref().map(|p| p.current.clone()).unwrap_or_default());
        let chosen = chosen.get();
        stored.with_value(|(stages, _)| {
            stages
                .iter()
                .enumerate()
                .map(|(i, stage)| {
                    let milestones: Vec<Milestone> = chosen
                        .as_ref()
                        .map(|c| c.milestones.iter().filter(|m| m.stage == stage.id).cloned().collect())
                        .unwrap_or_default();
                    view! { <StageItem stage=stage.clone() milestones current=current.contains(&i) /> }
                })
                .collect_view()
        })
    };
    let country_block = move || chosen.get().map(|dates| view! { <CountryBlock dates /> });
    let general = move || {
        chosen.with(Option::is_none).then(|| {
            view! {
                <p class="hint">{move || i18n.t().timeline_general}</p>
            }
        })
    };
    let note_items = notes;
    view! {
        <ProgrammeNote programme />
        <form class="country-pick" method="get" on:submit=|ev| ev.prevent_default()>
            <label for="timeline-country">{move || i18n.t().timeline_country}</label>
            <select id="timeline-country" name="country" on:change=on_country>
                <option value="" prop:selected=move || chosen.with(Option::is_none)>
                    {move || i18n.t().timeline_other_country}
                </option>
                {options}
            </select>
            <button type="submit" class="button button-secondary">{move || i18n.t().show}</button>
        </form>
        <div class="now" role="status">{banner}</div>
        <h2 id="cycle-heading">{move || i18n.t().timeline_cycle}</h2>
        {general}
        <ol class="timeline" aria-labelledby="cycle-heading">{stage_items}</ol>
        {country_block}
        <h2>{move || i18n.t().good_to_know}</h2>
        <TextList class="notes" items=note_items />
        <SourceList sources />
    }
}

/// The chosen country's notes, sources and calendar export.
#[component]
fn CountryBlock(dates: CountryDates) -> impl IntoView {
    let i18n = use_i18n();
    let year = dates.programme_year.to_string();
    let has_dates = !dates.milestones.is_empty();
    let file = format!(
        "jet-{}-{}.ics",
        dates.programme_year,
        dates.country.to_ascii_lowercase()
    );
    let notes = dates.notes.clone();
    let sources = dates.sources.clone();
    let name = dates.name.clone();
    let heading = move || {
        fill(
            i18n.t().timeline_country_heading,
            &[("country", name.get(i18n.lang.get()))],
        )
    };
    let year_note = {
        let year = year.clone();
        move || fill(i18n.t().timeline_dates_year, &[("year", &year)])
    };
    let ics = move || {
        let lang = i18n.lang.get();
        let page = crate::browser::page_url().unwrap_or_default();
        let list = events(&dates, lang, &page);
        let stamp =
            utc_now_stamp().unwrap_or_else(|| format!("{}0101T000000Z", dates.programme_year));
        let name = format!("JET {} — {}", dates.programme_year, dates.name.get(lang));
        format!(
            "data:text/calendar;charset=utf-8,{}",
            percent_encode(&calendar(&name, &list, &stamp))
        )
    };
    let export = if has_dates {
        view! {
            <a class="button" href=ics download=file>{move || i18n.t().timeline_ics}</a>
        }
        .into_any()
    } else {
        view! { <p class="hint">{move || i18n.t().timeline_no_dates}</p> }.into_any()
    };
    view! {
        <section class="content-section country-dates" aria-labelledby="country-dates-heading">
            <h2 id="country-dates-heading">{heading}</h2>
            <p>{year_note}</p>
            <TextList class="notes" items=notes />
            {export}
            <SourceList sources />
        </section>
    }
}
