//! One file per route.

pub mod embed;
pub mod jet;
pub mod jet_apply;
pub mod jet_eligibility;
pub mod jet_faq;
pub mod jet_timeline;
pub mod jet_where;
pub mod mission;
pub mod not_found;
pub mod office;
pub mod offices;
pub mod search;
pub mod widget_card;
pub mod widget_finder;
pub mod widget_timeline;
