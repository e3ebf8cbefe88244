//! Content rules that serde cannot express: both languages present, safe links,
//! real dates, unique ids, a source behind every fact. Run over every file in
//! `public/data/` by the native test suite, so an editor learns which file, which
//! path and what is wrong.

use std::collections::HashSet;

use crate::model::content::{Item, Link, Source};
use crate::model::date::Date;
use crate::model::directory::ISO_3166;
use crate::model::lang::Text;
use crate::model::site::mission::{Figure, Mission, Section, Site};
use crate::model::url::is_safe_link;

mod jet_rules;

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

    fn country_code(&mut self, path: &str, code: &str) {
        if !ISO_3166.contains(&code) {
            self.push(
                path,
                format!("\"{code}\" is not an ISO 3166-1 alpha-2 code"),
            );
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
        for (lang, value) in self.iter() {
            let code = lang.code();
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
        if let Some(reviewed) = &self.reviewed {
            report.date(&join(path, "reviewed"), reviewed);
        }
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
        if let Some(note) = &self.source_note {
            note.validate(&join(path, "source_note"), report);
        }
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
        if let Some(note) = &self.source_note {
            note.validate(&join(path, "source_note"), report);
        }
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
        report.date(&join(path, "compiled"), &self.compiled);
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

    fn source(url: &str, reviewed: &str) -> Source {
        Source {
            url: url.into(),
            title: "t".into(),
            as_of: None,
            secondary: false,
            reviewed: Some(reviewed.into()),
        }
    }

    #[test]
    fn finds_each_kind_of_problem() {
        let figure = |id: &str| Figure {
            id: id.into(),
            value: Text::new("1", "1"),
            label: Text::new("x", ""),
            as_of: Text::new("2025", "2025年"),
            source_note: None,
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
                source_note: None,
                sources: vec![],
            }],
        };
        let paths: Vec<_> = validate(&mission).into_iter().map(|p| p.path).collect();
        for expected in [
            "lead.en",
            "figures",
            "figures[0].label.ja",
            "figures[0].sources[0].url",
            "figures[0].sources[0].reviewed",
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
            compiled: "2026-11-26".into(),
            links: vec![Link {
                label: Text::new("l", "l"),
                url: "mailto:a@b.jp".into(),
            }],
            sources: vec![source("https://example.org", "2026-11-26")],
        };
        assert_eq!(validate(&site), vec![]);
    }
}

mod directory_rules {
    use std::collections::HashSet;

    use super::{join, Report, Validate};
    use crate::model::directory::{BranchType, Directory, Office, OfficeKind, Scope};
    use crate::model::url::is_safe_link;

    impl Validate for Office {
        fn validate(&self, path: &str, report: &mut Report) {
            for (field, text) in [
                ("name", &self.name),
                ("city", &self.city),
                ("about", &self.about),
            ] {
                text.validate(&join(path, field), report);
            }
            if let Some(prefecture) = &self.prefecture {
                prefecture.validate(&join(path, "prefecture"), report);
            }
            if let Some(note) = self.opened.as_ref().and_then(|o| o.note.as_ref()) {
                note.validate(&join(path, "opened.note"), report);
            }
            if let Some(website) = &self.website {
                if !website.starts_with("https://") || !is_safe_link(website) {
                    report.push(
                        &join(path, "website"),
                        format!("\"{website}\" must be an https: URL"),
                    );
                }
            }
            if let Some(contact) = &self.contact {
                contact.label.validate(&join(path, "contact.label"), report);
                for (field, number) in [("phone", &contact.phone), ("fax", &contact.fax)] {
                    let ok = number.as_deref().is_none_or(|n| {
                        n.starts_with('+')
                            && n[1..].bytes().all(|b| b.is_ascii_digit() || b == b'-')
                    });
                    if !ok {
                        report.push(
                            &join(path, &format!("contact.{field}")),
                            "use the international form, e.g. +81-3-0000-0000",
                        );
                    }
                }
                if contact
                    .email
                    .as_deref()
                    .is_some_and(|e| !is_safe_link(&format!("mailto:{e}")) || !e.contains('@'))
                {
                    report.push(&join(path, "contact.email"), "not an e-mail address");
                }
            }
            if !(-90.0..=90.0).contains(&self.lat) || !(-180.0..=180.0).contains(&self.lon) {
                report.push(path, "coordinates out of range");
            }
            let branch_ok = (self.kind == OfficeKind::Branch) == self.branch_type.is_some();
            if !branch_ok {
                report.push(
                    &join(path, "branch_type"),
                    "branches, and only branches, have a branch_type",
                );
            }
            if self.kind != OfficeKind::Overseas && !self.covers.is_empty() {
                report.push(
                    &join(path, "covers"),
                    "only overseas offices cover countries",
                );
            }
            report.non_empty(&join(path, "sources"), &self.sources, "source");
            report.each(&join(path, "sources"), &self.sources);
        }
    }

