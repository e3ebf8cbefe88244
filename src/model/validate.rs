//! Content rules that serde cannot express: both languages present, safe links,
//! real dates, unique ids, a source behind every fact. Run over every file in
//! `public/data/` by the native test suite, so an editor learns which file, which
//! path and what is wrong.

use std::collections::HashSet;

use super::content::{Figure, Item, Link, Mission, Section, Site, Source};
use super::date::Date;
use super::lang::Text;
use super::url::is_safe_link;

/// One broken rule, at a JSON path such as `figures[2].sources[0].url`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

/// Collects problems while walking a value.
#[derive(Default)]
pub struct Report {
    pub problems: Vec<Problem>,
}

impl Report {
    fn push(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.to_string(),
            message: message.into(),
        });
    }

    fn each<T: Validate>(&mut self, path: &str, items: &[T]) {
        for (i, item) in items.iter().enumerate() {
            item.validate(&format!("{path}[{i}]"), self);
        }
    }

    fn non_empty<T>(&mut self, path: &str, items: &[T], what: &str) {
        if items.is_empty() {
            self.push(path, format!("needs at least one {what}"));
        }
    }

    fn unique_ids<'a>(&mut self, path: &str, ids: impl IntoIterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for id in ids {
            let kebab = !id.is_empty()
                && id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !kebab {
                self.push(
                    path,
                    format!("id \"{id}\" must be lowercase letters, digits and '-'"),
                );
            }
            if !seen.insert(id) {
                self.push(path, format!("id \"{id}\" is used twice"));
            }
        }
    }

    fn date(&mut self, path: &str, value: &str) {
        if Date::parse(value).is_none() {
            self.push(path, format!("\"{value}\" is not a valid YYYY-MM-DD date"));
        }
    }
}

pub trait Validate {
    fn validate(&self, path: &str, report: &mut Report);
}

/// Validates a whole file's value.
pub fn validate<T: Validate>(value: &T) -> Vec<Problem> {
    let mut report = Report::default();
    value.validate("", &mut report);
    report.problems
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_string()
    } else {
        format!("{path}.{field}")
    }
}

impl Validate for Text {
    fn validate(&self, path: &str, report: &mut Report) {
        for (code, value) in [("en", &self.en), ("ja", &self.ja)] {
            if value.trim().is_empty() {
                report.push(&join(path, code), "translation is missing");
            } else if value.contains('<') && value.contains('>') {
                report.push(
                    &join(path, code),
                    "looks like markup; content is plain text",
                );
            }
        }
    }
}

impl Validate for Source {
    fn validate(&self, path: &str, report: &mut Report) {
        if !self.url.starts_with("https://") || !is_safe_link(&self.url) {
            report.push(
                &join(path, "url"),
                format!("\"{}\" must be an https: URL", self.url),
            );
        }
        if self.title.trim().is_empty() {
            report.push(&join(path, "title"), "title is missing");
        }
        report.date(&join(path, "accessed"), &self.accessed);
    }
}

impl Validate for Link {
    fn validate(&self, path: &str, report: &mut Report) {
        self.label.validate(&join(path, "label"), report);
        if !is_safe_link(&self.url) {
            report.push(
                &join(path, "url"),
                format!("\"{}\" is not an https:, mailto: or tel: link", self.url),
            );
        }
    }
}

impl Validate for Item {
    fn validate(&self, path: &str, report: &mut Report) {
        self.title.validate(&join(path, "title"), report);
        self.text.validate(&join(path, "text"), report);
    }
}

impl Validate for Figure {
    fn validate(&self, path: &str, report: &mut Report) {
        self.value.validate(&join(path, "value"), report);
        self.label.validate(&join(path, "label"), report);
        self.as_of.validate(&join(path, "as_of"), report);
        report.non_empty(&join(path, "sources"), &self.sources, "source");
        report.each(&join(path, "sources"), &self.sources);
    }
}

impl Validate for Section {
    fn validate(&self, path: &str, report: &mut Report) {
        self.heading.validate(&join(path, "heading"), report);
        report.each(&join(path, "paragraphs"), &self.paragraphs);
        report.each(&join(path, "items"), &self.items);
        report.each(&join(path, "links"), &self.links);
        report.non_empty(&join(path, "sources"), &self.sources, "source");
        report.each(&join(path, "sources"), &self.sources);
    }
}

impl Validate for Site {
    fn validate(&self, path: &str, report: &mut Report) {
        for (field, text) in [
            ("name", &self.name),
            ("short_name", &self.short_name),
            ("tagline", &self.tagline),
            ("description", &self.description),
        ] {
            text.validate(&join(path, field), report);
        }
        report.date(&join(path, "reviewed"), &self.reviewed);
        report.each(&join(path, "links"), &self.links);
        report.non_empty(&join(path, "sources"), &self.sources, "source");
        report.each(&join(path, "sources"), &self.sources);
    }
}

impl Validate for Mission {
    fn validate(&self, path: &str, report: &mut Report) {
        self.lead.validate(&join(path, "lead"), report);
        report.unique_ids(
            &join(path, "figures"),
            self.figures.iter().map(|f| f.id.as_str()),
        );
        report.each(&join(path, "figures"), &self.figures);
        report.unique_ids(
            &join(path, "sections"),
            self.sections.iter().map(|s| s.id.as_str()),
        );
        report.each(&join(path, "sections"), &self.sections);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(url: &str, accessed: &str) -> Source {
        Source {
            url: url.into(),
            title: "t".into(),
            accessed: accessed.into(),
            as_of: None,
        }
    }

    #[test]
    fn finds_each_kind_of_problem() {
        let figure = |id: &str| Figure {
            id: id.into(),
            value: Text::new("1", "1"),
            label: Text::new("x", ""),
            as_of: Text::new("2025", "2025年"),
            sources: vec![source("http://example.org", "2026-02-30")],
        };
        let mission = Mission {
            lead: Text::new("<b>x</b>", "x"),
            figures: vec![figure("a"), figure("a")],
            sections: vec![Section {
                id: "Bad Id".into(),
                heading: Text::new("h", "h"),
                paragraphs: vec![],
                items: vec![],
                links: vec![Link {
                    label: Text::new("l", "l"),
                    url: "javascript:alert(1)".into(),
                }],
                sources: vec![],
            }],
        };
        let paths: Vec<_> = validate(&mission).into_iter().map(|p| p.path).collect();
        for expected in [
            "lead.en",
            "figures",
            "figures[0].label.ja",
            "figures[0].sources[0].url",
            "figures[0].sources[0].accessed",
            "sections",
            "sections[0].links[0].url",
            "sections[0].sources",
        ] {
            assert!(
                paths.iter().any(|p| p == expected),
                "no problem at {expected}: {paths:?}"
            );
        }
    }

    #[test]
    fn clean_value_has_no_problems() {
        let site = Site {
            name: Text::new("n", "n"),
            short_name: Text::new("s", "s"),
            tagline: Text::new("t", "t"),
            description: Text::new("d", "d"),
            reviewed: "2026-11-26".into(),
            links: vec![Link {
                label: Text::new("l", "l"),
                url: "mailto:a@b.jp".into(),
            }],
            sources: vec![source("https://example.org", "2026-11-26")],
        };
        assert_eq!(validate(&site), vec![]);
    }
}
