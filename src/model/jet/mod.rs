//! Types of the JET Programme files under `public/data/jet/`. Each file names the
//! programme year it describes, because the requirements change every year.

use serde::{Deserialize, Serialize};

pub mod checklist;
pub mod cycle;
pub mod eligibility;
pub mod ics;
pub mod timeline;

use crate::model::content::{Item, Link, Source};
use crate::model::fold::{fold, Terms};
use crate::model::lang::{Lang, Text};

/// The programme year a file describes and where to check the current rules.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Programme {
    /// The year of arrival in Japan, e.g. 2026 for applications made in autumn 2025.
    pub year: u16,
    /// The current Application Guidelines (or the official page that links them).
    pub guidelines: Link,
}

/// When the yearly cycle's applications close, relative to the programme year: the
/// `deadline` stage of `jet/timeline.json` ends in November of the year before (a data
/// test keeps the two in step).
pub const APPLICATIONS_CLOSE: CycleMonth = CycleMonth {
    year: -1,
    month: 11,
};

/// `jet/overview.json`: the `/jet` page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Overview {
    pub programme: Programme,
    pub lead: Text,
    pub purpose: Vec<Text>,
    pub purpose_sources: Vec<Source>,
    /// Who does what: contracting organisations, CLAIR, the ministries, embassies.
    pub roles: Vec<Item>,
    pub roles_sources: Vec<Source>,
    pub positions: Vec<Position>,
    pub contract: Vec<Item>,
    pub contract_sources: Vec<Source>,
    pub pay: Pay,
    pub participants: Participants,
}

/// One of the three positions, as shown side by side.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Position {
    /// `alt`, `cir` or `sea`.
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::kebab_id")
    )]
    pub id: String,
    pub abbr: String,
    pub name: Text,
    pub duties: Vec<Text>,
    pub language: Text,
    pub share: Text,
    /// How applying differs (SEA is a separate process).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    pub sources: Vec<Source>,
}

/// Annual pay by year of appointment, only ever shown with the date it holds for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Pay {
    pub as_of: Text,
    pub rows: Vec<PayRow>,
    pub notes: Vec<Text>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PayRow {
    pub year: Text,
    pub yen: u32,
}

/// Participants per fiscal year; `None` where the source shows no figure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Participants {
    pub series: Vec<YearCount>,
    pub notes: Vec<Text>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct YearCount {
    pub year: u16,
    pub count: Option<u32>,
}

/// `jet/timeline.json`: the yearly pattern and the dates countries have published.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Timeline {
    pub programme: Programme,
    pub stages: Vec<Stage>,
    pub countries: Vec<CountryDates>,
    pub notes: Vec<Text>,
    pub sources: Vec<Source>,
}

/// A stage of the yearly cycle, with its usual months.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// `open`, `deadline`, `screening`, `interview-notice`, `interviews`, `results`,
    /// `placement`, `pre-departure`, `departure`.
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::kebab_id")
    )]
    pub id: String,
    pub name: Text,
    pub description: Text,
    /// Usual timing in words ("Late September – October").
    pub timing: Text,
    pub start: CycleMonth,
    pub end: CycleMonth,
}

/// A month of the cycle relative to the programme year: applications for the 2026
/// programme open in September 2025, i.e. `{ "year": -1, "month": 9 }`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CycleMonth {
    pub year: i8,
    pub month: u8,
}

/// A country's published dates for one programme year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CountryDates {
    /// ISO 3166-1 alpha-2.
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::country_code")
    )]
    pub country: String,
    pub name: Text,
    pub programme_year: u16,
    pub milestones: Vec<Milestone>,
    pub notes: Vec<Text>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// The stage it belongs to.
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::kebab_id")
    )]
    pub stage: String,
    pub label: Text,
    /// Local calendar date, `YYYY-MM-DD`.
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::iso_date")
    )]
    pub date: String,
    /// The exact moment, when the source gives a time (`2024-11-16T09:59:00Z`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::utc")
    )]
    pub utc: Option<String>,
    /// The time as the source states it ("11:59 pm HST").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<Text>,
}

