use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::nav_link::NavLink;
use crate::i18n::{use_i18n, Ui};
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
