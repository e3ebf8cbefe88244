use leptos::prelude::*;

use crate::browser::{page_path, push_query, query_pairs, replace_query};
use crate::model::url::parse_query;

/// The page's query string as an island's state. Empty on the first render, as the
/// page was prerendered; the URL's after mount; followed on Back and Forward within the
/// page (`site.js` leaves those to the page). Router hooks do not reach into islands.
/// It belongs to the page its island was started on: once `site.js` has gone to
/// another page (whose address a Back already shows), it neither reads nor writes.
#[derive(Clone, Copy)]
pub struct UrlQuery {
    pairs: RwSignal<Vec<(String, String)>>,
    /// The path of the island's page.
    page: StoredValue<String>,
    /// A `replace` not yet written to the address bar: its timer and query.
    pending: Pending,
}

/// How long a burst of `replace` calls (keystrokes) waits before the address bar
/// follows: `history.replaceState` costs ~1.5 ms, more than the search itself.
const URL_SETTLE: std::time::Duration = std::time::Duration::from_millis(150);

impl UrlQuery {
    pub fn new() -> Self {
        let pairs = RwSignal::new(Vec::new());
        let pending = StoredValue::new(None);
        let page = StoredValue::new(page_path());
        Effect::new(move |_| pairs.set(query_pairs()));
        let _ = window_event_listener(leptos::ev::popstate, move |_| {
            take(pending);
            if on_page(page) {
                pairs.set(query_pairs());
            }
        });
        // Leaving the page (site.js says so before it navigates) writes what is pending,
        // so Back returns to the state the visitor left.
        for leaving in ["clair:leave", "pagehide"] {
            let _ = window_event_listener_untyped(leaving, move |_| flush(pending, page));
        }
        UrlQuery {
            pairs,
            page,
            pending,
        }
    }

    /// Reads the pairs (tracked).
    pub fn with<R>(&self, f: impl FnOnce(&[(String, String)]) -> R) -> R {
        self.pairs.with(|pairs| f(pairs))
    }

    /// The first value of `key` (tracked).
    pub fn get(&self, key: &str) -> Option<String> {
        self.with(|pairs| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()))
    }

    /// A new state in place of this one (a filter, a keystroke): no history entry.
    /// The state changes at once; the address bar once the burst is over, and only if
    /// the visitor is still on this page.
    pub fn replace(&self, query: &str) {
        if !on_page(self.page) {
            return;
        }
        self.pairs.set(parse_query(query));
        take(self.pending);
        let (pending, page) = (self.pending, self.page);
        if let Ok(handle) = set_timeout_with_handle(move || flush(pending, page), URL_SETTLE) {
            pending.set_value(Some((handle, query.to_string())));
        }
    }

    /// A new state a visitor can go Back from (a step of a form).
    pub fn push(&self, query: &str) {
        take(self.pending);
        if !on_page(self.page) {
            return;
        }
        push_query(query);
        self.pairs.set(parse_query(query));
    }
}

/// Whether the address bar still shows the island's page.
fn on_page(page: StoredValue<String>) -> bool {
    page.with_value(|p| *p == page_path())
}

type Pending = StoredValue<Option<(TimeoutHandle, String)>>;

/// Drops the pending write, giving back its query.
fn take(pending: Pending) -> Option<String> {
    let (handle, query) = pending.try_update_value(Option::take).flatten()?;
    handle.clear();
    Some(query)
}

/// Writes the pending query, if the address bar still shows the island's page.
fn flush(pending: Pending, page: StoredValue<String>) {
    if let Some(query) = take(pending) {
        if on_page(page) {
            replace_query(&query);
        }
    }
}

impl Default for UrlQuery {
    fn default() -> Self {
        Self::new()
    }
}
