//! Rules for the JET files: ids that link up (questions, options, stages, documents,
//! pages), sane cycle months and exact UTC moments, and sources behind every fact.

use std::collections::HashSet;

use super::{join, Report, Validate};
use crate::model::content::Source;
use crate::model::jet::eligibility::{Eligibility, Question, Rule};
use crate::model::jet::ics::utc_stamp;
use crate::model::jet::{
    CountryDates, Desk, Faq, Guide, Overview, Position, Programme, Stage, Timeline, WhereToApply,
};
use crate::model::lang::Text;
use crate::model::site::route::{parse, Page};
use crate::model::url::is_safe_link;

impl Report {
    fn texts(&mut self, path: &str, texts: &[(&str, &Text)]) {
        for (field, text) in texts {
            text.validate(&join(path, field), self);
        }
    }

    fn sourced(&mut self, path: &str, sources: &[Source]) {
        self.non_empty(path, sources, "source");
        self.each(path, sources);
    }

    fn https(&mut self, path: &str, url: &str) {
        if !url.starts_with("https://") || !is_safe_link(url) {
            self.push(path, format!("\"{url}\" must be an https: URL"));
        }
    }
}

impl Validate for Programme {
    fn validate(&self, path: &str, report: &mut Report) {
        if !(1987..=2100).contains(&self.year) {
            report.push(
                &join(path, "year"),
                format!("{} is not a programme year", self.year),
            );
        }
        self.guidelines.validate(&join(path, "guidelines"), report);
    }
}

impl Validate for Position {
    fn validate(&self, path: &str, report: &mut Report) {
        report.texts(
            path,
            &[
                ("name", &self.name),
                ("language", &self.language),
                ("share", &self.share),
            ],
        );
        report.non_empty(&join(path, "duties"), &self.duties, "duty");
        report.each(&join(path, "duties"), &self.duties);
        if let Some(note) = &self.note {
            note.validate(&join(path, "note"), report);
        }
        report.sourced(&join(path, "sources"), &self.sources);
    }
}

impl Validate for Overview {
    fn validate(&self, path: &str, report: &mut Report) {
        self.programme.validate(&join(path, "programme"), report);
        self.lead.validate(&join(path, "lead"), report);
        report.each(&join(path, "purpose"), &self.purpose);
        report.sourced(&join(path, "purpose_sources"), &self.purpose_sources);
        report.each(&join(path, "roles"), &self.roles);
        report.sourced(&join(path, "roles_sources"), &self.roles_sources);
        let ids: Vec<&str> = self.positions.iter().map(|p| p.id.as_str()).collect();
        if ids != ["alt", "cir", "sea"] {
            report.push(
                &join(path, "positions"),
                "must be alt, cir and sea, in that order",
            );
        }
        report.each(&join(path, "positions"), &self.positions);
        report.each(&join(path, "contract"), &self.contract);
        report.sourced(&join(path, "contract_sources"), &self.contract_sources);
        let pay = join(path, "pay");
        self.pay.as_of.validate(&join(&pay, "as_of"), report);
        report.non_empty(&join(&pay, "rows"), &self.pay.rows, "row");
        for (i, row) in self.pay.rows.iter().enumerate() {
            row.year.validate(&format!("{pay}.rows[{i}].year"), report);
        }
        report.each(&join(&pay, "notes"), &self.pay.notes);
        report.sourced(&join(&pay, "sources"), &self.pay.sources);
        let people = join(path, "participants");
        let years: Vec<u16> = self.participants.series.iter().map(|y| y.year).collect();
        if years.is_empty() || years.windows(2).any(|w| w[1] != w[0] + 1) {
            report.push(
                &join(&people, "series"),
                "years must be consecutive, oldest first",
            );
        }
        report.each(&join(&people, "notes"), &self.participants.notes);
        report.sourced(&join(&people, "sources"), &self.participants.sources);
    }
}

/// Every question and option a rule names must exist.
fn check_rule(rule: &Rule, questions: &[Question], path: &str, report: &mut Report) {
    match rule {
        Rule::Answer { question, is } => match questions.iter().find(|q| &q.id == question) {
            None => report.push(path, format!("rule names unknown question \"{question}\"")),
            Some(q) => {
                for value in is {
                    if !q.options.iter().any(|o| &o.id == value) {
                        report.push(
                            path,
                            format!("question \"{question}\" has no option \"{value}\""),
                        );
                    }
                }
            }
        },
        Rule::All(rules) | Rule::Any(rules) => {
            for r in rules {
                check_rule(r, questions, path, report);
            }
        }
        Rule::Not(r) => check_rule(r, questions, path, report),
    }
}

