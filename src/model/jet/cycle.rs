//! Which programme's cycle is under way on a day, and where its applications stand.
//! The content describes one programme year; the visitor reads it on any day after,
//! so every JET page says what the day means against the data, never the data's year
//! as if it were the visitor's.

use crate::model::date::{by_value, each_day, Date, Span};
use crate::model::jet::{CycleMonth, APPLICATIONS_CLOSE};

/// When a cycle's applications open, relative to its programme year: the `open` stage
/// of `jet/timeline.json` starts in September of the year before (a data test keeps the
/// two in step). A cycle runs from its opening until the next one's.
pub const APPLICATIONS_OPEN: CycleMonth = CycleMonth { year: -1, month: 9 };

/// A month as one number, for comparisons across years.
fn month_index(year: i32, month: u32) -> i32 {
    year * 12 + month as i32 - 1
}

fn cycle_month(programme: u16, at: CycleMonth) -> i32 {
    month_index(
        i32::from(programme) + i32::from(at.year),
        u32::from(at.month),
    )
}

/// The programme year whose cycle is under way on `day`: on 2026-12-05 the 2027
/// programme (its applications opened in autumn 2026), on 2027-09-15 the 2028 one.
pub fn programme_in_progress(day: Date) -> u16 {
    let opens_this_year = cycle_month(0, APPLICATIONS_OPEN).rem_euclid(12);
    let year = day.year - i32::from(APPLICATIONS_OPEN.year);
    let started = month_index(0, day.month) >= opens_this_year;
    u16::try_from(if started { year } else { year - 1 }).unwrap_or(0)
}

/// Where the applications of the cycle under way stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// From the opening month until the month deadlines fall in.
    Opening,
    /// The month deadlines fall in: some may have passed.
    Closing,
    /// After it, until the next cycle opens.
    Closed,
}

/// How the programme year the content describes relates to the cycle under way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Described {
    /// The content is for the cycle under way.
    This,
    /// The content is for an earlier cycle: the current one's dates are not in it.
    Earlier,
    /// The content is for a cycle that has not begun.
    Later,
}

/// What a JET page says about a day: the cycle under way, its phase, and how the
/// content's programme year relates to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CycleDay {
    pub cycle: u16,
    pub phase: Phase,
    pub described: Described,
}

impl CycleDay {
    /// `day` against content that describes the `described` programme year.
    pub fn on(day: Date, described: u16) -> CycleDay {
        let cycle = programme_in_progress(day);
        let now = month_index(day.year, day.month);
        let close = cycle_month(cycle, APPLICATIONS_CLOSE);
        let phase = match now.cmp(&close) {
            std::cmp::Ordering::Less => Phase::Opening,
            std::cmp::Ordering::Equal => Phase::Closing,
            std::cmp::Ordering::Greater => Phase::Closed,
        };
        let described = match described.cmp(&cycle) {
            std::cmp::Ordering::Equal => Described::This,
            std::cmp::Ordering::Less => Described::Earlier,
            std::cmp::Ordering::Greater => Described::Later,
        };
        CycleDay {
            cycle,
            phase,
            described,
        }
    }

    /// The year applications for the cycle under way are taken in.
    pub fn applications_year(self) -> u16 {
        applications_year(self.cycle)
    }
}

/// The calendar year in which a programme year's applications are taken.
pub fn applications_year(programme: u16) -> u16 {
    (i32::from(programme) + i32::from(APPLICATIONS_OPEN.year)) as u16
}

/// The last day on which any country takes applications for a programme year.
pub fn applications_close(programme: u16) -> Date {
    let year = i32::from(programme) + i32::from(APPLICATIONS_CLOSE.year);
    let month = u32::from(APPLICATIONS_CLOSE.month);
    Date {
        year,
        month,
        day: crate::model::date::days_in_month(year, month),
    }
}

/// The days a page about the `described` programme year words by the visitor's
/// clock: from a year before its cycle opens until three cycles after it. Outside
/// them, the page's undated sentence (true on any day) stands alone.
pub fn horizon(described: u16) -> (Date, Date) {
    let opens = i32::from(applications_year(described));
    (
        Date {
            year: opens - 1,
            month: 1,
            day: 1,
        },
        Date {
            year: opens + 3,
            month: 12,
            day: 31,
        },
    )
}

/// Each thing a page about `described` says over `horizon`, with its days.
pub fn cycle_days(described: u16, horizon: (Date, Date)) -> Vec<(CycleDay, Vec<Span>)> {
    by_value(each_day(horizon.0, horizon.1).map(|day| (day, CycleDay::on(day, described))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn the_cycle_under_way_changes_when_applications_open() {
        assert_eq!(programme_in_progress(day("2026-08-31")), 2026);
        assert_eq!(programme_in_progress(day("2026-09-01")), 2027);
        assert_eq!(programme_in_progress(day("2026-12-05")), 2027);
        assert_eq!(programme_in_progress(day("2027-01-01")), 2027);
        assert_eq!(programme_in_progress(day("2027-03-01")), 2027);
        assert_eq!(programme_in_progress(day("2027-09-15")), 2028);
        assert_eq!(programme_in_progress(day("2027-12-31")), 2028);
    }

    #[test]
    fn a_day_against_the_content_year() {
        let on = |d: &str| CycleDay::on(day(d), 2026);
        assert_eq!(
            on("2026-12-05"),
            CycleDay {
                cycle: 2027,
                phase: Phase::Closed,
                described: Described::Earlier
            }
        );
        assert_eq!(on("2026-12-05").applications_year(), 2026);
        assert_eq!(on("2025-10-10").phase, Phase::Opening);
        assert_eq!(on("2025-10-10").described, Described::This);
        assert_eq!(on("2025-11-30").phase, Phase::Closing);
        assert_eq!(on("2025-12-01").phase, Phase::Closed);
        assert_eq!(on("2026-08-31").described, Described::This);
        assert_eq!(on("2027-09-15").phase, Phase::Opening);
        assert_eq!(on("2027-09-15").cycle, 2028);
        assert_eq!(on("2025-08-01").described, Described::Later);
        assert_eq!(applications_close(2026).iso(), "2025-11-30");
    }

    #[test]
    fn every_day_of_the_horizon_is_worded_once() {
        let (from, until) = horizon(2026);
        assert_eq!(
            (from.iso(), until.iso()),
            ("2024-01-01".into(), "2028-12-31".into())
        );
        let days = cycle_days(2026, (from, until));
        let covered: i64 = days
            .iter()
            .flat_map(|(_, spans)| spans)
            .map(|s| s.until.days() - s.from.days() + 1)
            .sum();
        assert_eq!(covered, until.days() - from.days() + 1);
        let today = days
            .iter()
            .find(|(d, _)| d.cycle == 2027 && d.phase == Phase::Closed)
            .unwrap();
        assert_eq!(today.1[0].from.iso(), "2026-12-01");
        assert_eq!(today.1[0].until.iso(), "2027-08-31");
    }
}
