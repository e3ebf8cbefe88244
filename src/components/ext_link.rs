use leptos::either::Either;
use leptos::prelude::*;

use crate::model::url::is_safe_link;

/// A link taken from content. Only `https:`, `mailto:` and `tel:` become links;
/// anything else is shown as plain text, never as a live URL.
/// In a widget, `new_tab` keeps the visitor's way back to the partner's page.
#[component]
pub fn ExtLink(url: String, #[prop(optional)] new_tab: bool, children: Children) -> impl IntoView {
    if is_safe_link(&url) {
        let target = new_tab.then_some("_blank");
        Either::Left(view! { <a href=url target=target rel="noopener">{children()}</a> })
    } else {
        Either::Right(view! { <span>{children()}</span> })
    }
}