impl Validate for Eligibility {
    fn validate(&self, path: &str, report: &mut Report) {
        self.programme.validate(&join(path, "programme"), report);
        report.texts(
            path,
            &[
                ("intro", &self.intro),
                ("about", &self.about),
                ("sea", &self.sea),
            ],
        );
        let questions = join(path, "questions");
        report.non_empty(&questions, &self.questions, "question");
        report.unique_ids(&questions, self.questions.iter().map(|q| q.id.as_str()));
        if self
            .questions
            .iter()
            .any(|q| q.id == "step" || q.id == "return")
        {
            report.push(
                &questions,
                "\"step\" and \"return\" are reserved URL parameters",
            );
        }
        for (i, q) in self.questions.iter().enumerate() {
            let at = format!("{questions}[{i}]");
            q.text.validate(&join(&at, "text"), report);
            if let Some(hint) = &q.hint {
                hint.validate(&join(&at, "hint"), report);
            }
            if q.options.len() < 2 {
                report.push(&join(&at, "options"), "needs at least two options");
            }
            report.unique_ids(
                &join(&at, "options"),
                q.options.iter().map(|o| o.id.as_str()),
            );
            for (j, o) in q.options.iter().enumerate() {
                o.label
                    .validate(&format!("{at}.options[{j}].label"), report);
            }
            if let Some(rule) = &q.ask_if {
                // Only earlier answers can decide whether a question is asked.
                check_rule(rule, &self.questions[..i], &join(&at, "ask_if"), report);
            }
        }
        let positions = join(path, "positions");
        report.unique_ids(&positions, self.positions.iter().map(|p| p.id.as_str()));
        for (i, p) in self.positions.iter().enumerate() {
            let at = format!("{positions}[{i}]");
            report.texts(
                &at,
                &[
                    ("name", &p.name),
                    ("next_eligible", &p.next_eligible),
                    ("next_not_eligible", &p.next_not_eligible),
                ],
            );
            report.non_empty(&join(&at, "criteria"), &p.criteria, "criterion");
            report.unique_ids(
                &join(&at, "criteria"),
                p.criteria.iter().map(|c| c.id.as_str()),
            );
            for (j, c) in p.criteria.iter().enumerate() {
                let at = format!("{at}.criteria[{j}]");
                report.texts(&at, &[("met", &c.met), ("not_met", &c.not_met)]);
                check_rule(&c.pass_if, &self.questions, &join(&at, "pass_if"), report);
                match (&c.review_if, &c.review) {
                    (Some(rule), Some(text)) => {
                        check_rule(rule, &self.questions, &join(&at, "review_if"), report);
                        text.validate(&join(&at, "review"), report);
                    }
                    (None, None) => {}
                    _ => report.push(&at, "review_if and review go together"),
                }
            }
        }
        report.each(&join(path, "notes"), &self.notes);
        report.sourced(&join(path, "sources"), &self.sources);
    }
}

impl Validate for Stage {
    fn validate(&self, path: &str, report: &mut Report) {
        report.texts(
            path,
            &[
                ("name", &self.name),
                ("description", &self.description),
                ("timing", &self.timing),
            ],
        );
        for (field, m) in [("start", self.start), ("end", self.end)] {
            if !(-1..=0).contains(&m.year) || !(1..=12).contains(&m.month) {
                report.push(&join(path, field), "year must be -1 or 0 and month 1 to 12");
            }
        }
        if self.end < self.start {
            report.push(path, "ends before it starts");
        }
    }
}

impl Validate for CountryDates {
    fn validate(&self, path: &str, report: &mut Report) {
        report.country_code(&join(path, "country"), &self.country);
        self.name.validate(&join(path, "name"), report);
        for (i, m) in self.milestones.iter().enumerate() {
            let at = format!("{path}.milestones[{i}]");
            m.label.validate(&join(&at, "label"), report);
            report.date(&join(&at, "date"), &m.date);
            if let Some(utc) = &m.utc {
                if utc_stamp(utc).is_none() {
                    report.push(
                        &join(&at, "utc"),
                        format!("\"{utc}\" is not YYYY-MM-DDTHH:MM:SSZ"),
                    );
                }
            }
            if let Some(time) = &m.time {
                time.validate(&join(&at, "time"), report);
            }
        }
        report.each(&join(path, "notes"), &self.notes);
        report.sourced(&join(path, "sources"), &self.sources);
    }
}

impl Validate for Timeline {
    fn validate(&self, path: &str, report: &mut Report) {
        self.programme.validate(&join(path, "programme"), report);
        let stages = join(path, "stages");
        report.non_empty(&stages, &self.stages, "stage");
        report.unique_ids(&stages, self.stages.iter().map(|s| s.id.as_str()));
        report.each(&stages, &self.stages);
        if self.stages.windows(2).any(|w| w[1].start < w[0].start) {
            report.push(&stages, "stages must be in the order of the cycle");
        }
        let ids: HashSet<&str> = self.stages.iter().map(|s| s.id.as_str()).collect();
        for (i, c) in self.countries.iter().enumerate() {
            for (j, m) in c.milestones.iter().enumerate() {
                if !ids.contains(m.stage.as_str()) {
                    report.push(
                        &format!("{path}.countries[{i}].milestones[{j}].stage"),
                        format!("unknown stage \"{}\"", m.stage),
                    );
                }
            }
        }
        report.each(&join(path, "countries"), &self.countries);
        report.each(&join(path, "notes"), &self.notes);
        report.sourced(&join(path, "sources"), &self.sources);
    }
}

