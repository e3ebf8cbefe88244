//! The freshness report: what in `public/data/` an editor should re-check first. The
//! cycle under way on the day it runs against each JET file's programme year; sources
//! by what is known of them (dated, undated, secondary, reviewed); the pages dated
//! longer ago than a set age and every undated one; figures whose own date is old; and
//! facts that rest on a secondary source; and, per translated language, how many texts
//! are machine-assisted, reviewed or not written. It informs; it never fails a build, since
//! content ages by the calendar, not by a commit.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde_json::Value;

use clair::model::content::{PageDate, Source};
use clair::model::date::Date;
use clair::model::jet::cycle::{applications_close, programme_in_progress};
use clair::model::jet::Programme;
use clair::model::lang::{Lang, Text};

/// One citation of a source: the page, and where in the files it is cited.
struct Cited {
    place: String,
    what: String,
    source: Source,
}

/// A figure with its own free-text date (`as_of`), old enough to list.
struct OldFigure {
    place: String,
    what: String,
    given: String,
    date: Date,
}

/// The last day a figure's free-text date can mean: `2024-09-17`, `2024-10` (its last
/// day), `2015–16` (end of 2016), `March 2014`, `FY2025` (end of the year).
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
    cited: &mut Vec<Cited>,
    figures: &mut Vec<OldFigure>,
) {
    match value {
        Value::Object(map) => {
            // A figure's own date is a text in both languages.
            if let Some(Value::Object(text)) = map.get("as_of") {
                let given = text.get("en").and_then(Value::as_str).unwrap_or_default();
                if let Some(date) = last_day(given) {
                    figures.push(OldFigure {
                        place: place(file, path),
                        what: name_of(value),
                        given: given.to_string(),
                        date,
                    });
                }
            }
            // `sources`, `purpose_sources`, `general_sources`…
            let lists = map.iter().filter(|(key, _)| key.ends_with("sources"));
            for (_, list) in lists {
                let Value::Array(sources) = list else {
                    continue;
                };
                for source in sources {
                    if let Ok(source) = serde_json::from_value::<Source>(source.clone()) {
                        cited.push(Cited {
                            place: place(file, path),
                            what: name_of(value),
                            source,
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
                walk(file, &at, child, cited, figures);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                walk(file, &format!("{path}[{i}]"), child, cited, figures);
            }
        }
        _ => {}
    }
}

/// What a JET file's programme year means on `today`.
fn programme_line(programme: &Programme, today: Date) -> String {
    let cycle = programme_in_progress(today);
    let year = programme.year;
    match year.cmp(&cycle) {
        std::cmp::Ordering::Equal if today > applications_close(year) => format!(
            "{year} programme, the cycle under way; its applications closed by {}",
            applications_close(year).iso()
        ),
        std::cmp::Ordering::Equal => format!(
            "{year} programme, the cycle under way; applications close by {}",
            applications_close(year).iso()
        ),
        std::cmp::Ordering::Less => format!(
            "{year} programme, {} behind: add the {cycle} programme's dates and rules once they are published",
            match cycle - year {
                1 => "one cycle".to_string(),
                n => format!("{n} cycles"),
            }
        ),
        std::cmp::Ordering::Greater => format!("{year} programme, a cycle that has not begun"),
    }
}

/// Where a list of places is cited: the first three and how many more.
fn places_line(places: &[&str]) -> String {
    let shown = places
        .iter()
        .take(3)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    match places.len().saturating_sub(3) {
        0 => shown,
        more => format!("{shown} and {more} more"),
    }
}

/// The report for `files` (name and text) as of `today`, listing what is older than
/// `max_age_days`.
pub fn report(files: &[(String, String)], today: Date, max_age_days: i64) -> String {
    let mut cited = Vec::new();
    let mut figures = Vec::new();
    let mut programmes = Vec::new();
    let mut texts = Vec::new();
    for (file, text) in files {
        let Ok(value) = serde_json::from_str::<Value>(text) else {
            continue;
        };
        walk(file, "", &value, &mut cited, &mut figures);
        texts_of(&value, &mut texts);
        if let Some(programme) = value
            .get("programme")
            .and_then(|p| serde_json::from_value::<Programme>(p.clone()).ok())
        {
            programmes.push((file.clone(), programme));
        }
    }
    let too_old = |date: Date| today.days() - date.days() > max_age_days;

    let mut out = String::new();
    let _ = writeln!(
        out,
        "Content freshness report for {} (older than {max_age_days} days is listed)\n",
        today.iso()
    );
    let cycle = programme_in_progress(today);
    let _ = writeln!(
        out,
        "JET programme year: on {} the {cycle} programme's cycle is under way",
        today.iso()
    );
    for (file, programme) in &programmes {
        let _ = writeln!(out, "  {file}: {}", programme_line(programme, today));
    }
    // One entry per page, however many facts cite it.
    let mut pages: BTreeMap<&str, Vec<&Cited>> = BTreeMap::new();
    for c in &cited {
        pages.entry(c.source.url.as_str()).or_default().push(c);
    }
    source_counts(&mut out, &cited, &pages);
    old_pages(&mut out, &pages, max_age_days, &too_old);
    old_figures(&mut out, &figures, max_age_days, &too_old);
    secondary_facts(&mut out, &cited);
    translations(&mut out, &texts);
    out
}

/// Every text of a content value.
fn texts_of(value: &Value, texts: &mut Vec<Text>) {
    match value {
        Value::Object(map) if map.get("en").is_some_and(Value::is_string) => {
            if let Ok(text) = serde_json::from_value::<Text>(value.clone()) {
                texts.push(text);
            }
        }
        Value::Object(map) => map.values().for_each(|child| texts_of(child, texts)),
        Value::Array(items) => items.iter().for_each(|child| texts_of(child, texts)),
        _ => {}
    }
}

/// Per translated language: texts a person has reviewed, machine-assisted ones (each
/// page in the language says so), and texts shown in English for want of a translation.
fn translations(out: &mut String, texts: &[Text]) {
    let _ = writeln!(out, "\nTranslations ({} texts):", texts.len());
    for lang in Lang::ALL
        .into_iter()
        .filter(|l| !Lang::AUTHORITATIVE.contains(l))
    {
        let written = texts.iter().filter(|t| t.shown(lang) == lang);
        let machine = written.clone().filter(|t| t.machine_assisted(lang)).count();
        let written = written.count();
        let _ = writeln!(
            out,
            "  {}: {} reviewed, {machine} machine-assisted (unreviewed), {} not translated",
            lang.code(),
            written - machine,
            texts.len() - written
        );
    }
}

type Pages<'a> = BTreeMap<&'a str, Vec<&'a Cited>>;

/// How many citations and pages are dated, undated, secondary and reviewed.
fn source_counts(out: &mut String, cited: &[Cited], pages: &Pages) {
    let count = |test: &dyn Fn(&Source) -> bool| {
        let citations = cited.iter().filter(|c| test(&c.source)).count();
        let pages = pages.values().filter(|uses| test(&uses[0].source)).count();
        format!("{citations} citations of {pages} pages")
    };
    let _ = writeln!(out, "\nSources: {}", count(&|_| true));
    let _ = writeln!(
        out,
        "  dated by the page:  {}",
        count(&|s| s.as_of.is_some())
    );
    let _ = writeln!(
        out,
        "  undated:            {}",
        count(&|s| s.as_of.is_none())
    );
    let _ = writeln!(out, "  secondary:          {}", count(&|s| s.secondary));
    let _ = writeln!(
        out,
        "  reviewed by an editor: {}",
        count(&|s| s.reviewed.is_some())
    );
}

/// Pages dated more than `max_age_days` ago, and undated pages nobody has reviewed.
fn old_pages(out: &mut String, pages: &Pages, max_age_days: i64, too_old: &dyn Fn(Date) -> bool) {
    let mut old: Vec<(PageDate, &str, &Vec<&Cited>)> = pages
        .iter()
        .filter_map(|(url, uses)| {
            let date = uses[0].source.as_of?;
            too_old(date.last_day()).then_some((date, *url, uses))
        })
        .collect();
    old.sort_by_key(|(date, url, _)| (date.last_day(), *url));
    let _ = writeln!(
        out,
        "\nPages dated more than {max_age_days} days ago, oldest first ({})",
        old.len()
    );
    for (date, url, uses) in &old {
        let places: Vec<&str> = uses.iter().map(|u| u.place.as_str()).collect();
        let _ = writeln!(out, "  {date}  {}", uses[0].source.title);
        let _ = writeln!(out, "        {url}");
        let _ = writeln!(out, "        used at {}", places_line(&places));
    }
    let undated: Vec<(&str, &Vec<&Cited>)> = pages
        .iter()
        .filter(|(_, uses)| uses[0].source.as_of.is_none() && uses[0].source.reviewed.is_none())
        .map(|(url, uses)| (*url, uses))
        .collect();
    let _ = writeln!(
        out,
        "\nUndated pages nobody has reviewed: their age is unknown ({})",
        undated.len()
    );
    for (url, uses) in &undated {
        let places: Vec<&str> = uses.iter().map(|u| u.place.as_str()).collect();
        let _ = writeln!(out, "  {}", uses[0].source.title);
        let _ = writeln!(out, "        {url}");
        let _ = writeln!(out, "        used at {}", places_line(&places));
    }
}

/// Figures dated more than `max_age_days` ago.
fn old_figures(
    out: &mut String,
    figures: &[OldFigure],
    max_age_days: i64,
    too_old: &dyn Fn(Date) -> bool,
) {
    let mut old_figures: Vec<&OldFigure> = figures.iter().filter(|f| too_old(f.date)).collect();
    old_figures.sort_by(|a, b| a.date.cmp(&b.date).then(a.place.cmp(&b.place)));
    let _ = writeln!(
        out,
        "\nFigures dated more than {max_age_days} days ago ({})",
        old_figures.len()
    );
    for f in old_figures {
        let _ = writeln!(out, "  {}  {}: {}", short(&f.given), f.place, f.what);
    }
}

/// Facts resting on a secondary source, grouped by source (five shown each).
fn secondary_facts(out: &mut String, cited: &[Cited]) {
    let weak: Vec<&Cited> = cited.iter().filter(|c| c.source.secondary).collect();
    let _ = writeln!(
        out,
        "\nFacts resting on a secondary source, not confirmed by an official one ({})",
        weak.len()
    );
    let mut by_source: BTreeMap<&str, Vec<&Cited>> = BTreeMap::new();
    for w in &weak {
        by_source
            .entry(w.source.title.as_str())
            .or_default()
            .push(w);
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
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn reads_the_dates_figures_give() {
        assert_eq!(last_day("2024-09-17"), Some(day("2024-09-17")));
        assert_eq!(last_day("2024-02"), Some(day("2024-02-29")));
        assert_eq!(last_day("2015–16"), Some(day("2016-12-31")));
        assert_eq!(last_day("March 2014"), Some(day("2014-12-31")));
        assert_eq!(last_day("FY2025"), Some(day("2025-12-31")));
        assert_eq!(last_day("Undated page"), None);
    }

    fn files() -> Vec<(String, String)> {
        let jet = r#"{"programme": {"year": 2026, "guidelines": {"label": {"en": "g", "ja": "g", "fr": "g", "machine_assisted": ["fr"]}, "url": "https://g.example"}},
            "pay": {"as_of": {"en": "March 2014", "ja": "2014年3月"}, "sources": [
              {"url": "https://old.example", "title": "Old page", "as_of": "2011"},
              {"url": "https://list.example", "title": "A list", "secondary": true}]},
            "sources": [{"url": "https://new.example", "title": "New page", "as_of": "2026-10"},
              {"url": "https://seen.example", "title": "Reviewed page", "reviewed": "2026-11-30"}]}"#;
        vec![("jet/overview.json".to_string(), jet.to_string())]
    }

    #[test]
    fn names_the_cycle_under_way_on_the_day_it_runs() {
        let text = report(&files(), day("2026-12-05"), 365);
        assert!(
            text.contains("on 2026-12-05 the 2027 programme's cycle is under way"),
            "{text}"
        );
        assert!(
            text.contains("jet/overview.json: 2026 programme, one cycle behind: add the 2027 programme's dates"),
            "{text}"
        );
        let during = report(&files(), day("2025-10-01"), 365);
        assert!(
            during
                .contains("2026 programme, the cycle under way; applications close by 2025-11-30"),
            "{during}"
        );
        let after = report(&files(), day("2028-01-10"), 365);
        assert!(after.contains("2026 programme, 2 cycles behind"), "{after}");
    }

    #[test]
    fn lists_old_and_undated_pages_and_secondary_facts() {
        let text = report(&files(), day("2026-12-05"), 365);
        assert!(text.contains("Sources: 4 citations of 4 pages"), "{text}");
        assert!(
            text.contains("undated:            2 citations of 2 pages"),
            "{text}"
        );
        assert!(
            text.contains("reviewed by an editor: 1 citations of 1 pages"),
            "{text}"
        );
        assert!(text.contains("2011  Old page"), "{text}");
        assert!(!text.contains("2026-10  New page"), "{text}");
        let undated = &text[text.find("Undated pages").unwrap()..];
        assert!(undated.contains("A list"), "{text}");
        assert!(
            !undated[..undated.find("Figures").unwrap()].contains("Reviewed page"),
            "{text}"
        );
        assert!(text.contains("March 2014  jet/overview.json pay"), "{text}");
        assert!(text.contains("A list (1 facts)"), "{text}");
        assert!(
            text.contains("Translations (2 texts):\n  fr: 0 reviewed, 1 machine-assisted (unreviewed), 1 not translated"),
            "{text}"
        );
        let long_ago = report(&files(), day("2012-06-01"), 365 * 20);
        assert!(!long_ago.contains("2011  Old page"), "{long_ago}");
    }
}
