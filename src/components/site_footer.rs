use leptos::prelude::*;

use crate::components::ext_link::ExtLink;
use crate::components::sources::SourceList;
use crate::i18n::{fill, localized, use_i18n};
use crate::model::date::Date;
use crate::model::site::content::Site;
use crate::model::site::route::{href, Page};

/// Footer: official websites, the site's main sources and when content was reviewed.
#[component]
pub fn SiteFooter(site: Site) -> impl IntoView {
    let i18n = use_i18n();
    let Site {
        name,
        links,
        sources,
        reviewed,
        ..
    } = site;
    let reviewed = Date::parse(&reviewed);
    let reviewed_text = move || {
        let lang = i18n.lang.get();
        let date = reviewed.map(|d| d.display(lang)).unwrap_or_default();
        fill(i18n.t().footer_reviewed, &[("date", &date)])
    };
    let links = links
        .into_iter()
        .map(|link| view! { <li><ExtLink url=link.url>{localized(link.label)}</ExtLink></li> })
        .collect_view();
    view! {
        <div class="footer-grid">
            <div>
                <h2>{move || i18n.t().footer_official}</h2>
                <ul class="links">{links}</ul>
            </div>
            <div>
                <h2>{move || i18n.t().footer_sources}</h2>
                <SourceList sources=sources open=true />
            </div>
        </div>
        <p class="footer-note">{move || i18n.t().footer_note}</p>
        <p class="footer-partners">
            <a href=move || href(i18n.lang.get(), Page::Embed)>{move || i18n.t().footer_embed}</a>
        </p>
        <p class="footer-meta">
            <span>{localized(name)}</span>
            " · "
            <span class="reviewed">{reviewed_text}</span>
        </p>
    }
}
