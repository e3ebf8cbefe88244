use leptos::prelude::*;

use crate::browser::{push_query, query_pairs, replace_query};
use crate::model::url::parse_query;

/// The page's query string as an island's state. Empty on the first render, as the
/// page was prerendered; the URL's after mount; followed on Back and Forward within the
/// page (`site.js` leaves those to the page). Router hooks do not reach into islands.
#[derive(Clone, Copy)]
pub struct UrlQuery {
    pairs: RwSignal<Vec<(String, String)>>,
}

impl UrlQuery {
    pub fn new() -> Self {
        let pairs = RwSignal::new(Vec::new());
        Effect::new(move |_| pairs.set(query_pairs()));
        let _ = window_event_listener(leptos::ev::popstate, move |_| pairs.set(query_pairs()));
        UrlQuery { pairs }
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
    pub fn replace(&self, query: &str) {
        replace_query(query);
        self.pairs.set(parse_query(query));
    }

    /// A new state a visitor can go Back from (a step of a form).
    pub fn push(&self, query: &str) {
        push_query(query);
        self.pairs.set(parse_query(query));
    }
}

impl Default for UrlQuery {
    fn default() -> Self {
        Self::new()
    }
}
