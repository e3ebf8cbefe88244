use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::ext_link::ExtLink;
use crate::components::nav_link::NavLink;
use crate::i18n::{fill, localized, use_i18n, Ui};
use crate::model::content::Link;
use crate::model::date::Date;
use crate::model::jet::Programme;
use crate::model::site::route::{href, is_current, Page};

/// The label of a JET page in the section's own navigation.
pub fn jet_page_label(t: &Ui, page: Page) -> &'static str {
    match page {
        Page::JetEligibility => t.jet_eligibility_title,
        Page::JetTimeline => t.jet_timeline_title,
        Page::JetApply => t.jet_apply_title,
        Page::JetWhere => t.jet_where_title,
        Page::JetFaq => t.jet_faq_title,
        _ => t.jet_overview_nav,
    }
}

/// Navigation between the JET pages; the current one is marked with `aria-current`.
/// Wide screens show every page as a pill; on a phone, where six pills take six rows,
/// one line names the current page and opens the list (CSS picks one, without script).
#[component]
pub fn JetNav() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let location = use_location();
    let current = move || {
        let path = location.pathname.get();
        Page::JET
            .into_iter()
            .find(|page| is_current(&path, &href(i18n.lang.get(), *page), true))
            .map(|page| jet_page_label(i18n.t(), page))
            .unwrap_or_default()
    };
    view! {
        <nav class="jet-nav" aria-label=t.jet_nav_label>
            <details class="jet-nav-compact">
                // The current page, on one line; the section's name is for screen readers.
                <summary>
                    <span class="visually-hidden">{t.jet_nav_menu}</span>
                    <span class="jet-nav-current">{current}</span>
                </summary>
                <JetNavLinks />
            </details>
            <div class="jet-nav-wide">
                <JetNavLinks />
            </div>
        </nav>
    }
}

#[component]
fn JetNavLinks() -> impl IntoView {
    let i18n = use_i18n();
    let links = Page::JET
        .into_iter()
        .map(|page| {
            view! {
                <li>
                    <NavLink href=move || href(i18n.lang.get(), page) exact=true>
                        {move || jet_page_label(i18n.t(), page)}
                    </NavLink>
                </li>
            }
        })
        .collect_view();
    view! { <ul>{links}</ul> }
}

/// "For the 2026 programme": requirements change yearly, so every JET page says which
/// year it describes and links the current guidelines. Its first line says when that
/// year's applications close or, past the deadline, that they have closed; both lines
/// share one grid cell (`.programme-when`), so nothing moves when `site.js` picks one
/// by the visitor's clock (known only after load; no wasm needed for a date compare).
#[component]
pub fn ProgrammeNote(programme: Programme) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let year = programme.year.to_string();
    let note = move || fill(i18n.t().programme_note, &[("year", &year)]);
    let age = outdated_text(&programme);
    let closed = programme.applications_close();
    let usual = {
        let year = programme.year.to_string();
        let closed = closed.year.to_string();
        move || {
            fill(
                i18n.t().programme_usual,
                &[("year", &year), ("closed", &closed)],
            )
        }
    };
    let deadline = closed.iso();
    let Link { label, url } = programme.guidelines.clone();
    view! {
        <div class="programme-note" role="note" aria-label=t.programme_note_label>
            <p class="programme-when" data-outdated-after=deadline>
                <span data-when="usual">{usual}</span>
                <strong data-when="outdated" class="variant-hidden">{age}</strong>
            </p>
            <p>{note} " " <ExtLink url>{localized(label)}</ExtLink></p>
        </div>
    }
}

/// "Applications for the 2026 programme closed in November 2025 …".
fn outdated_text(programme: &Programme) -> impl Fn() -> String + Clone + 'static {
    let i18n = use_i18n();
    let year = programme.year.to_string();
    let closed = programme.applications_close().year.to_string();
    move || {
        fill(
            i18n.t().programme_outdated,
            &[("year", &year), ("closed", &closed)],
        )
    }
}

/// The same warning on its own, for the timeline widget's short note: `site.js` shows
/// it from the day after the deadline on the visitor's clock.
#[component]
pub fn ProgrammeAge(programme: Programme) -> impl IntoView {
    let from = Date::from_days(programme.applications_close().days() + 1);
    let text = outdated_text(&programme);
    view! {
        <p class="programme-age" data-shown-on=format!("{}/", from.iso()) hidden>
            <strong>{text}</strong>
        </p>
    }
}
