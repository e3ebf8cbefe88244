//! One file per route.

pub mod jet;
pub mod mission;
pub mod not_found;
pub mod office;
pub mod offices;
