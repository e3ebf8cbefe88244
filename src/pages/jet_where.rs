use leptos::prelude::*;

use crate::components::content_section::TextList;
use crate::components::ext_link::ExtLink;
use crate::components::island_slot::IslandSlot;
use crate::components::jet_nav::JetNav;
use crate::components::loaded::{ready, Loaded};
use crate::components::page::PageTop;
use crate::components::programme_note::ProgrammeNote;
use crate::components::sources::SourceList;
use crate::components::url_query::UrlQuery;
use crate::data;
use crate::i18n::{fill, localized, provide_i18n, use_i18n};
use crate::model::content::{Link, Source};
use crate::model::files::Content;
use crate::model::jet::{CountryName, Desk, WhereToApply};
use crate::model::lang::{Lang, Text};

/// How many matching countries are listed while typing.
const MATCHES: usize = 12;

/// `/jet/where-to-apply`: pick a country, see its JET desk or the general rule.
#[component]
pub fn JetWherePage() -> impl IntoView {
    let i18n = use_i18n();
    let data = data::jet_where();
    view! {
        <JetNav />
        <PageTop title=|t| t.jet_where_title description=|t| t.jet_where_meta />
        <Loaded
            resource=data
            view=move |data: WhereToApply| {
                view! {
                    <ProgrammeNote programme=data.programme />
                    <IslandSlot needs=WhereToApply::FILE on_interaction=true>
                        <CountryFinder lang=i18n.lang.get_untracked() />
                    </IslandSlot>
                }
            }
        />
    }
}

/// The country search and the answer for the country in the URL (after mount).
#[cfg_attr(not(feature = "small-bundle"), island)]
#[cfg_attr(feature = "small-bundle", component)]
fn CountryFinder(lang: Lang) -> impl IntoView {
    provide_i18n(lang);
    ready(data::now::<WhereToApply>(), |data| {
        view! { <WhereView data /> }
    })
}

#[component]
fn WhereView(data: WhereToApply) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let url = UrlQuery::new();
    let data = StoredValue::new(data);
    let chosen = Memo::new(move |_| {
        let code = url.get("country")?;
        data.with_value(|d| d.country(&code).cloned())
    });
    let typed = RwSignal::new(String::new());
    // The countries to list, and how many match in all (one search per keystroke).
    let matches =
        Memo::new(move |_| typed.with(|typed| data.with_value(|d| d.listed(typed, MATCHES))));
    let count = move || {
        matches.with(|(_, total)| {
            total.map(|total| match total {
                0 => i18n.t().country_none.to_string(),
                n => fill(
                    i18n.t().country_matches,
                    &[
                        ("n", &n.min(MATCHES).to_string()),
                        ("total", &n.to_string()),
                    ],
                ),
            })
        })
    };
    let list_label = move || {
        if typed.with(|t| t.trim().is_empty()) {
            i18n.t().country_with_desks
        } else {
            i18n.t().country_results
        }
    };
    let answer = move || {
        chosen.get().map(|country| {
            let desk = data.with_value(|d| d.desk(&country.code).cloned());
            let (general, sources, participating) = data.with_value(|d| {
                (
                    d.general.clone(),
                    d.general_sources.clone(),
                    d.participating.clone(),
                )
            });
            view! { <CountryAnswer country desk general sources participating /> }
        })
    };
    view! {
        <div class="country-finder" role="search">
            <label for="country-q">{t.country_label}</label>
            <p class="hint" id="country-q-hint">{t.country_hint}</p>
            <input
                id="country-q"
                type="search"
                autocomplete="off"
                aria-describedby="country-q-hint"
                aria-controls="country-list"
                prop:value=move || typed.get()
                on:input=move |ev| typed.set(event_target_value(&ev))
            />
            <p class="results-count" role="status">{count}</p>
            <p class="list-label" id="country-list-label">{list_label}</p>
            <CountryList matches chosen url />
        </div>
        <div class="country-answer" aria-live="polite">{answer}</div>
    }
}

/// The countries listed for what was typed, each a link to its answer (`?country=`).
#[component]
fn CountryList(
    matches: Memo<(Vec<CountryName>, Option<usize>)>,
    chosen: Memo<Option<CountryName>>,
    url: UrlQuery,
) -> impl IntoView {
    let list = move || {
        matches
            .get()
            .0
            .into_iter()
            .map(|country| {
                let code = country.code.clone();
                let current = move || chosen.with(|c| c.as_ref().is_some_and(|c| c.code == code));
                let query = format!("?country={}", country.code);
                // A plain click shows the answer in place (`site.js` leaves a handled
                // click alone); with a modifier key the browser opens the link.
                let pick = {
                    let query = query.clone();
                    move |ev: leptos::ev::MouseEvent| {
                        if ev.button() != 0
                            || ev.ctrl_key()
                            || ev.meta_key()
                            || ev.shift_key()
                            || ev.alt_key()
                        {
                            return;
                        }
                        ev.prevent_default();
                        url.push(&query);
                    }
                };
                view! {
                    <li>
                        <a
                            href=query
                            aria-current=move || current().then_some("true")
                            on:click=pick
                        >
                            {localized(country.name)}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <ul class="country-list" id="country-list" aria-labelledby="country-list-label">{list}</ul>
    }
}

#[component]
fn CountryAnswer(
    country: CountryName,
    desk: Option<Desk>,
    general: Text,
    sources: Vec<Source>,
    /// Where a visitor from any country can see whether it takes part.
    participating: Link,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let name = country.name.clone();
    let heading = move || {
        fill(
            i18n.t().country_heading,
            &[("country", name.get(i18n.lang.get()))],
        )
    };
    let body = match desk {
        Some(desk) => view! { <DeskCard desk /> }.into_any(),
        None => {
            let name = country.name.clone();
            view! {
                <p>{move || fill(i18n.t().country_no_desk, &[("country", name.get(i18n.lang.get()))])}</p>
            }
            .into_any()
        }
    };
    view! {
        <section class="content-section" aria-labelledby="country-heading">
            <h2 id="country-heading" tabindex="-1">{heading}</h2>
            {body}
            <h3>{t.country_general}</h3>
            <p>{localized(general)}</p>
            <p class="next-step">
                <ExtLink url=participating.url>{localized(participating.label)}</ExtLink>
            </p>
            <SourceList sources />
        </section>
    }
}

#[component]
fn DeskCard(desk: Desk) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let Desk {
        country: _,
        name,
        details,
        website,
        address,
        phone,
        email,
        sources,
    } = desk;
    let address = address.map(|a| {
        view! {
            <dt>{t.office_address}</dt>
            <dd>{localized(a)}</dd>
        }
    });
    let phone = phone.map(|p| {
        let tel = format!("tel:{}", p.replace(' ', ""));
        view! {
            <dt>{t.office_phone}</dt>
            <dd><ExtLink url=tel>{p}</ExtLink></dd>
        }
    });
    let email = email.map(|e| {
        let mailto = format!("mailto:{e}");
        view! {
            <dt>{t.office_email}</dt>
            <dd><ExtLink url=mailto>{e}</ExtLink></dd>
        }
    });
    let site = website.clone();
    view! {
        <div class="desk">
            <h3>{localized(name)}</h3>
            <TextList items=details />
            <dl class="facts">
                <dt>{t.office_website}</dt>
                <dd><ExtLink url=website>{site}</ExtLink></dd>
                {address}
                {phone}
                {email}
            </dl>
            <SourceList sources />
        </div>
    }
}
