//! iCalendar (RFC 5545) text for a country's published JET dates, so a visitor can add
//! them to a calendar.

use crate::model::date::Date;
use crate::model::jet::CountryDates;
use crate::model::lang::Lang;
use crate::model::rfc_text::{escape, fold_line};

/// When an event happens: a whole day, or an exact moment in UTC.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Day(Date),
    /// `YYYYMMDDTHHMMSSZ`.
    Utc([u8; 16]),
}

/// `2024-11-16T09:59:00Z` → `20241116T095900Z`; `None` unless exactly that shape.
pub fn utc_stamp(iso: &str) -> Option<[u8; 16]> {
    let b = iso.as_bytes();
    let shape = b.len() == 20
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b':'
        && b[19] == b'Z';
    if !shape || Date::parse(&iso[..10]).is_none() {
        return None;
    }
    let digits: Vec<u8> = b[..19].iter().copied().filter(u8::is_ascii_digit).collect();
    let (hour, minute, second) = (&iso[11..13], &iso[14..16], &iso[17..19]);
    let in_range = |s: &str, max: u32| s.parse::<u32>().is_ok_and(|v| v <= max);
    if digits.len() != 14 || !in_range(hour, 23) || !in_range(minute, 59) || !in_range(second, 59) {
        return None;
    }
    let mut out = [0u8; 16];
    out[..8].copy_from_slice(&digits[..8]);
    out[8] = b'T';
    out[9..15].copy_from_slice(&digits[8..]);
    out[15] = b'Z';
    Some(out)
}

fn compact(date: Date) -> String {
    format!("{:04}{:02}{:02}", date.year, date.month, date.day)
}

/// The day after, for the exclusive end of an all-day event.
fn next_day(date: Date) -> Date {
    let last = crate::model::date::days_in_month(date.year, date.month);
    match (date.day < last, date.month < 12) {
        (true, _) => Date {
            day: date.day + 1,
            ..date
        },
        (false, true) => Date {
            month: date.month + 1,
            day: 1,
            ..date
        },
        (false, false) => Date {
            year: date.year + 1,
            month: 1,
            day: 1,
        },
    }
}

/// One calendar event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub uid: String,
    pub summary: String,
    pub description: String,
    pub when: When,
    pub url: Option<String>,
}

/// The events of a country's milestones in a language. Milestones with a published
/// time become exact moments; the rest are all-day events on their local date.
pub fn events(dates: &CountryDates, lang: Lang, page_url: &str) -> Vec<Event> {
    dates
        .milestones
        .iter()
        .filter_map(|m| {
            let when = match m.utc.as_deref().and_then(utc_stamp) {
                Some(stamp) => When::Utc(stamp),
                None => When::Day(Date::parse(&m.date)?),
            };
            let time = m.time.as_ref().map(|t| t.get(lang).to_string());
            Some(Event {
                uid: format!(
                    "jet-{}-{}-{}-{}@clair-web",
                    dates.programme_year,
                    dates.country.to_ascii_lowercase(),
                    m.stage,
                    m.date
                ),
                summary: format!("JET {}: {}", dates.programme_year, m.label.get(lang)),
                description: [Some(dates.name.get(lang).to_string()), time]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" — "),
                when,
                url: Some(page_url.to_string()),
            })
        })
        .collect()
}

/// Once a country's published dates have all passed, the honest thing to offer: a
/// reminder on the first day of the month the next cycle usually opens, to check the
/// JET desk (a usual month from the stages, never an invented date).
pub fn reminder(
    country: &str,
    year: i32,
    month: u32,
    text: (&str, &str),
    page_url: &str,
) -> Option<Event> {
    let day = Date {
        year,
        month,
        day: 1,
    };
    Date::parse(&day.iso())?;
    Some(Event {
        uid: format!(
            "jet-reminder-{}-{}@clair-web",
            country.to_ascii_lowercase(),
            day.iso()
        ),
        summary: text.0.to_string(),
        description: text.1.to_string(),
        when: When::Day(day),
        url: Some(page_url.to_string()),
    })
}

