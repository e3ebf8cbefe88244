use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::nav_link::NavLink;
use crate::i18n::{fill, use_i18n, Ui};
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

/// Navigation between the JET pages, above the page's heading; the current one is
/// marked with `aria-current`. Wide screens show every page as a pill; on a phone,
/// where six pills take six rows, one line names the section and where the visitor is
/// in it, and opens the list (CSS picks one, without script).
#[component]
pub fn JetNav() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let location = use_location();
    let position = move || {
        let path = location.pathname.get();
        let lang = i18n.lang.get();
        Page::JET
            .into_iter()
            .position(|page| is_current(&path, &href(lang, page), true))
            .map(|index| {
                let n = (index + 1).to_string();
                let total = Page::JET.len().to_string();
                fill(i18n.t().jet_nav_position, &[("n", &n), ("total", &total)])
            })
    };
    view! {
        <nav class="jet-nav" aria-label=t.jet_nav_label>
            <details class="jet-nav-compact">
                <summary>
                    <span>{t.jet_nav_label}</span>
                    " "
                    <span class="jet-nav-position">{position}</span>
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
