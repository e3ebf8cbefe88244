use leptos::prelude::*;

/// Where an island sits in a server-rendered page, for `site.js`: the content files
/// (space-separated, under `data/`) the island reads on its first render, fetched
/// before it starts; and whether it waits for the visitor's first pointer, focus or
/// key inside it, because starting it costs more than a phone should pay up front —
/// unless this browser stored something under `unless_stored` that the island shows
/// (a checklist's ticks), or the URL has a query string it must apply — unless
/// `lazy_with_query`: its URL state needs no island (the header's search reads none;
/// `site.js` applies a widget's presets to the page itself). With
/// `only_under` (`offices/`), it starts only for paths there, and is static elsewhere.
#[component]
pub fn IslandSlot(
    #[prop(optional, into)] needs: String,
    #[prop(optional)] on_interaction: bool,
    #[prop(optional)] unless_stored: &'static str,
    #[prop(optional)] lazy_with_query: bool,
    #[prop(optional)] only_under: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <div
            class="island-slot"
            data-needs=(!needs.is_empty()).then_some(needs.clone())
            data-hydrate=on_interaction.then_some("interaction")
            data-unless-stored=(!unless_stored.is_empty()).then_some(unless_stored)
            data-lazy-with-query=lazy_with_query.then_some("")
            data-only-under=(!only_under.is_empty()).then_some(only_under)
        >
            {children()}
        </div>
    }
}
