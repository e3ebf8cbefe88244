//! The pieces every content file is made of: sources, links and titled items. Unknown
//! fields are rejected so that a typo in a content file is reported instead of silently
//! ignored.

use serde::{Deserialize, Serialize};

use crate::model::lang::Text;

/// Where a fact comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::https_url")
    )]
    pub url: String,
    pub title: String,
    /// ISO date (YYYY-MM-DD) on which the fact was taken from the source.
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::iso_date")
    )]
    pub accessed: String,
    /// The source's own date or year, when it gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// A secondary source (a third-party list, a news summary): what it supports is not
    /// confirmed by an official one. `make content-report` lists these facts.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub secondary: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub label: Text,
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::safe_link")
    )]
    pub url: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub title: Text,
    pub text: Text,
}