    impl Validate for Directory {
        fn validate(&self, path: &str, report: &mut Report) {
            report.unique_ids(
                &join(path, "regions"),
                self.regions.iter().map(|r| r.id.as_str()),
            );
            report.unique_ids(
                &join(path, "offices"),
                self.offices.iter().map(|o| o.id.as_str()),
            );
            let codes: HashSet<&str> = self.countries.iter().map(|c| c.code.as_str()).collect();
            for (i, country) in self.countries.iter().enumerate() {
                let p = format!("{}[{i}]", join(path, "countries"));
                report.country_code(&join(&p, "code"), &country.code);
                country.name.validate(&join(&p, "name"), report);
            }
            for (i, region) in self.regions.iter().enumerate() {
                region
                    .name
                    .validate(&format!("{}[{i}].name", join(path, "regions")), report);
            }
            report.each(&join(path, "offices"), &self.offices);
            for (i, office) in self.offices.iter().enumerate() {
                let p = format!("{}[{i}]", join(path, "offices"));
                office_region(self, office, &p, report);
                for code in std::iter::once(&office.country).chain(&office.covers) {
                    if !codes.contains(code.as_str()) {
                        report.push(&p, format!("country \"{code}\" is not listed in countries"));
                    }
                }
            }
            office_counts(self, &join(path, "offices"), report);
        }
    }

    /// An office's region exists and is in Japan or abroad as the office is.
    fn office_region(directory: &Directory, office: &Office, path: &str, report: &mut Report) {
        match directory.region(&office.region) {
            None => report.push(
                &join(path, "region"),
                format!("unknown region \"{}\"", office.region),
            ),
            Some(region) => {
                let expected = if office.kind == OfficeKind::Overseas {
                    Scope::World
                } else {
                    Scope::Japan
                };
                if region.scope != expected {
                    report.push(
                        &join(path, "region"),
                        "region is in the wrong scope for this kind of office",
                    );
                }
            }
        }
    }

    /// CLAIR's known numbers of offices: a file that misses them lost or doubled some.
    fn office_counts(directory: &Directory, path: &str, report: &mut Report) {
        let count = |kind| directory.offices.iter().filter(|o| o.kind == kind).count();
        for (kind, expected) in [
            (OfficeKind::Headquarters, 1),
            (OfficeKind::Overseas, 7),
            (OfficeKind::Branch, 67),
        ] {
            if count(kind) != expected {
                report.push(
                    path,
                    format!(
                        "expected {expected} {} offices, found {}",
                        kind.slug(),
                        count(kind)
                    ),
                );
            }
        }
        let of_type = |t| {
            directory
                .offices
                .iter()
                .filter(move |o: &&Office| o.branch_type == Some(t))
        };
        let prefectures: HashSet<&str> = of_type(BranchType::Prefecture)
            .filter_map(|o| o.prefecture.as_ref())
            .map(|p| p.en())
            .collect();
        if prefectures.len() != 47 || of_type(BranchType::Prefecture).count() != 47 {
            report.push(path, "expected one branch for each of the 47 prefectures");
        }
        if of_type(BranchType::DesignatedCity).count() != 20 {
            report.push(path, "expected 20 designated-city branches");
        }
    }
}

mod map_rules {
    use super::{Report, Validate};
    use crate::model::directory::map::{JapanMap, WorldMap};

    impl Validate for WorldMap {
        fn validate(&self, path: &str, report: &mut Report) {
            self.attribution
                .validate(&super::join(path, "attribution"), report);
            if !self.land.starts_with('M') {
                report.push(&super::join(path, "land"), "not an SVG path");
            }
        }
    }

    impl Validate for JapanMap {
        fn validate(&self, path: &str, report: &mut Report) {
            self.attribution
                .validate(&super::join(path, "attribution"), report);
            let codes: Vec<u8> = self.prefectures.iter().map(|p| p.code).collect();
            if codes != (1..=47).collect::<Vec<u8>>() {
                report.push(
                    &super::join(path, "prefectures"),
                    "expected prefectures 1 to 47 in order",
                );
            }
        }
    }
}
