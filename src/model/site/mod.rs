//! The site itself: its own and its mission page's content (`mission`), its routes and the options of its widgets.

pub mod embed;
pub mod mission;
pub mod route;
pub mod script;
pub mod search;
