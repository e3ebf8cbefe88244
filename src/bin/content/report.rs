//! The freshness report: what in `public/data/` an editor should re-check first.
//! Sources and figures dated (their `as_of`, else `accessed`) longer ago than a set
//! age, facts that rest on a secondary source, and each JET file's programme year
//! against today. It informs; it never fails a build.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde_json::Value;

use clair::model::date::Date;
use clair::model::jet::Programme;

/// A dated thing found in a file: a source, or a figure with its own `as_of`.
#[derive(Debug, PartialEq)]
struct Dated {
    place: String,
    what: String,
    url: Option<String>,
    /// The date as the file gives it.
    given: String,
    /// The last day that date can mean.
    date: Date,
}

/// A fact whose sources include a secondary one.
#[derive(Debug, PartialEq)]
struct Unconfirmed {
    place: String,
    what: String,
    source: String,
}

/// The last day a free-text date can mean: `2024-09-17`, `2024-10` (its last day),
/// `2015–16` (end of 2016), `March 2014`, `FY2025`, `c. 2012` (end of the year).
fn last_day(text: &str) -> Option<Date> {
    if let Some(date) = Date::parse(text) {
        return Some(date);
    }
    let bytes = text.as_bytes();
    let mut latest: Option<i32> = None;
    for i in 0..bytes.len() {
        let four = i + 4 <= bytes.len() && bytes[i..i + 4].iter().all(u8::is_ascii_digit);
        let alone = i == 0 || !bytes[i - 1].is_ascii_digit();
        if four && alone && (i + 4 == bytes.len() || !bytes[i + 4].is_ascii_digit()) {
            let year: i32 = text[i..i + 4].parse().ok()?;
            // "2015–16": the range ends in 2016.
            let rest = &text[i + 4..];
            let end = rest
                .strip_prefix('–')
                .or_else(|| rest.strip_prefix('-'))
                .filter(|r| r.len() >= 2 && r.as_bytes()[..2].iter().all(u8::is_ascii_digit))
                .filter(|r| r.len() == 2 || !r.as_bytes()[2].is_ascii_digit())
                .map(|r| year / 100 * 100 + r[..2].parse::<i32>().unwrap_or(0));
            let year = end.filter(|&e| e > year).unwrap_or(year);
            latest = latest.max(Some(year));
        }
    }
    let year = latest?;
    let month = (text.len() == 7 && bytes[4] == b'-')
        .then(|| text[5..].parse::<u32>().ok())
        .flatten()
        .filter(|m| (1..=12).contains(m))
        .unwrap_or(12);
    Some(Date {
        year,
        month,
        day: clair::model::date::days_in_month(year, month),
    })
}

