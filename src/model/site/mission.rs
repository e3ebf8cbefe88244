//! `site.json` and `mission.json`: the site's own name and links, and the mission page.

use serde::{Deserialize, Serialize};

use crate::model::content::{Item, Link, Source};
use crate::model::lang::Text;

/// `site.json`: what every page's shell needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub name: Text,
    pub short_name: Text,
    pub tagline: Text,
    pub description: Text,
    /// ISO date on which the content was compiled from its sources (not a review: each
    /// source records its own `reviewed` day once an editor confirms it).
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::iso_date")
    )]
    pub compiled: String,
    pub links: Vec<Link>,
    pub sources: Vec<Source>,
}

/// `mission.json`: the mission page and the overviews built from its sections.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Mission {
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
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::kebab_id")
    )]
    pub id: String,
    pub value: Text,
    pub label: Text,
    /// The date the figure holds for, as the card states it ("As of 2025").
    pub as_of: Text,
    /// What a careful reader of the sources should know (an undated page, two sources
    /// that differ): shown inside the Sources disclosure, not as the caption.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_note: Option<Text>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Section {
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::kebab_id")
    )]
    pub id: String,
    pub heading: Text,
    pub paragraphs: Vec<Text>,
    pub items: Vec<Item>,
    pub links: Vec<Link>,
    /// What a careful reader of the sources should know (an undated page, two sources
    /// that differ): shown inside the Sources disclosure, not as the caption.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_note: Option<Text>,
    pub sources: Vec<Source>,
}
