//! Types of the JSON files under `public/data/`. Unknown fields are rejected so
//! that a typo in a content file is reported instead of silently ignored.

use serde::{Deserialize, Serialize};

use super::lang::Text;

/// Where a fact comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    #[cfg_attr(feature = "schema", schemars(schema_with = "super::schema::https_url"))]
    pub url: String,
    pub title: String,
    /// ISO date (YYYY-MM-DD) on which the fact was taken from the source.
    #[cfg_attr(feature = "schema", schemars(schema_with = "super::schema::iso_date"))]
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
    #[cfg_attr(feature = "schema", schemars(schema_with = "super::schema::safe_link"))]
    pub url: String,
}

/// `site.json`: what every page's shell needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Site {
    #[serde(rename = "$schema", default, skip_serializing)]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "super::schema::schema_ref")
    )]
    pub schema: Option<String>,
    pub name: Text,
    pub short_name: Text,
    pub tagline: Text,
    pub description: Text,
    /// ISO date on which the content was last reviewed against its sources.
    #[cfg_attr(feature = "schema", schemars(schema_with = "super::schema::iso_date"))]
    pub reviewed: String,
    pub links: Vec<Link>,
    pub sources: Vec<Source>,
}

/// `mission.json`: the mission page and the overviews built from its sections.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Mission {
    #[serde(rename = "$schema", default, skip_serializing)]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "super::schema::schema_ref")
    )]
    pub schema: Option<String>,
    pub lead: Text,
    pub figures: Vec<Figure>,
    pub sections: Vec<Section>,
}

impl Mission {
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }
}

/// A key figure, always shown with the date it holds for and its sources.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Figure {
    #[cfg_attr(feature = "schema", schemars(schema_with = "super::schema::kebab_id"))]
    pub id: String,
    pub value: Text,
    pub label: Text,
    pub as_of: Text,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Section {
    #[cfg_attr(feature = "schema", schemars(schema_with = "super::schema::kebab_id"))]
    pub id: String,
    pub heading: Text,
    pub paragraphs: Vec<Text>,
    pub items: Vec<Item>,
    pub links: Vec<Link>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub title: Text,
    pub text: Text,
}
