//! The site itself: its content files, its routes and the options of its widgets.

pub mod content;
pub mod embed;
pub mod route;
pub mod script;
pub mod search;
