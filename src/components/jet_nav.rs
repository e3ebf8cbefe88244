use leptos::prelude::*;

use crate::browser::today;
use crate::components::ext_link::ExtLink;
use crate::components::nav_link::NavLink;
use crate::i18n::{fill, localized, use_i18n, Ui};
use crate::model::jet::Programme;
use crate::model::route::{href, Page};

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
#[component]
pub fn JetNav() -> impl IntoView {
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
    view! {
        <nav class="jet-nav" aria-label=move || i18n.t().jet_nav_label>
            <ul>{links}</ul>
        </nav>
    }
}

/// "For the 2026 programme": requirements change yearly, so every JET page says which
/// year it describes and links the current guidelines.
#[component]
pub fn ProgrammeNote(programme: Programme) -> impl IntoView {
    let i18n = use_i18n();
    let year = programme.year.to_string();
    let label = programme.guidelines.label.clone();
    view! {
        <div class="programme-note" role="note" aria-label=move || i18n.t().programme_note_label>
            <p>
                {move || fill(i18n.t().programme_note, &[("year", &year)])}
                " "
                <ExtLink url=programme.guidelines.url.clone()>
                    {localized(label)}
                </ExtLink>
            </p>
            <ProgrammeAge programme />
        </div>
    }
}

/// Once the visitor's clock is past the programme year's application deadline, says
/// that the information may be out of date. Known only after mount: the prerendered
/// page cannot know the day it is read.
#[component]
pub fn ProgrammeAge(programme: Programme) -> impl IntoView {
    let i18n = use_i18n();
    let outdated = RwSignal::new(false);
    let close = programme.applications_close();
    Effect::new(move |_| outdated.set(today().is_some_and(|d| programme.may_be_outdated(d))));
    let text = move || {
        let (year, closed) = (close.year + 1, close.year);
        fill(
            i18n.t().programme_outdated,
            &[("year", &year.to_string()), ("closed", &closed.to_string())],
        )
    };
    view! {
        <Show when=move || outdated.get()>
            <p class="programme-age">
                <strong>{text}</strong>
            </p>
        </Show>
    }
}
