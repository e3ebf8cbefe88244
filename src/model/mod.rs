//! Plain Rust: content types, routes, search, parsing and validation. Nothing here
//! knows about Leptos, the DOM or I/O, so all of it is tested natively with `cargo test`.

pub mod checklist;
pub mod clock;
pub mod content;
pub mod content_line;
pub mod date;
pub mod deploy;
pub mod directory;
pub mod eligibility;
pub mod embed;
pub mod files;
pub mod fold;
pub mod ics;
pub mod jet;
pub mod lang;
pub mod load;
pub mod map;
pub mod markup;
pub mod route;
#[cfg(feature = "schema")]
pub mod schema;
pub mod search;
pub mod seo;
pub mod timeline;
pub mod url;
pub mod validate;
pub mod vcard;