/// A date as given, cut to fit a line (a figure's `as_of` can be a sentence).
fn short(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

/// A short name for the object at a path: its `title`, `name`, `label` or `id`.
fn name_of(value: &Value) -> String {
    for key in ["title", "name", "label", "question", "heading"] {
        match value.get(key) {
            Some(Value::String(s)) => return s.clone(),
            Some(Value::Object(text)) => {
                if let Some(Value::String(en)) = text.get("en") {
                    return en.clone();
                }
            }
            _ => {}
        }
    }
    value
        .get("id")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// `file json.path`, or the file alone for its top level.
fn place(file: &str, path: &str) -> String {
    if path.is_empty() {
        file.to_string()
    } else {
        format!("{file} {path}")
    }
}

fn walk(
    file: &str,
    path: &str,
    value: &Value,
    dated: &mut Vec<Dated>,
    weak: &mut Vec<Unconfirmed>,
) {
    match value {
        Value::Object(map) => {
            let given = match map.get("as_of") {
                Some(Value::String(s)) => Some(s.clone()),
                Some(Value::Object(text)) => {
                    text.get("en").and_then(Value::as_str).map(String::from)
                }
                _ => None,
            };
            let accessed = map.get("accessed").and_then(Value::as_str);
            if let Some(given) = given.or_else(|| accessed.map(String::from)) {
                if let Some(date) = last_day(&given) {
                    dated.push(Dated {
                        place: place(file, path),
                        what: name_of(value),
                        url: map.get("url").and_then(Value::as_str).map(String::from),
                        given,
                        date,
                    });
                }
            }
            if let Some(Value::Array(sources)) = map.get("sources") {
                for source in sources {
                    if source.get("secondary") == Some(&Value::Bool(true)) {
                        weak.push(Unconfirmed {
                            place: place(file, path),
                            what: name_of(value),
                            source: name_of(source),
                        });
                    }
                }
            }
            for (key, child) in map {
                let at = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                walk(file, &at, child, dated, weak);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                walk(file, &format!("{path}[{i}]"), child, dated, weak);
            }
        }
        _ => {}
    }
}

/// The report for `files` (name and text) as of `today`, listing what is older than
/// `max_age_days`.
pub fn report(files: &[(String, String)], today: Date, max_age_days: i64) -> String {
    let mut dated = Vec::new();
    let mut weak = Vec::new();
    let mut programmes = Vec::new();
    for (file, text) in files {
        let Ok(value) = serde_json::from_str::<Value>(text) else {
            continue;
        };
        walk(file, "", &value, &mut dated, &mut weak);
        if let Some(programme) = value
            .get("programme")
            .and_then(|p| serde_json::from_value::<Programme>(p.clone()).ok())
        {
            programmes.push((file.clone(), programme));
        }
    }
    let mut old: Vec<&Dated> = dated
        .iter()
        .filter(|d| today.days() - d.date.days() > max_age_days)
        .collect();
    old.sort_by(|a, b| a.date.cmp(&b.date).then(a.place.cmp(&b.place)));
    // One line per source, however many facts cite it.
    let mut by_source: BTreeMap<(Date, String), Vec<&Dated>> = BTreeMap::new();
    for d in &old {
        let key = d.url.clone().unwrap_or_else(|| d.place.clone());
        by_source.entry((d.date, key)).or_default().push(d);
    }

    let mut out = String::new();
    let _ = writeln!(
        out,
        "Content freshness report for {today} (older than {max_age_days} days is listed)\n",
        today = today.iso()
    );
    let _ = writeln!(out, "JET programme year");
    for (file, programme) in &programmes {
        let close = programme.applications_close();
        let state = if programme.may_be_outdated(today) {
            format!(
                "applications closed by {}; today is past it, so check the {} guidelines and update the files",
                close.iso(),
                programme.year + 1
            )
        } else {
            format!("current until applications close ({})", close.iso())
        };
        let _ = writeln!(out, "  {file}: {} programme: {state}", programme.year);
    }
    let _ = writeln!(
        out,
        "\nSources and figures to re-check, oldest first ({} sources, {} places)",
        by_source.len(),
        old.len()
    );
    for ((_, key), uses) in &by_source {
        let first = uses[0];
        let _ = writeln!(out, "  {}  {}", short(&first.given), first.what);
        if first.url.is_some() {
            let _ = writeln!(out, "        {key}");
        }
        let places: Vec<&str> = uses.iter().map(|u| u.place.as_str()).collect();
        let shown = places
            .iter()
            .take(3)
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        let more = places.len().saturating_sub(3);
        let _ = writeln!(
            out,
            "        used at {shown}{}",
            if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            }
        );
    }
    let _ = writeln!(
        out,
        "\nFacts resting on a secondary source, not confirmed by an official one ({})",
        weak.len()
    );
    let mut by_source: BTreeMap<&str, Vec<&Unconfirmed>> = BTreeMap::new();
    for w in &weak {
        by_source.entry(w.source.as_str()).or_default().push(w);
    }
    for (source, facts) in by_source {
        let _ = writeln!(out, "  {source} ({} facts)", facts.len());
        for fact in facts.iter().take(5) {
            let what = if fact.what.is_empty() {
                String::new()
            } else {
                format!(": {}", fact.what)
            };
            let _ = writeln!(out, "        {}{what}", fact.place);
        }
        if facts.len() > 5 {
            let _ = writeln!(out, "        and {} more", facts.len() - 5);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn reads_the_dates_content_uses() {
        assert_eq!(last_day("2024-09-17"), Some(day("2024-09-17")));
        assert_eq!(last_day("2024-02"), Some(day("2024-02-29")));
        assert_eq!(last_day("2015–16"), Some(day("2016-12-31")));
        assert_eq!(last_day("2024/2025"), Some(day("2025-12-31")));
        assert_eq!(last_day("March 2014"), Some(day("2014-12-31")));
        assert_eq!(last_day("c. 2012"), Some(day("2012-12-31")));
        assert_eq!(last_day("FY2025"), Some(day("2025-12-31")));
        assert_eq!(last_day("2025 programme"), Some(day("2025-12-31")));
        assert_eq!(last_day("Undated page"), None);
    }

    fn files() -> Vec<(String, String)> {
        let jet = r#"{"programme": {"year": 2026, "guidelines": {"label": {"en": "g", "ja": "g"}, "url": "https://g.example"}},
            "pay": {"as_of": {"en": "March 2014", "ja": "2014年3月"}, "sources": [
              {"url": "https://old.example", "title": "Old page", "accessed": "2026-11-26", "as_of": "2011"},
              {"url": "https://list.example", "title": "A list", "accessed": "2026-11-26", "secondary": true}]},
            "sources": [{"url": "https://new.example", "title": "New page", "accessed": "2026-11-26"}]}"#;
        vec![("jet/overview.json".to_string(), jet.to_string())]
    }

    #[test]
    fn lists_old_sources_secondary_facts_and_the_programme_year() {
        let text = report(&files(), day("2026-12-01"), 365);
        assert!(text.contains("jet/overview.json: 2026 programme: applications closed by 2025-11-30; today is past it"), "{text}");
        assert!(text.contains("2011  Old page"), "{text}");
        assert!(text.contains("March 2014"), "{text}");
        assert!(!text.contains("New page"), "{text}");
        assert!(text.contains("A list (1 facts)"), "{text}");
        assert!(text.contains("jet/overview.json pay"), "{text}");
        let before = report(&files(), day("2025-06-01"), 365 * 20);
        assert!(
            before.contains("current until applications close (2025-11-30)"),
            "{before}"
        );
        assert!(!before.contains("Old page"), "{before}");
    }
}
