//! The eligibility checker's rule engine. Rules are data (`jet/eligibility.json`), so an
//! editor changes a criterion without touching Rust.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::content::Source;
use crate::model::jet::Programme;
use crate::model::lang::Text;

/// `jet/eligibility.json`: the questions, and per position the criteria built on them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Eligibility {
    pub programme: Programme,
    /// One sentence before the first question; on a phone the question must follow it
    /// on the first screen.
    pub intro: Text,
    /// What the checker is and is not (a guide, not a decision; nothing stored), shown
    /// after it.
    pub about: Text,
    pub questions: Vec<Question>,
    pub positions: Vec<PositionRules>,
    /// Why SEA is not part of the checker.
    pub sea: Text,
    /// Things the criteria do not mention (age, for one), said plainly.
    pub notes: Vec<Text>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Also the URL parameter that carries the answer.
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::kebab_id")
    )]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::kebab_id")
    )]
    pub id: String,
    pub label: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PositionRules {
    /// `alt` or `cir`.
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::kebab_id")
    )]
    pub id: String,
    pub name: Text,
    pub criteria: Vec<Criterion>,
    pub next_eligible: Text,
    pub next_not_eligible: Text,
}

/// One requirement: met when `pass_if` holds, to be checked with the JET desk when
/// `review_if` holds, otherwise not met.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::model::schema::kebab_id")
    )]
    pub id: String,
    pub pass_if: Rule,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_if: Option<Rule>,
    pub met: Text,
    pub not_met: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Text>,
}

/// A condition on the answers given so far.
///
/// JSON: `{"answer": {"question": "degree", "is": ["yes", "by-arrival"]}}`,
/// `{"all": [...]}`, `{"any": [...]}`, `{"not": {...}}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Rule {
    /// The answer to `question` is one of `is`.
    Answer {
        question: String,
        is: Vec<String>,
    },
    All(Vec<Rule>),
    Any(Vec<Rule>),
    Not(Box<Rule>),
}

/// The visitor's answers: question id → option id. Only known questions and options
/// are kept, so a hand-edited URL cannot smuggle anything in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(BTreeMap<String, String>);

impl Answers {
    /// Answers from URL query pairs; unknown keys and values are ignored.
    pub fn from_pairs<'a>(
        rules: &Eligibility,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Answers {
        let mut answers = Answers::default();
        for (key, value) in pairs {
            let known = rules
                .question(key)
                .is_some_and(|q| q.options.iter().any(|o| o.id == value));
            if known {
                answers.0.insert(key.to_string(), value.to_string());
            }
        }
        answers
    }

    pub fn get(&self, question: &str) -> Option<&str> {
        self.0.get(question).map(String::as_str)
    }

    pub fn set(&mut self, question: &str, option: &str) {
        self.0.insert(question.to_string(), option.to_string());
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

impl Rule {
    /// Three-valued: `None` while an answer the rule needs is missing.
    pub fn eval(&self, answers: &Answers) -> Option<bool> {
        match self {
            Rule::Answer { question, is } => {
                answers.get(question).map(|a| is.iter().any(|v| v == a))
            }
            Rule::All(rules) => {
                let results: Vec<_> = rules.iter().map(|r| r.eval(answers)).collect();
                if results.contains(&Some(false)) {
                    Some(false)
                } else if results.contains(&None) {
                    None
                } else {
                    Some(true)
                }
            }
            Rule::Any(rules) => {
                let results: Vec<_> = rules.iter().map(|r| r.eval(answers)).collect();
                if results.contains(&Some(true)) {
                    Some(true)
                } else if results.contains(&None) {
                    None
                } else {
                    Some(false)
                }
            }
            Rule::Not(rule) => rule.eval(answers).map(|v| !v),
        }
    }

    /// Question ids the rule reads, for validation.
    pub fn questions(&self) -> Vec<&str> {
        match self {
            Rule::Answer { question, .. } => vec![question.as_str()],
            Rule::All(rules) | Rule::Any(rules) => rules.iter().flat_map(Rule::questions).collect(),
            Rule::Not(rule) => rule.questions(),
        }
    }
}

/// Where one criterion stands for the answers given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Met,
    NotMet,
    /// Not a no, but something to confirm with the JET desk.
    Review,
    Unanswered,
}

impl Criterion {
    pub fn status(&self, answers: &Answers) -> Status {
        if self.review_if.as_ref().and_then(|r| r.eval(answers)) == Some(true) {
            return Status::Review;
        }
        match self.pass_if.eval(answers) {
            Some(true) => Status::Met,
            Some(false) => Status::NotMet,
            None => Status::Unanswered,
        }
    }
}

/// The result for one position: the worst status of its criteria decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Eligible,
    NotEligible,
    /// Every criterion met or to be reviewed, at least one to review.
    Check,
    Incomplete,
}

