//! `offices.json`: CLAIR's headquarters, overseas offices and domestic branches,
//! with the regions and countries they refer to.

use serde::{Deserialize, Serialize};

pub mod map;
pub mod map_keys;
pub mod search;
pub mod vcard;

use crate::model::content::Source;
use crate::model::fold::fold;
use crate::model::lang::{Lang, Text};

/// ISO 3166-1 alpha-2 codes in use (2024): every country code in content is one of them.
pub const ISO_3166: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Directory {
    pub regions: Vec<Region>,
    pub countries: Vec<Country>,
    pub offices: Vec<Office>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    Japan,
    World,
}

impl Scope {
    /// `japan` or `world`, as the maps' class names and ids use it.
    pub fn slug(self) -> &'static str {
        match self {
            Scope::Japan => "japan",
            Scope::World => "world",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Region {
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::kebab_id")
    )]
    pub id: String,
    pub scope: Scope,
    pub name: Text,
}

/// A country by its ISO 3166-1 alpha-2 code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Country {
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::country_code")
    )]
    pub code: String,
    pub name: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum BranchType {
    Prefecture,
    DesignatedCity,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Opened {
    pub year: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// A contact that the sources confirm. Absent fields are unknown, not empty.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub label: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::phone")
    )]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::phone")
    )]
    pub fax: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::email")
    )]
    pub email: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Office {
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::kebab_id")
    )]
    pub id: String,
    pub kind: OfficeKind,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_name: Option<String>,
    pub city: Text,
    /// The city rests on a secondary source only: shown flagged, never put in a vCard.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub city_secondary: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefecture: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch_type: Option<BranchType>,
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::kebab_id")
    )]
    pub region: String,
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::country_code")
    )]
    pub country: String,
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::country_codes")
    )]
    pub covers: Vec<String>,
    pub languages: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::https_url")
    )]
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

impl Office {
    /// The countries it serves: its own, then those it covers, each once. A finder
    /// widget's `country=` preset keeps the offices serving that country.
    pub fn served(&self) -> Vec<&str> {
        let mut out: Vec<&str> = vec![self.country.as_str()];
        for country in &self.covers {
            if !out.contains(&country.as_str()) {
                out.push(country);
            }
        }
        out
    }

    /// The city the office is in: headquarters and overseas offices. Where a branch is
    /// housed is not known; its `city` (the prefectural capital, from third-party lists)
    /// only places its map marker.
    pub fn located_city(&self) -> Option<&Text> {
        (self.kind != OfficeKind::Branch).then_some(&self.city)
    }

    /// The office's city where an official source confirms it: what a vCard may carry.
    pub fn confirmed_city(&self) -> Option<&Text> {
        self.located_city().filter(|_| !self.city_secondary)
    }

    /// Where the office is (its confirmed city, then its prefecture unless the city names it,
    /// then `country`) or, for a branch, the area it serves: its designated city and
    /// prefecture, or its prefecture.
    pub fn place(&self, country: &Text, lang: Lang) -> Vec<String> {
        let city = match (self.located_city(), self.branch_type) {
            (Some(_), _) | (None, Some(BranchType::DesignatedCity)) => Some(&self.city),
            _ => None,
        };
        let mut parts: Vec<String> = city.iter().map(|c| c.get(lang).to_string()).collect();
        if let Some(prefecture) = &self.prefecture {
            // "Chiyoda, Tokyo" already names Tokyo.
            if city.is_none_or(|c| !c.get(lang).contains(prefecture.get(lang))) {
                parts.push(prefecture.get(lang).to_string());
            }
        }
        parts.push(country.get(lang).to_string());
        parts
    }
}

impl Directory {
    pub fn office(&self, id: &str) -> Option<&Office> {
        self.offices.iter().find(|o| o.id == id)
    }

    pub fn region(&self, id: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.id == id)
    }

    /// A country's name in both languages; the code itself when it is not listed.
    pub fn country_text(&self, code: &str) -> Text {
        self.countries
            .iter()
            .find(|c| c.code == code)
            .map(|c| c.name.clone())
            .unwrap_or_else(|| Text::new(code, code))
    }

    pub fn country_name(&self, code: &str, lang: Lang) -> String {
        self.country_text(code).get(lang).to_string()
    }

    /// Offices to link from an office's page, closest first: for a branch or the
    /// headquarters the nearest few of the same kind (any kind for headquarters); for an
    /// overseas office, which has no near neighbour on most continents, all the other
    /// overseas offices, and the page names them so.
    pub fn neighbours(&self, office: &Office) -> Vec<&Office> {
        let count = match office.kind {
            OfficeKind::Overseas => usize::MAX,
            _ => NEARBY_COUNT,
        };
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

/// How many nearby offices a branch's or the headquarters' page links.
const NEARBY_COUNT: usize = 4;

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
                suggestions: OfficeNames::from(self).suggest(id),
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
                .neighbours(office)
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
}

