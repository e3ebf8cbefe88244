//! ISO calendar dates as content uses them (`YYYY-MM-DD`), checked and formatted per language.

use crate::model::lang::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const MOIS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

impl Date {
    /// Parses a strict `YYYY-MM-DD` date and rejects impossible days (2025-02-29).
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        let (year, month, day) = (num(0..4)? as i32, num(5..7)?, num(8..10)?);
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`), for differences.
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01 (Hinnant's `civil_from_days`), the inverse of `days`.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// `YYYY-MM-DD`, as content writes dates.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// "1989" / "1989年", for a year on its own.
    pub fn year_display(year: i32, lang: Lang) -> String {
        match lang {
            Lang::En => year.to_string(),
            Lang::Ja | Lang::Zh => format!("{year}年"),
            Lang::Ko => format!("{year}년"),
            Lang::Fr => year.to_string(),
            #[cfg(feature = "lang-fixture")]
            Lang::Xx => Date::year_display(year, Lang::En),
        }
    }

    /// "November 2026" / "2026年11月", for approximate dates.
    pub fn month_display(year: i32, month: u32, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{} {year}", MONTHS[(month as usize).clamp(1, 12) - 1]),
            Lang::Ja | Lang::Zh => format!("{year}年{month}月"),
            Lang::Ko => format!("{year}년 {month}월"),
            Lang::Fr => format!("{} {year}", MOIS[(month as usize).clamp(1, 12) - 1]),
            #[cfg(feature = "lang-fixture")]
            Lang::Xx => Date::month_display(year, month, Lang::En),
        }
    }

    /// "26 November 2026" / "2026年11月26日".
    pub fn display(self, lang: Lang) -> String {
        match lang {
            Lang::En => format!(
                "{} {} {}",
                self.day,
                MONTHS[self.month as usize - 1],
                self.year
            ),
            Lang::Ja | Lang::Zh => format!("{}年{}月{}日", self.year, self.month, self.day),
            Lang::Ko => format!("{}년 {}월 {}일", self.year, self.month, self.day),
            Lang::Fr => match self.day {
                1 => format!("1er {} {}", MOIS[self.month as usize - 1], self.year),
                day => format!("{day} {} {}", MOIS[self.month as usize - 1], self.year),
            },
            #[cfg(feature = "lang-fixture")]
            Lang::Xx => self.display(Lang::En),
        }
    }
}

/// A stretch of days, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub from: Date,
    pub until: Date,
}

/// Whether `day` falls in one of `spans`. `site.js`' `onDay` reads the spans as pages
/// write them (`spans_attr`) and is checked against this.
pub fn on_day(spans: &[Span], day: Date) -> bool {
    spans.iter().any(|s| s.from <= day && day <= s.until)
}

/// Spans as pages write them for `site.js` (`data-shown-on`, `data-current-on`):
/// `2026-09-01/2026-10-31 2027-09-01/2027-10-31`.
pub fn spans_attr(spans: &[Span]) -> String {
    let each: Vec<String> = spans
        .iter()
        .map(|s| format!("{}/{}", s.from.iso(), s.until.iso()))
        .collect();
    each.join(" ")
}

/// Consecutive days grouped by what they say: each distinct value with the spans of
/// days that have it, in order of first appearance. A page prerendered without a clock
/// writes one variant per value and `site.js` shows the one for the visitor's day.
pub fn by_value<T: PartialEq>(days: impl IntoIterator<Item = (Date, T)>) -> Vec<(T, Vec<Span>)> {
    let mut out: Vec<(T, Vec<Span>)> = Vec::new();
    let mut last: Option<usize> = None;
    for (day, value) in days {
        match last {
            Some(i) if out[i].0 == value => {
                if let Some(span) = out[i].1.last_mut() {
                    span.until = day;
                }
            }
            _ => {
                let span = Span {
                    from: day,
                    until: day,
                };
                let i = match out.iter().position(|(v, _)| *v == value) {
                    Some(i) => {
                        out[i].1.push(span);
                        i
                    }
                    None => {
                        out.push((value, vec![span]));
                        out.len() - 1
                    }
                };
                last = Some(i);
            }
        }
    }
    out
}

/// Every day from `first` to `last`.
pub fn each_day(first: Date, last: Date) -> impl Iterator<Item = Date> {
    (first.days()..=last.days()).map(Date::from_days)
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_valid_dates_only() {
        assert_eq!(
            Date::parse("2026-11-26"),
            Some(Date {
                year: 2026,
                month: 11,
                day: 26
            })
        );
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        assert_eq!(Date::parse("2025-02-29"), None);
        assert_eq!(Date::parse("2025-13-01"), None);
        assert_eq!(Date::parse("2025-1-01"), None);
        assert_eq!(Date::parse("2025-01-0x"), None);
        assert_eq!(Date::parse("+025-01-01"), None);
        assert_eq!(Date::parse(""), None);
    }

    #[test]
    fn converts_to_and_from_days() {
        for text in [
            "1970-01-01",
            "2000-02-29",
            "2025-11-30",
            "2026-12-01",
            "1899-12-31",
        ] {
            let date = Date::parse(text).unwrap();
            assert_eq!(Date::from_days(date.days()), date);
            assert_eq!(date.iso(), text);
        }
    }

    #[test]
    fn counts_days() {
        let d = |s| Date::parse(s).unwrap().days();
        assert_eq!(d("1970-01-01"), 0);
        assert_eq!(d("2000-03-01") - d("2000-02-28"), 2);
        assert_eq!(d("2027-01-01") - d("2026-12-31"), 1);
        assert_eq!(d("2026-11-26"), 20_783);
    }

    #[test]
    fn groups_days_by_value() {
        let d = |s| Date::parse(s).unwrap();
        let days = each_day(d("2026-01-30"), d("2026-02-03"));
        let groups = by_value(days.map(|day| (day, day.month == 2 && day.day == 2)));
        let spans = |g: &(bool, Vec<Span>)| spans_attr(&g.1);
        assert_eq!(groups.len(), 2);
        assert!(!groups[0].0);
        assert_eq!(
            spans(&groups[0]),
            "2026-01-30/2026-02-01 2026-02-03/2026-02-03"
        );
        assert_eq!(spans(&groups[1]), "2026-02-02/2026-02-02");
    }

    #[test]
    fn displays_per_language() {
        let d = Date::parse("2026-11-26").unwrap();
        assert_eq!(d.display(Lang::En), "26 November 2026");
        assert_eq!(d.display(Lang::Ja), "2026年11月26日");
        assert_eq!(d.display(Lang::Fr), "26 novembre 2026");
        assert_eq!(d.display(Lang::Ko), "2026년 11월 26일");
        assert_eq!(d.display(Lang::Zh), "2026年11月26日");
        let first = Date::parse("2027-08-01").unwrap();
        assert_eq!(first.display(Lang::Fr), "1er août 2027");
        assert_eq!(Date::month_display(2027, 10, Lang::Fr), "octobre 2027");
        assert_eq!(Date::month_display(2027, 10, Lang::Ko), "2027년 10월");
        assert_eq!(Date::year_display(1989, Lang::Ko), "1989년");
    }
}
