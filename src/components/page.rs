//! What every page has: its title and description, and a main heading that takes
//! focus after a client-side navigation (`site.js` moves it there).

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::i18n::{use_i18n, Ui};

/// The site's public origin (`SITE_URL`), provided by the prerenderer: a page that
/// writes its own address into a file (a calendar) has no location to read it from.
#[derive(Clone, Debug)]
pub struct SiteOrigin(pub String);

/// `path` (with the site's base) as a full URL, when the origin is known.
pub fn absolute(path: &str) -> String {
    match use_context::<SiteOrigin>() {
        Some(SiteOrigin(origin)) => format!("{}{path}", origin.trim_end_matches('/')),
        None => path.to_string(),
    }
}

/// Sets the document title and meta description for the current page.
#[component]
pub fn PageMeta(
    #[prop(into)] title: Signal<String>,
    #[prop(into)] description: Signal<String>,
) -> impl IntoView {
    // The meta context may read these after the page that set them is gone.
    view! {
        <Title text=move || title.try_get().unwrap_or_default() />
        <Meta name="description" content=move || description.try_get().unwrap_or_default() />
    }
}

/// The page's `<h1>`: focusable from script only, focused after navigation so screen
/// reader and keyboard users start at the new content. An `alternate` one stands in
/// for it when a page shows another part (offline): `site.js` moves the id to it.
#[component]
pub fn PageHeading(#[prop(optional)] alternate: bool, children: Children) -> impl IntoView {
    view! {
        <h1 id=(!alternate).then_some("main-heading") tabindex="-1">
            {children()}
        </h1>
    }
}

/// Title, description and heading of a page whose words are interface strings.
#[component]
pub fn PageTop(
    title: fn(&Ui) -> &'static str,
    description: fn(&Ui) -> &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageMeta
            title=Signal::derive(move || title(i18n.t()).to_string())
            description=Signal::derive(move || description(i18n.t()).to_string())
        />
        <PageHeading>{move || title(i18n.t())}</PageHeading>
    }
}