impl PositionRules {
    /// Each criterion with its status, in the data's order.
    pub fn assess<'a>(&'a self, answers: &Answers) -> Vec<(&'a Criterion, Status)> {
        self.criteria
            .iter()
            .map(|c| (c, c.status(answers)))
            .collect()
    }

    pub fn verdict(&self, answers: &Answers) -> Verdict {
        let statuses: Vec<Status> = self.criteria.iter().map(|c| c.status(answers)).collect();
        if statuses.contains(&Status::NotMet) {
            Verdict::NotEligible
        } else if statuses.contains(&Status::Unanswered) {
            Verdict::Incomplete
        } else if statuses.contains(&Status::Review) {
            Verdict::Check
        } else {
            Verdict::Eligible
        }
    }
}

/// What the checker shows: a question, or the summary with the results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Question(usize),
    Summary,
}

/// URL value of `step` that shows the summary.
pub const SUMMARY_STEP: &str = "summary";

impl Eligibility {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// Whether a question applies, given the other answers.
    pub fn asks(&self, index: usize, answers: &Answers) -> bool {
        self.questions[index]
            .ask_if
            .as_ref()
            .is_none_or(|rule| rule.eval(answers) == Some(true))
    }

    /// The questions that apply to these answers, in order.
    pub fn asked(&self, answers: &Answers) -> Vec<usize> {
        (0..self.questions.len())
            .filter(|&i| self.asks(i, answers))
            .collect()
    }

    /// Answers without those to questions that no longer apply (a degree given after
    /// saying there was none makes the teaching certificate irrelevant).
    pub fn relevant(&self, answers: &Answers) -> Answers {
        let asked = self.asked(answers);
        Answers(
            answers
                .0
                .iter()
                .filter(|(id, _)| asked.iter().any(|&i| &self.questions[i].id == *id))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        )
    }

    /// The screen for a `step` from the URL: that question when it applies, the summary
    /// when asked for and everything is answered, otherwise the first unanswered question.
    pub fn screen(&self, answers: &Answers, step: Option<&str>) -> Screen {
        let asked = self.asked(answers);
        let first_open = asked
            .iter()
            .copied()
            .find(|&i| answers.get(&self.questions[i].id).is_none());
        let requested =
            step.and_then(|s| asked.iter().copied().find(|&i| self.questions[i].id == s));
        match (requested, first_open) {
            (Some(i), _) => Screen::Question(i),
            (None, Some(i)) => Screen::Question(i),
            (None, None) => Screen::Summary,
        }
    }

    /// Where Continue leads after answering question `index`: the next question that
    /// applies, or the summary.
    pub fn after(&self, index: usize, answers: &Answers) -> Screen {
        self.asked(answers)
            .into_iter()
            .find(|&i| i > index)
            .map_or(Screen::Summary, Screen::Question)
    }

    /// Where Back leads from a screen: the previous question that applies, if any.
    pub fn before(&self, screen: Screen, answers: &Answers) -> Option<usize> {
        let asked = self.asked(answers);
        match screen {
            Screen::Question(index) => asked.into_iter().rev().find(|&i| i < index),
            Screen::Summary => asked.last().copied(),
        }
    }