/// `jet/apply.json`: the step-by-step guide and the document checklist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Guide {
    pub programme: Programme,
    pub intro: Text,
    pub steps: Vec<Step>,
    pub documents: Vec<Document>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Step {
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::kebab_id")
    )]
    pub id: String,
    pub title: Text,
    pub when: Text,
    pub summary: Text,
    pub details: Vec<Text>,
    /// Ids of the checklist documents this step needs.
    pub documents: Vec<String>,
    /// A page of this site that helps with the step (`/jet/eligibility/`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Document {
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::kebab_id")
    )]
    pub id: String,
    pub name: Text,
    pub note: Text,
}

/// `jet/where.json`: where to apply, per country.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WhereToApply {
    pub programme: Programme,
    /// The rule for every country: the Embassy or Consulate of Japan there.
    pub general: Text,
    pub general_sources: Vec<Source>,
    /// The JET Programme's own page on participating countries and applying through the
    /// embassy: the way forward for a country without desk details.
    pub participating: Link,
    pub desks: Vec<Desk>,
    /// Every country a visitor can pick, with names in both languages.
    pub countries: Vec<CountryName>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CountryName {
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::country_code")
    )]
    pub code: String,
    pub name: Text,
}

/// A country's JET desk, with only what the sources confirm.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Desk {
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::country_code")
    )]
    pub country: String,
    pub name: Text,
    pub details: Vec<Text>,
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::https_url")
    )]
    pub website: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::email")
    )]
    pub email: Option<String>,
    pub sources: Vec<Source>,
}

/// `jet/faq.json`: questions in groups.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Faq {
    pub programme: Programme,
    pub groups: Vec<FaqGroup>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FaqGroup {
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::kebab_id")
    )]
    pub id: String,
    pub heading: Text,
    pub items: Vec<FaqItem>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FaqItem {
    /// The anchor of its deep link.
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::kebab_id")
    )]
    pub id: String,
    pub question: Text,
    pub answer: Vec<Text>,
    pub sources: Vec<Source>,
}

impl Participants {
    /// Years that have a figure, in order.
    pub fn known(&self) -> impl Iterator<Item = (u16, u32)> + '_ {
        self.series.iter().filter_map(|y| Some((y.year, y.count?)))
    }

    /// The year with the most participants.
    pub fn peak(&self) -> Option<(u16, u32)> {
        self.known().max_by_key(|&(_, count)| count)
    }
}

impl WhereToApply {
    pub fn country(&self, code: &str) -> Option<&CountryName> {
        self.countries.iter().find(|c| c.code == code)
    }

    pub fn desk(&self, code: &str) -> Option<&Desk> {
        self.desks.iter().find(|d| d.country == code)
    }

    /// The countries to list for what the visitor typed, at most `limit`, and how many
    /// match in all: before typing, those with a desk of their own (no count).
    pub fn listed(&self, typed: &str, limit: usize) -> (Vec<CountryName>, Option<usize>) {
        if typed.trim().is_empty() {
            let desks = self.desks.iter();
            let with_desk = desks.filter_map(|desk| self.country(&desk.country).cloned());
            (with_desk.collect(), None)
        } else {
            let found = self.find(typed);
            let total = found.len();
            (
                found.into_iter().take(limit).cloned().collect(),
                Some(total),
            )
        }
    }

    /// Countries whose name (in any language) or code contains every word typed.
    pub fn find(&self, query: &str) -> Vec<&CountryName> {
        let terms = Terms::new(query);
        self.countries
            .iter()
            .filter(|c| terms.match_folded(&fold(&format!("{} {}", c.code, c.name.all()))))
            .collect()
    }
}

impl Faq {
    /// Ids of the questions whose question or answer, in `lang`, contains every word.
    pub fn search(&self, query: &str, lang: Lang) -> Vec<&str> {
        let terms = Terms::new(query);
        self.groups
            .iter()
            .flat_map(|g| &g.items)
            .filter(|item| {
                let mut text = item.question.get(lang).to_string();
                for paragraph in &item.answer {
                    text.push(' ');
                    text.push_str(paragraph.get(lang));
                }
                terms.match_folded(&fold(&text))
            })
            .map(|item| item.id.as_str())
            .collect()
    }
}

