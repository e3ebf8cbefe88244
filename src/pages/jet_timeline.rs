use leptos::prelude::*;

use crate::browser::{today, utc_now_stamp};
use crate::components::content_section::TextList;
use crate::components::island_slot::IslandSlot;
use crate::components::jet_nav::{JetNav, ProgrammeNote};
use crate::components::jet_stages::{now_text, stage_list};
use crate::components::loaded::{ready, Loaded};
use crate::components::page::PageTop;
use crate::components::sources::SourceList;
use crate::components::url_query::UrlQuery;
use crate::data;
use crate::i18n::{fill, localized, provide_i18n, use_i18n};
use crate::model::date::Date;
use crate::model::jet::ics::{calendar, events, reminder, Event};
use crate::model::jet::timeline::{all_past, latest, place, Now, Placement};
use crate::model::jet::{CountryDates, Timeline};
use crate::model::lang::{Lang, Text};
use crate::model::url::percent_encode;

/// `/jet/timeline`: the yearly cycle, a country's published dates, today on it (in the
/// browser only) and the dates as a calendar file.
#[component]
pub fn JetTimelinePage() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let timeline = data::jet_timeline();
    view! {
        <PageTop title=|t| t.jet_timeline_title description=|t| t.jet_timeline_meta />
        <JetNav />
        <Loaded
            resource=timeline
            view=move |timeline: Timeline| {
                view! {
                    <ProgrammeNote programme=timeline.programme />
                    <IslandSlot needs="jet/timeline.json">
                        <TimelineExplorer lang=i18n.lang.get_untracked() />
                    </IslandSlot>
                    <h2>{t.good_to_know}</h2>
                    <TextList class="notes" items=timeline.notes />
                    <SourceList sources=timeline.sources />
                }
            }
        />
    }
}

/// The country picker, today on the cycle and the chosen country's dates: the country
/// comes from the URL and the day from the visitor's clock, both after mount.
#[cfg_attr(not(feature = "bundle-site"), island)]
#[cfg_attr(feature = "bundle-site", component)]
fn TimelineExplorer(lang: Lang) -> impl IntoView {
    provide_i18n(lang);
    ready(data::now::<Timeline>("jet/timeline.json"), |timeline| {
        view! { <TimelineView timeline /> }
    })
}

#[component]
fn TimelineView(timeline: Timeline) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let url = UrlQuery::new();
    let Timeline {
        stages, countries, ..
    } = timeline;
    // One entry per country, whatever number of years the data holds for it.
    let mut seen = std::collections::HashSet::new();
    let codes: Vec<(String, Text)> = countries
        .iter()
        .filter(|c| seen.insert(c.country.clone()))
        .map(|c| (c.country.clone(), c.name.clone()))
        .collect();
    let stored = StoredValue::new((stages, countries));
    // Only a country the data knows; anything else shows the general pattern.
    let chosen = Memo::new(move |_| {
        let code = url.get("country")?;
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
        url.push(&query);
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
        stored.with_value(|(stages, _)| stage_list(stages, chosen.as_ref(), &current, day.get()))
    };
    let country_block = move || {
        chosen
            .get()
            .map(|dates| view! { <CountryBlock dates day placement /> })
    };
    let general = move || {
        chosen.with(Option::is_none).then(|| {
            view! {
                <p class="hint">{t.timeline_general}</p>
            }
        })
    };
    view! {
        <form class="country-pick" method="get" on:submit=|ev| ev.prevent_default()>
            <label for="timeline-country">{t.timeline_country}</label>
            <select id="timeline-country" name="country" on:change=on_country>
                <option value="" prop:selected=move || chosen.with(Option::is_none)>
                    {t.timeline_other_country}
                </option>
                {options}
            </select>
            <button type="submit" class="button button-secondary">{t.show}</button>
        </form>
        <div class="now" role="status">{banner}</div>
        <h2 id="cycle-heading">{t.timeline_cycle}</h2>
        {general}
        <ol class="timeline" aria-labelledby="cycle-heading">{stage_items}</ol>
        {country_block}
    }
}

/// A calendar file as a `data:` link, stamped now (in the browser) or on 1 January of
/// `year` (while prerendering, which has no clock).
fn calendar_href(name: &str, list: &[Event], year: i32) -> String {
    let stamp = utc_now_stamp().unwrap_or_else(|| format!("{year}0101T000000Z"));
    format!(
        "data:text/calendar;charset=utf-8,{}",
        percent_encode(&calendar(name, list, &stamp))
    )
}

/// The chosen country's notes, sources and calendar export. Once its published dates
/// have passed (on the visitor's clock), they are the last published cycle: no calendar
/// of past events, but a reminder for when the next cycle usually opens.
#[component]
fn CountryBlock(
    dates: CountryDates,
    day: RwSignal<Option<Date>>,
    placement: Memo<Option<Placement>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let year = dates.programme_year.to_string();
    let has_dates = !dates.milestones.is_empty();
    let past = Memo::new({
        let dates = dates.clone();
        move |_| day.get().is_some_and(|d| all_past(&dates, d))
    });
    let next_opening = move || {
        placement.with(|p| match p.as_ref().map(|p| &p.now) {
            Some(Now::NextOpens { year, month }) => Some((*year, *month)),
            _ => None,
        })
    };
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
        move || {
            let t = i18n.t();
            let template = if past.get() {
                t.timeline_dates_past
            } else {
                t.timeline_dates_year
            };
            fill(template, &[("year", &year)])
        }
    };
    let reminder_file = format!("jet-reminder-{}.ics", dates.country.to_ascii_lowercase());
    let reminder_href = {
        let dates = dates.clone();
        move |(year, month): (i32, u32)| {
            let t = i18n.t();
            let lang = i18n.lang.get();
            let page = crate::browser::page_url().unwrap_or_default();
            let description = fill(t.reminder_description, &[("country", dates.name.get(lang))]);
            let event = reminder(
                &dates.country,
                year,
                month,
                (t.reminder_summary, &description),
                &page,
            );
            let list: Vec<_> = event.into_iter().collect();
            calendar_href(t.reminder_summary, &list, year)
        }
    };
    let ics = move || {
        let lang = i18n.lang.get();
        let page = crate::browser::page_url().unwrap_or_default();
        let list = events(&dates, lang, &page);
        let name = format!("JET {} — {}", dates.programme_year, dates.name.get(lang));
        calendar_href(&name, &list, i32::from(dates.programme_year))
    };
    let ics = StoredValue::new(ics);
    let export = move || match (has_dates, past.get(), next_opening()) {
        (false, _, _) => view! { <p class="hint">{t.timeline_no_dates}</p> }.into_any(),
        (true, false, _) => view! {
            <a class="button" href=move || ics.with_value(|f| f()) download=file.clone()>
                {t.timeline_ics}
            </a>
        }
        .into_any(),
        (true, true, Some(when)) => {
            let label = move || {
                let shown = Date::month_display(when.0, when.1, i18n.lang.get());
                fill(i18n.t().timeline_reminder, &[("when", &shown)])
            };
            view! {
                <a class="button" href=reminder_href.clone()(when) download=reminder_file.clone()>
                    {label}
                </a>
            }
            .into_any()
        }
        (true, true, None) => view! { <p class="hint">{t.timeline_past_open}</p> }.into_any(),
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