    /// The query string for answers and a screen, in question order.
    pub fn query(&self, answers: &Answers, screen: Screen) -> String {
        let mut pairs: Vec<String> = self
            .questions
            .iter()
            .filter_map(|q| answers.get(&q.id).map(|a| format!("{}={a}", q.id)))
            .collect();
        pairs.push(format!(
            "step={}",
            match screen {
                Screen::Question(i) => self.questions[i].id.as_str(),
                Screen::Summary => SUMMARY_STEP,
            }
        ));
        format!("?{}", pairs.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::content::Link;
    use crate::model::jet::Programme;
    use crate::model::lang::Text;

    fn is(question: &str, values: &[&str]) -> Rule {
        Rule::Answer {
            question: question.into(),
            is: values.iter().map(|v| v.to_string()).collect(),
        }
    }

    fn question(id: &str, options: &[&str], ask_if: Option<Rule>) -> Question {
        Question {
            id: id.into(),
            text: Text::new(id, id),
            hint: None,
            options: options
                .iter()
                .map(|o| AnswerOption {
                    id: o.to_string(),
                    label: Text::new(o, o),
                })
                .collect(),
            ask_if,
        }
    }

    fn criterion(id: &str, pass_if: Rule, review_if: Option<Rule>) -> Criterion {
        Criterion {
            id: id.into(),
            pass_if,
            review_if,
            met: Text::new("met", "met"),
            not_met: Text::new("not met", "not met"),
            review: None,
        }
    }

    /// A small version of the real rules: nationality, a degree or (ALT only) a
    /// certificate, and previous participation that needs review.
    fn rules() -> Eligibility {
        let degree = Rule::Any(vec![is("degree", &["yes"]), is("cert", &["yes"])]);
        Eligibility {
            programme: Programme {
                year: 2026,
                guidelines: Link {
                    label: Text::new("g", "g"),
                    url: "https://example.org/".into(),
                },
            },
            intro: Text::new("i", "i"),
            about: Text::new("a", "a"),
            questions: vec![
                question("nationality", &["yes", "no"], None),
                question("degree", &["yes", "no"], None),
                question("cert", &["yes", "no"], Some(is("degree", &["no"]))),
                question("previous", &["never", "before", "five"], None),
            ],
            positions: vec![PositionRules {
                id: "alt".into(),
                name: Text::new("ALT", "ALT"),
                criteria: vec![
                    criterion("nationality", is("nationality", &["yes"]), None),
                    criterion("degree", degree, None),
                    criterion(
                        "previous",
                        is("previous", &["never"]),
                        Some(is("previous", &["before"])),
                    ),
                ],
                next_eligible: Text::new("n", "n"),
                next_not_eligible: Text::new("n", "n"),
            }],
            sea: Text::new("s", "s"),
            notes: vec![],
            sources: vec![],
        }
    }

    fn answers(rules: &Eligibility, query: &[(&str, &str)]) -> Answers {
        Answers::from_pairs(rules, query.iter().copied())
    }

    #[test]
    fn keeps_only_known_questions_and_options() {
        let r = rules();
        let a = answers(
            &r,
            &[
                ("nationality", "yes"),
                ("degree", "maybe"),
                ("x", "yes"),
                ("step", "degree"),
            ],
        );
        assert_eq!(a.iter().collect::<Vec<_>>(), vec![("nationality", "yes")]);
    }

    #[test]
    fn rules_are_three_valued() {
        let r = rules();
        let none = Answers::default();
        let rule = Rule::Any(vec![is("degree", &["yes"]), is("cert", &["yes"])]);
        assert_eq!(rule.eval(&none), None);
        assert_eq!(rule.eval(&answers(&r, &[("cert", "yes")])), Some(true));
        assert_eq!(rule.eval(&answers(&r, &[("degree", "no")])), None);
        assert_eq!(
            rule.eval(&answers(&r, &[("degree", "no"), ("cert", "no")])),
            Some(false)
        );
        let all = Rule::All(vec![is("degree", &["yes"]), is("nationality", &["yes"])]);
        assert_eq!(all.eval(&answers(&r, &[("degree", "no")])), Some(false));
        assert_eq!(all.eval(&answers(&r, &[("degree", "yes")])), None);
        assert_eq!(
            all.eval(&answers(&r, &[("degree", "yes"), ("nationality", "yes")])),
            Some(true)
        );
        assert_eq!(
            Rule::Not(Box::new(is("degree", &["yes"]))).eval(&none),
            None
        );
        assert_eq!(
            Rule::Not(Box::new(is("degree", &["yes"]))).eval(&answers(&r, &[("degree", "no")])),
            Some(true)
        );
    }

    #[test]
    fn each_criterion_true_false_review_and_missing() {
        let r = rules();
        let previous = &r.positions[0].criteria[2];
        assert_eq!(previous.status(&Answers::default()), Status::Unanswered);
        assert_eq!(
            previous.status(&answers(&r, &[("previous", "never")])),
            Status::Met
        );
        assert_eq!(
            previous.status(&answers(&r, &[("previous", "before")])),
            Status::Review
        );
        assert_eq!(
            previous.status(&answers(&r, &[("previous", "five")])),
            Status::NotMet
        );
    }

    #[test]
    fn verdicts_combine_criteria() {
        let r = rules();
        let alt = &r.positions[0];
        let full = |n: &str, d: &str, p: &str| {
            answers(
                &r,
                &[
                    ("nationality", n),
                    ("degree", d),
                    ("cert", "no"),
                    ("previous", p),
                ],
            )
        };
        assert_eq!(alt.verdict(&full("yes", "yes", "never")), Verdict::Eligible);
        assert_eq!(
            alt.verdict(&full("no", "yes", "never")),
            Verdict::NotEligible
        );
        assert_eq!(
            alt.verdict(&full("yes", "no", "never")),
            Verdict::NotEligible
        );
        assert_eq!(alt.verdict(&full("yes", "yes", "before")), Verdict::Check);
        // A "no" decides even while other answers are missing.
        assert_eq!(
            alt.verdict(&answers(&r, &[("nationality", "no")])),
            Verdict::NotEligible
        );
        assert_eq!(
            alt.verdict(&answers(&r, &[("nationality", "yes")])),
            Verdict::Incomplete
        );
        let by_cert = answers(
            &r,
            &[
                ("nationality", "yes"),
                ("degree", "no"),
                ("cert", "yes"),
                ("previous", "never"),
            ],
        );
        assert_eq!(alt.verdict(&by_cert), Verdict::Eligible);
    }

    #[test]
    fn flow_skips_questions_that_do_not_apply() {
        let r = rules();
        let none = Answers::default();
        assert_eq!(r.screen(&none, None), Screen::Question(0));
        // The certificate question is only asked without a degree.
        let with_degree = answers(&r, &[("nationality", "yes"), ("degree", "yes")]);
        assert_eq!(r.after(1, &with_degree), Screen::Question(3));
        let without = answers(&r, &[("nationality", "yes"), ("degree", "no")]);
        assert_eq!(r.after(1, &without), Screen::Question(2));
        assert_eq!(r.before(Screen::Question(3), &with_degree), Some(1));
        assert_eq!(r.before(Screen::Question(0), &none), None);
        // A step that does not apply, or a summary with open questions, falls back.
        assert_eq!(r.screen(&with_degree, Some("cert")), Screen::Question(3));
        assert_eq!(r.screen(&with_degree, Some("summary")), Screen::Question(3));
        assert_eq!(
            r.screen(&with_degree, Some("nationality")),
            Screen::Question(0)
        );
        let done = answers(
            &r,
            &[
                ("nationality", "yes"),
                ("degree", "yes"),
                ("previous", "never"),
            ],
        );
        assert_eq!(r.screen(&done, None), Screen::Summary);
        assert_eq!(r.before(Screen::Summary, &done), Some(3));
    }

    #[test]
    fn stale_answers_are_dropped_and_queries_round_trip() {
        let r = rules();
        let a = answers(
            &r,
            &[("degree", "yes"), ("cert", "no"), ("nationality", "yes")],
        );
        let relevant = r.relevant(&a);
        assert_eq!(relevant.get("cert"), None);
        let query = r.query(&relevant, Screen::Question(3));
        assert_eq!(query, "?nationality=yes&degree=yes&step=previous");
        let back: Vec<(&str, &str)> = query[1..]
            .split('&')
            .filter_map(|p| p.split_once('='))
            .collect();
        assert_eq!(Answers::from_pairs(&r, back), relevant);
        assert_eq!(
            r.query(&Answers::default(), Screen::Summary),
            "?step=summary"
        );
    }
}
