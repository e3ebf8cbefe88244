use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::model::site::route::is_current;

/// A navigation link marked `aria-current="page"` while its page is shown. A plain `<a>`
/// (the router still handles the click): the router's `<A>` would prefix our full paths
/// with the sub-path base a second time.
#[component]
pub fn NavLink(
    #[prop(into)] href: Signal<String>,
    /// Only the page itself, not the pages under it, counts as current.
    #[prop(optional)]
    exact: bool,
    children: Children,
) -> impl IntoView {
    let location = use_location();
    let current = Memo::new(move |_| is_current(&location.pathname.get(), &href.get(), exact));
    view! {
        <a href=href aria-current=move || current.get().then_some("page")>
            {children()}
        </a>
    }
}
