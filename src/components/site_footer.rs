use leptos::prelude::*;

use crate::components::ext_link::ExtLink;
use crate::i18n::{fill, localized, use_i18n, Ui};
use crate::model::date::Date;
use crate::model::site::mission::Site;
use crate::model::site::route::{href, Page};

/// Footer: the site's own pages, the official websites and when content was compiled.
/// The main sources are listed once, on the mission page, not under every page.
#[component]
pub fn SiteFooter(site: Site) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let lang = i18n.lang;
    let Site {
        name,
        links,
        compiled,
        ..
    } = site;
    let own = |page: Page, label: fn(&Ui) -> &'static str| {
        view! { <li><a href=move || href(lang.get(), page)>{move || label(i18n.t())}</a></li> }
    };
    let compiled = Date::parse(&compiled);
    let compiled_text = move || {
        let lang = i18n.lang.get();
        let date = compiled
            .map(|d| Date::month_display(d.year, d.month, lang))
            .unwrap_or_default();
        fill(i18n.t().footer_compiled, &[("date", &date)])
    };
    let links = links
        .into_iter()
        .map(|link| view! { <li><ExtLink url=link.url>{localized(link.label)}</ExtLink></li> })
        .collect_view();
    view! {
        <div class="footer-grid">
            <div>
                <h2>{t.footer_site}</h2>
                <ul class="links">
                    {own(Page::Mission, |t| t.nav_mission)}
                    {own(Page::Offices, |t| t.nav_offices)}
                    {own(Page::Jet, |t| t.nav_jet)}
                    {own(Page::Embed, |t| t.footer_embed)}
                    <li>
                        <a href=move || format!("{}#main-sources", href(lang.get(), Page::Mission))>
                            {t.footer_sources}
                        </a>
                    </li>
                </ul>
            </div>
            <div>
                <h2>{t.footer_official}</h2>
                <ul class="links">{links}</ul>
            </div>
        </div>
        <p class="footer-note">{t.footer_note}</p>
        <p class="footer-meta">
            <span>{localized(name)}</span>
            " · "
            <span class="compiled">{compiled_text}</span>
        </p>
    }
}
