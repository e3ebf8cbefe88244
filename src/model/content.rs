//! The pieces every content file is made of: sources, links and titled items. Unknown
//! fields are rejected so that a typo in a content file is reported instead of silently
//! ignored.

use serde::{Deserialize, Serialize};

use crate::model::date::{days_in_month, Date};
use crate::model::lang::Text;

/// Where a fact comes from, with only what is known about it: the date the page states
/// for itself (many state none), whether it is official, and the day an editor last
/// confirmed the fact against the live page (nobody has, until someone does).
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
    /// The date the page itself states, when it states one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::page_date")
    )]
    pub as_of: Option<PageDate>,
    /// A secondary source (a third-party list, a news summary): what it supports is not
    /// confirmed by an official one. `make content-report` lists these facts.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub secondary: bool,
    /// ISO date (YYYY-MM-DD) on which an editor confirmed the fact against the live page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::iso_date")
    )]
    pub reviewed: Option<String>,
}

/// The date a page states for itself, as precisely as it states it: a day, a month, a
/// year, the JET programme year it describes or a Japanese fiscal year. Written in
/// content as `2024-09-17`, `2014-03`, `2024`, `2025 programme` or `FY2025`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum PageDate {
    Day(Date),
    Month { year: i32, month: u32 },
    Year(i32),
    Programme(u16),
    FiscalYear(u16),
}

impl PageDate {
    pub fn parse(text: &str) -> Option<PageDate> {
        let year = |s: &str| -> Option<u16> {
            (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
        };
        if let Some(day) = Date::parse(text) {
            return Some(PageDate::Day(day));
        }
        if let Some(y) = text.strip_suffix(" programme") {
            return year(y).map(PageDate::Programme);
        }
        if let Some(y) = text.strip_prefix("FY") {
            return year(y).map(PageDate::FiscalYear);
        }
        match text.split_once('-') {
            Some((y, m)) if m.len() == 2 => {
                let month = m.parse().ok().filter(|m| (1..=12).contains(m))?;
                Some(PageDate::Month {
                    year: i32::from(year(y)?),
                    month,
                })
            }
            Some(_) => None,
            None => year(text).map(|y: u16| PageDate::Year(i32::from(y))),
        }
    }

    /// The last day the stated date can mean: how old the page is at the least. A
    /// programme year's page is read as of its arrivals (April of that year), a fiscal
    /// year's as of its end (March of the next).
    pub fn last_day(self) -> Date {
        let end_of = |year: i32, month: u32| Date {
            year,
            month,
            day: days_in_month(year, month),
        };
        match self {
            PageDate::Day(day) => day,
            PageDate::Month { year, month } => end_of(year, month),
            PageDate::Year(year) => end_of(year, 12),
            PageDate::Programme(year) => end_of(i32::from(year), 4),
            PageDate::FiscalYear(year) => end_of(i32::from(year) + 1, 3),
        }
    }
}

impl std::fmt::Display for PageDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PageDate::Day(day) => f.write_str(&day.iso()),
            PageDate::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            PageDate::Year(year) => write!(f, "{year:04}"),
            PageDate::Programme(year) => write!(f, "{year} programme"),
            PageDate::FiscalYear(year) => write!(f, "FY{year}"),
        }
    }
}

impl TryFrom<String> for PageDate {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        PageDate::parse(&text).ok_or_else(|| {
            format!("\"{text}\" is not a page date (2024-09-17, 2014-03, 2024, 2025 programme or FY2025)")
        })
    }
}

impl From<PageDate> for String {
    fn from(date: PageDate) -> String {
        date.to_string()
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_dates_read_as_written() {
        for text in ["2024-09-17", "2014-03", "2024", "2025 programme", "FY2025"] {
            let date = PageDate::parse(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(date.to_string(), text);
        }
        for text in [
            "March 2014",
            "c. 2012",
            "2015–16",
            "2014-13",
            "2025-02-29",
            "FY25",
            "",
        ] {
            assert_eq!(PageDate::parse(text), None, "{text}");
        }
    }

    #[test]
    fn a_page_is_at_least_as_old_as_its_last_possible_day() {
        let last = |text| PageDate::parse(text).unwrap().last_day().iso();
        assert_eq!(last("2014-03"), "2014-03-31");
        assert_eq!(last("2024"), "2024-12-31");
        assert_eq!(last("2025 programme"), "2025-04-30");
        assert_eq!(last("FY2025"), "2026-03-31");
        assert_eq!(last("2024-02"), "2024-02-29");
    }
}
