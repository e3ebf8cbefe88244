//! Types of the JET Programme files under `public/data/jet/`. Each file names the
//! programme year it describes, because the requirements change every year.

use serde::{Deserialize, Serialize};

use super::content::{Item, Link, Source};
use super::eligibility::Rule;
use super::lang::Text;

/// The programme year a file describes and where to check the current rules.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    /// The year of arrival in Japan, e.g. 2026 for applications made in autumn 2025.
    pub year: u16,
    /// The current Application Guidelines (or the official page that links them).
    pub guidelines: Link,
}

/// `jet/overview.json`: the `/jet` page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[serde(deny_unknown_fields)]
pub struct Position {
    /// `alt`, `cir` or `sea`.
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
#[serde(deny_unknown_fields)]
pub struct Pay {
    pub as_of: Text,
    pub rows: Vec<PayRow>,
    pub notes: Vec<Text>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PayRow {
    pub year: Text,
    pub yen: u32,
}

/// Participants per fiscal year; `None` where the source shows no figure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participants {
    pub series: Vec<YearCount>,
    pub notes: Vec<Text>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearCount {
    pub year: u16,
    pub count: Option<u32>,
}

/// `jet/eligibility.json`: the questions, and per position the criteria built on them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Eligibility {
    pub programme: Programme,
    pub intro: Text,
    pub questions: Vec<Question>,
    pub positions: Vec<PositionRules>,
    /// Why SEA is not part of the checker.
    pub sea: Text,
    /// Things the criteria do not mention (age, for one), said plainly.
    pub notes: Vec<Text>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Also the URL parameter that carries the answer.
    pub id: String,
    pub text: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Text>,
    pub options: Vec<AnswerOption>,
    /// Asked only when this holds for the answers so far (e.g. a teaching certificate
    /// only matters without a degree).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ask_if: Option<Rule>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    pub id: String,
    pub label: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PositionRules {
    /// `alt` or `cir`.
    pub id: String,
    pub name: Text,
    pub criteria: Vec<Criterion>,
    pub next_eligible: Text,
    pub next_not_eligible: Text,
}

/// One requirement: met when `pass_if` holds, to be checked with the JET desk when
/// `review_if` holds, otherwise not met.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub id: String,
    pub pass_if: Rule,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_if: Option<Rule>,
    pub met: Text,
    pub not_met: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Text>,
}

/// `jet/timeline.json`: the yearly pattern and the dates countries have published.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// `open`, `deadline`, `screening`, `interview-notice`, `interviews`, `results`,
    /// `placement`, `pre-departure`, `departure`.
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
#[serde(deny_unknown_fields)]
pub struct CycleMonth {
    pub year: i8,
    pub month: u8,
}

/// A country's published dates for one programme year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryDates {
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub name: Text,
    pub programme_year: u16,
    pub milestones: Vec<Milestone>,
    pub notes: Vec<Text>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// The stage it belongs to.
    pub stage: String,
    pub label: Text,
    /// Local calendar date, `YYYY-MM-DD`.
    pub date: String,
    /// The exact moment, when the source gives a time (`2024-11-16T09:59:00Z`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utc: Option<String>,
    /// The time as the source states it ("11:59 pm HST").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<Text>,
}

/// `jet/apply.json`: the step-by-step guide and the document checklist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    pub programme: Programme,
    pub intro: Text,
    pub steps: Vec<Step>,
    pub documents: Vec<Document>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
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
#[serde(deny_unknown_fields)]
pub struct Document {
    pub id: String,
    pub name: Text,
    pub note: Text,
}

/// `jet/where.json`: where to apply, per country.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WhereToApply {
    pub programme: Programme,
    /// The rule for every country: the Embassy or Consulate of Japan there.
    pub general: Text,
    pub general_sources: Vec<Source>,
    pub desks: Vec<Desk>,
    /// Every country a visitor can pick, with names in both languages.
    pub countries: Vec<CountryName>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryName {
    pub code: String,
    pub name: Text,
}

/// A country's JET desk, with only what the sources confirm.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Desk {
    pub country: String,
    pub name: Text,
    pub details: Vec<Text>,
    pub website: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub sources: Vec<Source>,
}

/// `jet/faq.json`: questions in groups.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Faq {
    pub programme: Programme,
    pub groups: Vec<FaqGroup>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaqGroup {
    pub id: String,
    pub heading: Text,
    pub items: Vec<FaqItem>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaqItem {
    /// The anchor of its deep link.
    pub id: String,
    pub question: Text,
    pub answer: Vec<Text>,
    pub sources: Vec<Source>,
}