impl Validate for Guide {
    fn validate(&self, path: &str, report: &mut Report) {
        self.programme.validate(&join(path, "programme"), report);
        self.intro.validate(&join(path, "intro"), report);
        let docs = join(path, "documents");
        report.unique_ids(&docs, self.documents.iter().map(|d| d.id.as_str()));
        for (i, d) in self.documents.iter().enumerate() {
            report.texts(
                &format!("{docs}[{i}]"),
                &[("name", &d.name), ("note", &d.note)],
            );
        }
        let doc_ids: HashSet<&str> = self.documents.iter().map(|d| d.id.as_str()).collect();
        let steps = join(path, "steps");
        report.non_empty(&steps, &self.steps, "step");
        report.unique_ids(&steps, self.steps.iter().map(|s| s.id.as_str()));
        for (i, s) in self.steps.iter().enumerate() {
            let at = format!("{steps}[{i}]");
            report.texts(
                &at,
                &[
                    ("title", &s.title),
                    ("when", &s.when),
                    ("summary", &s.summary),
                ],
            );
            report.each(&join(&at, "details"), &s.details);
            for doc in &s.documents {
                if !doc_ids.contains(doc.as_str()) {
                    report.push(
                        &join(&at, "documents"),
                        format!("unknown document \"{doc}\""),
                    );
                }
            }
            if let Some(page) = &s.page {
                if parse(page).page == Page::NotFound || !page.ends_with('/') {
                    report.push(
                        &join(&at, "page"),
                        format!("\"{page}\" is not a page of this site"),
                    );
                }
            }
            report.sourced(&join(&at, "sources"), &s.sources);
        }
        report.sourced(&join(path, "sources"), &self.sources);
    }
}

impl Validate for Desk {
    fn validate(&self, path: &str, report: &mut Report) {
        report.country_code(&join(path, "country"), &self.country);
        self.name.validate(&join(path, "name"), report);
        report.each(&join(path, "details"), &self.details);
        report.https(&join(path, "website"), &self.website);
        if let Some(address) = &self.address {
            address.validate(&join(path, "address"), report);
        }
        if let Some(phone) = &self.phone {
            let ok = phone.starts_with('+')
                && phone[1..].bytes().all(|b| b.is_ascii_digit() || b == b' ');
            if !ok {
                report.push(&join(path, "phone"), "phone must be international: +61 2 …");
            }
        }
        if let Some(email) = &self.email {
            if !is_safe_link(&format!("mailto:{email}")) || !email.contains('@') {
                report.push(
                    &join(path, "email"),
                    format!("\"{email}\" is not an email address"),
                );
            }
        }
        report.sourced(&join(path, "sources"), &self.sources);
    }
}

impl Validate for WhereToApply {
    fn validate(&self, path: &str, report: &mut Report) {
        self.programme.validate(&join(path, "programme"), report);
        self.general.validate(&join(path, "general"), report);
        report.sourced(&join(path, "general_sources"), &self.general_sources);
        self.participating
            .validate(&join(path, "participating"), report);
        let countries = join(path, "countries");
        let mut seen = HashSet::new();
        for (i, c) in self.countries.iter().enumerate() {
            let at = format!("{countries}[{i}]");
            report.country_code(&join(&at, "code"), &c.code);
            c.name.validate(&join(&at, "name"), report);
            if !seen.insert(c.code.as_str()) {
                report.push(&at, format!("country \"{}\" is listed twice", c.code));
            }
        }
        for (i, d) in self.desks.iter().enumerate() {
            if !seen.contains(d.country.as_str()) {
                report.push(
                    &format!("{path}.desks[{i}].country"),
                    format!("\"{}\" is not in the country list", d.country),
                );
            }
        }
        report.each(&join(path, "desks"), &self.desks);
    }
}

impl Validate for Faq {
    fn validate(&self, path: &str, report: &mut Report) {
        self.programme.validate(&join(path, "programme"), report);
        let groups = join(path, "groups");
        report.unique_ids(&groups, self.groups.iter().map(|g| g.id.as_str()));
        // Item ids are page anchors, so they are unique across groups.
        report.unique_ids(
            &groups,
            self.groups
                .iter()
                .flat_map(|g| g.items.iter().map(|i| i.id.as_str())),
        );
        for (i, g) in self.groups.iter().enumerate() {
            let at = format!("{groups}[{i}]");
            g.heading.validate(&join(&at, "heading"), report);
            report.non_empty(&join(&at, "items"), &g.items, "question");
            for (j, item) in g.items.iter().enumerate() {
                let at = format!("{at}.items[{j}]");
                item.question.validate(&join(&at, "question"), report);
                report.non_empty(&join(&at, "answer"), &item.answer, "paragraph");
                report.each(&join(&at, "answer"), &item.answer);
                report.sourced(&join(&at, "sources"), &item.sources);
            }
        }
    }
}
