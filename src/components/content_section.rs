use leptos::prelude::*;

use crate::components::ext_link::ExtLink;
use crate::components::sources::SourceList;
use crate::i18n::localized;
use crate::model::content::Item;
use crate::model::lang::Text;
use crate::model::site::mission::Section;

/// One section of content: heading, paragraphs, items, links and sources.
#[component]
pub fn ContentSection(section: Section) -> impl IntoView {
    let Section {
        id,
        heading,
        paragraphs,
        items,
        links,
        source_note,
        sources,
    } = section;
    let heading_id = format!("{id}-heading");
    let paragraphs = paragraphs
        .into_iter()
        .map(|p| view! { <p>{localized(p)}</p> })
        .collect_view();
    let items = (!items.is_empty()).then(|| view! { <ItemList items /> });
    let links = (!links.is_empty()).then(|| {
        let list = links
            .into_iter()
            .map(|link| view! { <li><ExtLink url=link.url>{localized(link.label)}</ExtLink></li> })
            .collect_view();
        view! { <ul class="links">{list}</ul> }
    });
    view! {
        <section class="content-section" id=id aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>{localized(heading)}</h2>
            {paragraphs}
            {items}
            {links}
            <SourceList sources=sources note=source_note />
        </section>
    }
}

/// Titled items, each a bold title followed by its text.
#[component]
pub fn ItemList(items: Vec<Item>) -> impl IntoView {
    let list = items
        .into_iter()
        .map(|item| {
            view! {
                <li>
                    <strong>{localized(item.title)}</strong>
                    " "
                    <span>{localized(item.text)}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="items">{list}</ul> }
}

/// Plain texts as a bulleted list: notes, duties, details.
#[component]
pub fn TextList(items: Vec<Text>, #[prop(optional)] class: &'static str) -> impl IntoView {
    let list = items
        .into_iter()
        .map(|text| view! { <li>{localized(text)}</li> })
        .collect_view();
    view! { <ul class=class>{list}</ul> }
}
