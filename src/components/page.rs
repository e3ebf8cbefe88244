//! What every page has: its title and description, and a main heading that takes
//! focus after a client-side navigation.

use std::cell::Cell;

use leptos::html::H1;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::i18n::{use_i18n, Ui};

thread_local! {
    static SETTLED: Cell<bool> = const { Cell::new(false) };
}

/// Called once the first page has been hydrated or mounted: any heading mounted after
/// that belongs to a page reached by navigation and takes focus.
pub fn mark_settled() {
    SETTLED.set(true);
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
/// reader and keyboard users start at the new content.
#[component]
pub fn PageHeading(children: Children) -> impl IntoView {
    let node = NodeRef::<H1>::new();
    Effect::new(move |_| {
        if let Some(heading) = node.get() {
            if SETTLED.get() {
                let _ = heading.focus();
            }
        }
    });
    view! {
        <h1 id="main-heading" tabindex="-1" node_ref=node>
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
