//! Plain Rust: content types, routes, search, parsing and validation. Nothing here
//! knows about Leptos, the DOM or I/O, so all of it is tested natively with `cargo test`.
//!
//! Grouped by domain: `directory` (offices, search, maps, vCards), `jet` (the JET
//! Programme's content, eligibility rules, timeline, calendar export, checklist) and
//! `site` (the site's own pages, routes, widget options). The modules at this level
//! are the primitives they share.

pub mod content;
pub mod date;
pub mod directory;
pub mod files;
pub mod fold;
pub mod jet;
pub mod lang;
pub mod load;
pub mod markup;
pub mod readings;
pub mod rfc_text;
#[cfg(feature = "schema")]
pub mod schema;
pub mod site;
pub mod url;
pub mod validate;