/// Every office's id, name, English city and kind: all a missing office's page needs
/// to suggest the closest (`suggest`). The prerenderer writes it per language
/// (`data/<code>/office-names.json`), a tenth of the directory's bytes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfficeNames {
    pub offices: Vec<OfficeName>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfficeName {
    pub id: String,
    pub name: Text,
    pub city: String,
    pub kind: OfficeKind,
}

impl OfficeNames {
    pub const FILE: &'static str = "office-names.json";

    /// For an id no office has, the offices to suggest instead.
    pub fn missing(&self, id: &str) -> Option<Vec<OfficeRef>> {
        (!self.offices.iter().any(|o| o.id == id)).then(|| self.suggest(id))
    }

    /// Offices whose id or names share the most words with a mistyped id; the
    /// headquarters and overseas offices when nothing is alike.
    pub fn suggest(&self, id: &str) -> Vec<OfficeRef> {
        let words: Vec<String> = fold(id)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 3 && !["branch", "pref", "city"].contains(w))
            .map(str::to_string)
            .collect();
        let mut scored: Vec<(usize, &OfficeName)> = self
            .offices
            .iter()
            .map(|o| {
                let hay = fold(&format!("{} {} {}", o.id, o.name.en(), o.city));
                (words.iter().filter(|w| hay.contains(w.as_str())).count(), o)
            })
            .filter(|(score, _)| *score > 0)
            .collect();
        scored.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
        let mut found: Vec<&OfficeName> = scored.into_iter().take(5).map(|(_, o)| o).collect();
        if found.is_empty() {
            found = self
                .offices
                .iter()
                .filter(|o| o.kind != OfficeKind::Branch)
                .collect();
        }
        found.into_iter().map(OfficeRef::from).collect()
    }
}

impl From<&Directory> for OfficeNames {
    fn from(directory: &Directory) -> OfficeNames {
        let offices = directory
            .offices
            .iter()
            .map(|o| OfficeName {
                id: o.id.clone(),
                name: o.name.clone(),
                city: o.city.en().to_string(),
                kind: o.kind,
            })
            .collect();
        OfficeNames { offices }
    }
}

impl From<&OfficeName> for OfficeRef {
    fn from(office: &OfficeName) -> OfficeRef {
        OfficeRef {
            id: office.id.clone(),
            name: office.name.clone(),
            kind: office.kind,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn office(kind: OfficeKind, branch_type: Option<BranchType>) -> Office {
        Office {
            id: "x".into(),
            kind,
            name: Text::new("X", "X"),
            local_name: None,
            city: Text::new("Aomori", "青森市"),
            city_secondary: false,
            prefecture: Some(Text::new("Aomori Prefecture", "青森県")),
            branch_type,
            region: "tohoku".into(),
            country: "JP".into(),
            covers: vec![],
            languages: vec![],
            website: None,
            opened: None,
            timezone: "Asia/Tokyo".into(),
            lat: 40.8,
            lon: 140.7,
            about: Text::new("a", "a"),
            contact: None,
            sources: vec![],
        }
    }

    #[test]
    fn a_branch_is_placed_by_the_area_it_serves_not_by_a_city() {
        let japan = Text::new("Japan", "日本");
        let branch = office(OfficeKind::Branch, Some(BranchType::Prefecture));
        assert_eq!(branch.confirmed_city(), None);
        assert_eq!(
            branch.place(&japan, Lang::En),
            ["Aomori Prefecture", "Japan"]
        );
        let city = office(OfficeKind::Branch, Some(BranchType::DesignatedCity));
        assert_eq!(city.place(&japan, Lang::Ja), ["青森市", "青森県", "日本"]);
        let hq = office(OfficeKind::Headquarters, None);
        assert_eq!(hq.confirmed_city(), Some(&hq.city));
        assert_eq!(
            hq.place(&japan, Lang::En),
            ["Aomori", "Aomori Prefecture", "Japan"]
        );
        let tokyo = Office {
            city: Text::new("Chiyoda, Tokyo", "東京都千代田区"),
            city_secondary: false,
            prefecture: Some(Text::new("Tokyo", "東京都")),
            ..hq
        };
        assert_eq!(tokyo.place(&japan, Lang::Ja), ["東京都千代田区", "日本"]);
    }
}
