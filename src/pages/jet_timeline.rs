use leptos::prelude::*;

use crate::components::content_section::TextList;
use crate::components::jet_nav::JetNav;
use crate::components::jet_stages::{banners, stage_list, variant_id};
use crate::components::loaded::Loaded;
use crate::components::page::{absolute, PageTop};
use crate::components::programme_note::ProgrammeNote;
use crate::components::sources::SourceList;
use crate::data;
use crate::i18n::{fill, use_i18n};
use crate::model::date::{spans_attr, Date, Span};
use crate::model::jet::ics::{calendar, events, reminder, Event};
use crate::model::jet::timeline::{by_country, horizon, Offer, Schedule};
use crate::model::jet::{CountryDates, Stage, Timeline};
use crate::model::lang::Lang;
use crate::model::site::route::{href, Page};
use crate::model::url::percent_encode;

/// `/jet/timeline`: the yearly cycle, a country's published dates, today on it and the
/// dates as a calendar file. All static: the page holds a variant per country, which
/// `site.js` picks from `?country=` (and the picker), and each variant says what it
/// would say on each day, which `site.js` picks by the visitor's clock.
#[component]
pub fn JetTimelinePage() -> impl IntoView {
    let t = use_i18n().ui();
    let timeline = data::jet_timeline();
    view! {
        <JetNav />
        <PageTop title=|t| t.jet_timeline_title description=|t| t.jet_timeline_meta />
        <Loaded
            resource=timeline
            view=move |timeline: Timeline| {
                view! {
                    <ProgrammeNote programme=timeline.programme.clone() />
                    <TimelineExplorer timeline=timeline.clone() />
                    <h2>{t.good_to_know}</h2>
                    <TextList class="notes" items=timeline.notes />
                    <SourceList sources=timeline.sources />
                }
            }
        />
    }
}

/// The country picker and the cycle once without a country and once per country.
#[component]
fn TimelineExplorer(timeline: Timeline) -> impl IntoView {
    let i18n = use_i18n();
    let (t, lang) = (i18n.ui(), i18n.lang.get_untracked());
    let countries = by_country(&timeline.countries);
    let horizon = horizon(&timeline);
    let options = countries
        .iter()
        .map(|c| view! { <option value=c.country.clone()>{c.name.get(lang).to_string()}</option> })
        .collect_view();
    let variants = countries
        .into_iter()
        .map(|dates| {
            view! { <CycleVariant stages=timeline.stages.clone() dates=Some(dates) horizon /> }
        })
        .collect_view();
    view! {
        <form class="country-pick" method="get">
            <label for="timeline-country">{t.timeline_country}</label>
            <select id="timeline-country" name="country" data-variant-picker="country">
                <option value="">{t.timeline_other_country}</option>
                {options}
            </select>
            <button type="submit" class="button button-secondary">{t.show}</button>
        </form>
        <div data-variants="country">
            <CycleVariant stages=timeline.stages.clone() dates=None horizon />
            {variants}
        </div>
    }
}

/// The cycle for one country (or none: the general pattern), with today on it.
#[component]
fn CycleVariant(
    stages: Vec<Stage>,
    dates: Option<CountryDates>,
    horizon: (Date, Date),
) -> impl IntoView {
    let t = use_i18n().ui();
    let schedule = Schedule::new(&stages, dates.as_ref(), horizon);
    let code = dates
        .as_ref()
        .map(|d| d.country.clone())
        .unwrap_or_default();
    let heading = variant_id("cycle-heading", &code);
    let general = dates
        .is_none()
        .then(|| view! { <p class="hint">{t.timeline_general}</p> });
    let block = dates.clone().map(|dates| {
        view! { <CountryBlock offers=schedule.offers() passing=schedule.passing() dates /> }
    });
    view! {
        <div class="cycle-variant" data-variant=code.clone() hidden=!code.is_empty()>
            {banners(&schedule)}
            <h2 id=heading.clone()>{t.timeline_cycle}</h2>
            {general}
            <ol class="timeline" aria-labelledby=heading>
                {stage_list(&stages, dates.as_ref(), &schedule)}
            </ol>
            {block}
        </div>
    }
}

