//! Plain Rust: content types, routes, search, parsing and validation. Nothing here
//! knows about Leptos, the DOM or I/O, so all of it is tested natively with `cargo test`.

pub mod clock;
pub mod content;
pub mod date;
pub mod directory;
pub mod fold;
pub mod lang;
pub mod load;
pub mod map;
pub mod route;
pub mod search;
pub mod url;
pub mod validate;
pub mod vcard;
