use leptos::either::Either;
use leptos::prelude::*;

use crate::model::url::is_safe_link;

/// A link taken from content. Only `https:`, `mailto:` and `tel:` become links;
/// anything else is shown as plain text, never as a live URL.
#[component]
pub fn ExtLink(url: String, children: Children) -> impl IntoView {
    if is_safe_link(&url) {
        Either::Left(view! { <a href=url rel="noopener">{children()}</a> })
    } else {
        Either::Right(view! { <span>{children()}</span> })
    }
}