/// A calendar file as a `data:` link, stamped on 1 January of `year` (the page is
/// prerendered, with no clock).
fn calendar_href(name: &str, list: &[Event], year: i32) -> String {
    let stamp = format!("{year}0101T000000Z");
    format!(
        "data:text/calendar;charset=utf-8,{}",
        percent_encode(&calendar(name, list, &stamp))
    )
}

/// The chosen country's notes, sources and calendar export. Once its published dates
/// have passed (`passing`, by day), they are the last published cycle: no calendar of
/// past events, but a reminder for when the next cycle usually opens (`offers`). Every
/// offer needs the visitor's day, so none shows without scripts.
#[component]
fn CountryBlock(
    dates: CountryDates,
    offers: Vec<(Offer, Vec<Span>)>,
    passing: Vec<(bool, Vec<Span>)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (t, lang) = (i18n.ui(), i18n.lang.get_untracked());
    let heading = variant_id("country-dates-heading", &dates.country);
    let page = absolute(&format!(
        "{}?country={}",
        href(lang, Page::JetTimeline),
        dates.country
    ));
    let year = dates.programme_year.to_string();
    let year_notes = passing
        .into_iter()
        .map(|(past, spans)| {
            let template = if past { t.timeline_dates_past } else { t.timeline_dates_year };
            view! {
                <p data-shown-on=spans_attr(&spans) hidden=past>{fill(template, &[("year", &year)])}</p>
            }
        })
        .collect_view();
    let export = if dates.milestones.is_empty() {
        view! { <p class="hint">{t.timeline_no_dates}</p> }.into_any()
    } else {
        offers
            .into_iter()
            .map(|(offer, spans)| {
                let shown_on = spans_attr(&spans);
                view! { <div data-shown-on=shown_on hidden>{offer_view(&dates, offer, lang, &page)}</div> }
            })
            .collect_view()
            .into_any()
    };
    let name = dates.name.get(lang).to_string();
    let labelled = heading.clone();
    view! {
        <section class="content-section country-dates" aria-labelledby=labelled>
            <h2 id=heading>
                {fill(t.timeline_country_heading, &[("country", &name)])}
            </h2>
            {year_notes}
            <TextList class="notes" items=dates.notes.clone() />
            {export}
            <SourceList sources=dates.sources.clone() />
        </section>
    }
}

/// The calendar link, the reminder link or the advice to ask the JET desk.
fn offer_view(dates: &CountryDates, offer: Offer, lang: Lang, page: &str) -> AnyView {
    let t = crate::i18n::ui(lang);
    let country = dates.country.to_ascii_lowercase();
    match offer {
        Offer::Calendar => {
            let name = format!("JET {} — {}", dates.programme_year, dates.name.get(lang));
            let list = events(dates, lang, page);
            let href = calendar_href(&name, &list, i32::from(dates.programme_year));
            let file = format!("jet-{}-{country}.ics", dates.programme_year);
            view! { <a class="button" href=href download=file>{t.timeline_ics}</a> }.into_any()
        }
        Offer::Reminder { year, month } => {
            let description = fill(t.reminder_description, &[("country", dates.name.get(lang))]);
            let event = reminder(
                &dates.country,
                year,
                month,
                (t.reminder_summary, &description),
                page,
            );
            let list: Vec<_> = event.into_iter().collect();
            let href = calendar_href(t.reminder_summary, &list, year);
            let when = Date::month_display(year, month, lang);
            view! {
                <a class="button" href=href download=format!("jet-reminder-{country}.ics")>
                    {fill(t.timeline_reminder, &[("when", &when)])}
                </a>
            }
            .into_any()
        }
        Offer::AskDesk => view! { <p class="hint">{t.timeline_past_open}</p> }.into_any(),
    }
}