/// `1234567` → `"1,234,567"`, or `"1 234 567"` (narrow no-break spaces) in French.
pub fn thousands(n: u32, lang: Lang) -> String {
    let separator = match lang {
        Lang::Fr => '\u{202F}',
        _ => ',',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// An amount in yen as each language writes it: `¥3,360,000`, `3 360 000 ¥` in French.
pub fn yen(n: u32, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("{}\u{A0}¥", thousands(n, lang)),
        _ => format!("¥{}", thousands(n, lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands() {
        assert_eq!(thousands(0, Lang::En), "0");
        assert_eq!(thousands(848, Lang::En), "848");
        assert_eq!(thousands(6273, Lang::Ja), "6,273");
        assert_eq!(thousands(3_360_000, Lang::Zh), "3,360,000");
        assert_eq!(thousands(3_360_000, Lang::Fr), "3\u{202F}360\u{202F}000");
        assert_eq!(yen(30_000, Lang::Ko), "¥30,000");
        assert_eq!(yen(30_000, Lang::Fr), "30\u{202F}000\u{A0}¥");
    }

    fn text(s: &str) -> Text {
        Text::new(s, s)
    }

    #[test]
    fn finds_countries_in_either_language() {
        let name = |code: &str, en: &str, ja: &str| CountryName {
            code: code.into(),
            name: Text::new(en, ja),
        };
        let w = WhereToApply {
            programme: Programme {
                year: 2026,
                guidelines: Link {
                    label: text("g"),
                    url: "https://example.org/".into(),
                },
            },
            general: text("g"),
            general_sources: vec![],
            participating: Link {
                label: text("p"),
                url: "https://example.org/p".into(),
            },
            desks: vec![],
            countries: vec![
                name("US", "United States", "アメリカ合衆国"),
                name("GB", "United Kingdom", "英国"),
                name("CI", "Côte d'Ivoire", "コートジボワール"),
            ],
        };
        let codes = |q: &str| {
            w.find(q)
                .iter()
                .map(|c| c.code.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(codes("united"), ["US", "GB"]);
        assert_eq!(codes("英国"), ["GB"]);
        assert_eq!(codes("cote"), ["CI"]);
        assert_eq!(codes("us"), ["US"]);
        assert_eq!(codes(""), ["US", "GB", "CI"]);
        assert!(codes("atlantis").is_empty());
    }

    #[test]
    fn faq_search_reads_the_current_language() {
        let faq = Faq {
            programme: Programme {
                year: 2026,
                guidelines: Link {
                    label: text("g"),
                    url: "https://example.org/".into(),
                },
            },
            groups: vec![FaqGroup {
                id: "about".into(),
                heading: text("About"),
                items: vec![
                    FaqItem {
                        id: "age".into(),
                        question: Text::new("Is there an age limit?", "年齢制限はありますか。"),
                        answer: vec![Text::new("None was found.", "見つかっていません。")],
                        sources: vec![],
                    },
                    FaqItem {
                        id: "pay".into(),
                        question: Text::new("What is the pay?", "報酬は?"),
                        answer: vec![Text::new("About 3.36 million yen in 2014.", "2014年時点")],
                        sources: vec![],
                    },
                ],
            }],
        };
        assert_eq!(faq.search("AGE", Lang::En), ["age"]);
        assert_eq!(faq.search("million yen", Lang::En), ["pay"]);
        assert_eq!(faq.search("年齢", Lang::Ja), ["age"]);
        assert!(faq.search("年齢", Lang::En).is_empty());
        assert_eq!(faq.search("", Lang::Ja).len(), 2);
    }

    #[test]
    fn peak_ignores_missing_years() {
        let p = Participants {
            series: vec![
                YearCount {
                    year: 2019,
                    count: Some(5761),
                },
                YearCount {
                    year: 2020,
                    count: None,
                },
                YearCount {
                    year: 2002,
                    count: Some(6273),
                },
            ],
            notes: vec![],
            sources: vec![],
        };
        assert_eq!(p.peak(), Some((2002, 6273)));
        assert_eq!(p.known().count(), 2);
    }
}
