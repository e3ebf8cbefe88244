//! What the page script (`public/site/`) shares with the pages, named once: the storage
//! keys it keeps and the attribute and id names the pages write for it. The Rust tests
//! write these into `public/site/langs.json` and `tests/conformance/dom.json`; a
//! `node --test` check fails when the script reads a name not listed here, or when no
//! built page writes one that is.

/// The one Trusted Types policy the pages' script policy allows: the page swap's.
pub const TRUSTED_TYPES_POLICY: &str = "clair-page";

/// `localStorage`: the language the visitor picked in the switch (wins over the browser's).
pub const LANG_CHOICE_KEY: &str = "clair.lang";

/// `sessionStorage`: ticks and choices made before their island ran, per page.
pub const DRAFTS_KEY: &str = "clair.draft";

/// Attributes the pages write and the script reads.
pub const DOM_ATTRIBUTES: &[&str] = &[
    // Islands: what they need and when they start (`island_slot`; Leptos' own name).
    "data-component",
    "data-needs",
    "data-hydrate",
    "data-only-under",
    "data-lazy-with-query",
    "data-unless-stored",
    // A page's parts per URL parameter (`jet_timeline`).
    "data-variants",
    "data-variant",
    "data-variant-picker",
    // Per day, on the visitor's clock (`programme_note`, `jet_stages`).
    "data-dated",
    "data-on",
    "data-shown-on",
    "data-current-on",
    "data-days-to",
    // An office's local time (`local_time`).
    "data-clock-zone",
    "data-open",
    "data-closed",
    "data-stop",
    // Notices and the not-found page's parts (`app_status`, `not_found`).
    "data-notice",
    "data-action",
    "data-connection",
    "data-title",
    // Copy buttons (`copy_button`).
    "data-copy",
    "data-copied",
    "data-failed",
    // The finder widget's facets and its count's wordings (`office_list`).
    "data-kinds",
    "data-regions",
    "data-countries",
    "data-kind",
    "data-region",
    "data-none",
    "data-one",
    "data-many",
];

/// Attributes the script writes on `<html>`: the widget's language (`widget-gate.js`,
/// for `site.js`) and that the page has started (for tests and tools).
pub const SCRIPT_ATTRIBUTES: &[&str] = &["data-widget-lang", "data-ready"];

/// The id of the JSON a page that loads the light bundle carries its interface strings in
/// (the wasm reads it; `i18n::ui`).
pub const UI_DATA_ID: &str = "clair-ui";

/// Ids the script reads: the heading it focuses after a navigation, the search fields
/// `/` goes to, and the interface strings it carries over to the next page.
pub const DOM_IDS: &[&str] = &["main-heading", "search-q", "site-q", UI_DATA_ID];
