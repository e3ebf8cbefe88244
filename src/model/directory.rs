//! `offices.json`: CLAIR's headquarters, overseas offices and domestic branches,
//! with the regions and countries they refer to.

use serde::{Deserialize, Serialize};

use super::content::Source;
use super::fold::fold;
use super::lang::{Lang, Text};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Directory {
    pub regions: Vec<Region>,
    pub countries: Vec<Country>,
    pub offices: Vec<Office>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    Japan,
    World,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: String,
    pub scope: Scope,
    pub name: Text,
}

/// A country by its ISO 3166-1 alpha-2 code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub code: String,
    pub name: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OfficeKind {
    Headquarters,
    Overseas,
    Branch,
}

impl OfficeKind {
    pub const ALL: [OfficeKind; 3] = [
        OfficeKind::Headquarters,
        OfficeKind::Overseas,
        OfficeKind::Branch,
    ];

    /// The word used in URLs (`?kind=overseas`).
    pub fn slug(self) -> &'static str {
        match self {
            OfficeKind::Headquarters => "headquarters",
            OfficeKind::Overseas => "overseas",
            OfficeKind::Branch => "branch",
        }
    }

    pub fn from_slug(slug: &str) -> Option<OfficeKind> {
        OfficeKind::ALL.into_iter().find(|k| k.slug() == slug)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BranchType {
    Prefecture,
    DesignatedCity,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Opened {
    pub year: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// A contact that the sources confirm. Absent fields are unknown, not empty.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub label: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fax: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub id: String,
    pub kind: OfficeKind,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_name: Option<String>,
    pub city: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefecture: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch_type: Option<BranchType>,
    pub region: String,
    pub country: String,
    pub covers: Vec<String>,
    pub languages: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened: Option<Opened>,
    pub timezone: String,
    pub lat: f64,
    pub lon: f64,
    pub about: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    pub sources: Vec<Source>,
}

impl Directory {
    pub fn office(&self, id: &str) -> Option<&Office> {
        self.offices.iter().find(|o| o.id == id)
    }

    pub fn region(&self, id: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.id == id)
    }

    pub fn country_name(&self, code: &str, lang: Lang) -> String {
        self.countries
            .iter()
            .find(|c| c.code == code)
            .map(|c| c.name.get(lang).to_string())
            .unwrap_or_else(|| code.to_string())
    }

    /// The nearest other offices of the same kind (any kind for the one headquarters),
    /// closest first, for "nearby" links.
    pub fn neighbours(&self, office: &Office, count: usize) -> Vec<&Office> {
        let alike = |o: &Office| office.kind == OfficeKind::Headquarters || o.kind == office.kind;
        let mut others: Vec<(f64, &Office)> = self
            .offices
            .iter()
            .filter(|o| o.id != office.id && alike(o))
            .map(|o| (distance_km(office.lat, office.lon, o.lat, o.lon), o))
            .collect();
        others.sort_by(|a, b| a.0.total_cmp(&b.0));
        others.into_iter().take(count).map(|(_, o)| o).collect()
    }
}

/// Great-circle distance, good enough to order neighbours.
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    6371.0 * 2.0 * a.sqrt().asin()
}

/// A link to another office: enough to name it without the whole record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfficeRef {
    pub id: String,
    pub name: Text,
    pub kind: OfficeKind,
}

impl From<&Office> for OfficeRef {
    fn from(office: &Office) -> OfficeRef {
        OfficeRef {
            id: office.id.clone(),
            name: office.name.clone(),
            kind: office.kind,
        }
    }
}

/// Everything an office's page shows, cut from the directory so that a prerendered
/// page carries one office, not all of them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfficeDetail {
    pub office: Office,
    pub region: Option<Region>,
    /// The office's own country first, then the countries it covers.
    pub countries: Vec<Country>,
    pub neighbours: Vec<OfficeRef>,
    /// Headquarters, for offices whose own contact is not listed.
    pub headquarters: Option<OfficeRef>,
}

/// The result of looking up an id from a URL.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Lookup {
    Found(Box<OfficeDetail>),
    Missing { suggestions: Vec<OfficeRef> },
}

impl Directory {
    pub fn lookup(&self, id: &str) -> Lookup {
        let Some(office) = self.office(id) else {
            return Lookup::Missing {
                suggestions: self.suggest(id),
            };
        };
        let mut codes = vec![&office.country];
        codes.extend(office.covers.iter().filter(|c| **c != office.country));
        let countries = codes
            .into_iter()
            .filter_map(|code| self.countries.iter().find(|c| &c.code == code).cloned())
            .collect();
        Lookup::Found(Box::new(OfficeDetail {
            office: office.clone(),
            region: self.region(&office.region).cloned(),
            countries,
            neighbours: self
                .neighbours(office, 4)
                .into_iter()
                .map(OfficeRef::from)
                .collect(),
            headquarters: self
                .offices
                .iter()
                .find(|o| o.kind == OfficeKind::Headquarters && o.id != office.id)
                .map(OfficeRef::from),
        }))
    }

    /// Offices whose id or names share the most words with a mistyped id; the
    /// headquarters and overseas offices when nothing is alike.
    pub fn suggest(&self, id: &str) -> Vec<OfficeRef> {
        let words: Vec<String> = fold(id)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 3 && !["branch", "pref", "city"].contains(w))
            .map(str::to_string)
            .collect();
        let mut scored: Vec<(usize, &Office)> = self
            .offices
            .iter()
            .map(|o| {
                let hay = fold(&format!("{} {} {}", o.id, o.name.en, o.city.en));
                (words.iter().filter(|w| hay.contains(w.as_str())).count(), o)
            })
            .filter(|(score, _)| *score > 0)
            .collect();
        scored.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
        let mut found: Vec<OfficeRef> = scored.into_iter().take(5).map(|(_, o)| o.into()).collect();
        if found.is_empty() {
            found = self
                .offices
                .iter()
                .filter(|o| o.kind != OfficeKind::Branch)
                .map(OfficeRef::from)
                .collect();
        }
        found
    }
}