/// A VCALENDAR with the events, lines folded and CRLF-terminated. `stamp` is the
/// creation moment (`YYYYMMDDTHHMMSSZ`), which every event must carry.
pub fn calendar(name: &str, events: &[Event], stamp: &str) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//CLAIR web//JET timeline//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", escape(name)),
    ];
    for event in events {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", event.uid));
        lines.push(format!("DTSTAMP:{stamp}"));
        match event.when {
            When::Day(date) => {
                lines.push(format!("DTSTART;VALUE=DATE:{}", compact(date)));
                lines.push(format!("DTEND;VALUE=DATE:{}", compact(next_day(date))));
                lines.push("TRANSP:TRANSPARENT".into());
            }
            When::Utc(stamp) => {
                let stamp = String::from_utf8_lossy(&stamp).into_owned();
                lines.push(format!("DTSTART:{stamp}"));
                lines.push(format!("DTEND:{stamp}"));
            }
        }
        lines.push(format!("SUMMARY:{}", escape(&event.summary)));
        if !event.description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape(&event.description)));
        }
        if let Some(url) = &event.url {
            lines.push(format!("URL:{url}"));
        }
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold_line(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::jet::Milestone;
    use crate::model::lang::Text;

    fn dates() -> CountryDates {
        CountryDates {
            country: "US".into(),
            name: Text::new("United States", "アメリカ合衆国"),
            programme_year: 2025,
            milestones: vec![
                Milestone {
                    stage: "deadline".into(),
                    label: Text::new("Application deadline; online, portal", "応募締切"),
                    date: "2024-11-15".into(),
                    utc: Some("2024-11-16T09:59:00Z".into()),
                    time: Some(Text::new("11:59 pm HST", "ハワイ時間午後11時59分")),
                },
                Milestone {
                    stage: "departure".into(),
                    label: Text::new("Group B departure", "グループB出発"),
                    date: "2025-12-31".into(),
                    utc: None,
                    time: None,
                },
            ],
            notes: vec![],
            sources: vec![],
        }
    }

    #[test]
    fn a_reminder_is_one_all_day_event_on_the_first_of_the_month() {
        let event = reminder(
            "US",
            2027,
            9,
            ("Check the JET desk", "Usually opens"),
            "https://x/",
        )
        .unwrap();
        assert_eq!(
            event.when,
            When::Day(Date {
                year: 2027,
                month: 9,
                day: 1
            })
        );
        assert_eq!(event.uid, "jet-reminder-us-2027-09-01@clair-web");
        let text = calendar("JET", &[event], "20261201T000000Z");
        assert!(text.contains("DTSTART;VALUE=DATE:20270901\r\n"), "{text}");
        assert!(text.contains("SUMMARY:Check the JET desk\r\n"), "{text}");
        assert!(reminder("US", 2027, 13, ("a", "b"), "").is_none());
    }

    #[test]
    fn parses_only_exact_utc_stamps() {
        assert_eq!(
            utc_stamp("2024-11-16T09:59:00Z").map(|s| String::from_utf8_lossy(&s).into_owned()),
            Some("20241116T095900Z".to_string())
        );
        assert_eq!(utc_stamp("2024-11-16T09:59:00"), None);
        assert_eq!(utc_stamp("2024-11-16T24:00:00Z"), None);
        assert_eq!(utc_stamp("2024-02-30T10:00:00Z"), None);
        assert_eq!(utc_stamp("2024-11-16 09:59:00Z"), None);
    }

    #[test]
    fn builds_a_calendar_with_utc_and_all_day_events() {
        let events = events(&dates(), Lang::En, "https://example.org/jet/timeline/");
        let text = calendar("JET dates, United States", &events, "20261126T120000Z");
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(text.contains("X-WR-CALNAME:JET dates\\, United States\r\n"));
        assert!(text.contains("DTSTART:20241116T095900Z\r\n"));
        assert!(text.contains("SUMMARY:JET 2025: Application deadline\\; online\\, portal\r\n"));
        assert!(text.contains("DESCRIPTION:United States — 11:59 pm HST\r\n"));
        // All-day events end on the next day, across a year boundary too.
        assert!(text.contains("DTSTART;VALUE=DATE:20251231\r\nDTEND;VALUE=DATE:20260101\r\n"));
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 2);
        assert_eq!(text.matches("DTSTAMP:20261126T120000Z").count(), 2);
        assert!(text.contains("UID:jet-2025-us-deadline-2024-11-15@clair-web\r\n"));
        // Every line ends in CRLF and none is longer than 75 octets.
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
            assert!(!line.contains('\n'));
        }
    }

    #[test]
    fn folds_long_japanese_lines_on_character_boundaries() {
        let mut d = dates();
        d.milestones[0].label.set(Lang::Ja, &"応募締切".repeat(20));
        let text = calendar(
            "JET",
            &events(&d, Lang::Ja, "https://example.org/"),
            "20261126T120000Z",
        );
        let summary: String = text
            .split("\r\n")
            .skip_while(|l| !l.starts_with("SUMMARY:"))
            .take_while(|l| !l.starts_with("DESCRIPTION:"))
            .collect::<Vec<_>>()
            .iter()
            .enumerate()
            .map(|(i, l)| {
                if i == 0 {
                    l.to_string()
                } else {
                    l[1..].to_string()
                }
            })
            .collect();
        assert_eq!(
            summary,
            format!("SUMMARY:JET 2025: {}", "応募締切".repeat(20))
        );
        assert!(text.contains("\r\n "));
    }
}
