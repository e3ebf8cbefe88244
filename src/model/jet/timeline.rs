//! Where "today" falls in the yearly JET cycle. The stages give usual months; a
//! country's published dates, when the data has them for the cycle, give exact days.

use crate::model::date::Date;
use crate::model::jet::{CountryDates, CycleMonth, Stage};

/// A month as one number, for comparisons across years.
fn month_index(year: i32, month: u32) -> i32 {
    year * 12 + month as i32 - 1
}

impl CycleMonth {
    fn index(self, programme_year: u16) -> i32 {
        month_index(
            i32::from(programme_year) + i32::from(self.year),
            u32::from(self.month),
        )
    }
}

/// What the timeline says about today.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Now {
    /// The published deadline of this cycle is ahead.
    ClosesIn { days: i64, deadline: Date },
    /// The published opening date of this cycle is ahead.
    OpensOn { days: i64, opens: Date },
    /// Inside the usual application months, with no published dates for this cycle.
    UsuallyOpen,
    /// Applications for this cycle are over (or not yet open): the next opening.
    NextOpens { year: i32, month: u32 },
}

/// Today on the timeline: the programme year whose cycle it falls in (or the next
/// one, between cycles), the stages under way and what that means for applying.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placement {
    pub programme_year: u16,
    pub current: Vec<usize>,
    pub now: Now,
}

/// The stage ids the application window runs between.
const OPEN: &str = "open";
const DEADLINE: &str = "deadline";

fn milestone(dates: Option<&CountryDates>, year: u16, stage: &str) -> Option<Date> {
    let dates = dates.filter(|d| d.programme_year == year)?;
    dates
        .milestones
        .iter()
        .find(|m| m.stage == stage)
        .and_then(|m| Date::parse(&m.date))
}

/// Places `today` on the cycle. `dates` are the chosen country's published dates, if any.
pub fn place(stages: &[Stage], dates: Option<&CountryDates>, today: Date) -> Option<Placement> {
    let first = stages.first()?;
    let last = stages.last()?;
    let now_index = month_index(today.year, today.month);
    // The cycle containing today, or the first one that starts after it.
    let year = (today.year - 1..=today.year + 2)
        .filter_map(|y| u16::try_from(y).ok())
        .find(|&y| now_index <= last.end.index(y))?;
    let current = stages
        .iter()
        .enumerate()
        .filter(|(_, s)| (s.start.index(year)..=s.end.index(year)).contains(&now_index))
        .map(|(i, _)| i)
        .collect();
    let open = stages.iter().find(|s| s.id == OPEN).unwrap_or(first);
    let close = stages.iter().find(|s| s.id == DEADLINE).unwrap_or(open);
    let days_to = |date: Date| date.days() - today.days();
    let next = |y: u16| Now::NextOpens {
        year: i32::from(y) + i32::from(open.start.year),
        month: u32::from(open.start.month),
    };
    let now = match (
        milestone(dates, year, OPEN),
        milestone(dates, year, DEADLINE),
    ) {
        (Some(opens), _) if today < opens => Now::OpensOn {
            days: days_to(opens),
            opens,
        },
        (_, Some(deadline)) if today <= deadline => Now::ClosesIn {
            days: days_to(deadline),
            deadline,
        },
        (_, Some(_)) => next(year + 1),
        _ if now_index < open.start.index(year) => next(year),
        _ if now_index <= close.end.index(year) => Now::UsuallyOpen,
        _ => next(year + 1),
    };
    Some(Placement {
        programme_year: year,
        current,
        now,
    })
}

/// Whether every date a country published is before `today`: then they describe the
/// last published cycle, not what is coming.
pub fn all_past(dates: &CountryDates, today: Date) -> bool {
    let days: Vec<Date> = dates
        .milestones
        .iter()
        .filter_map(|m| Date::parse(&m.date))
        .collect();
    !days.is_empty() && days.iter().all(|d| *d < today)
}

/// The newest published dates for a country.
pub fn latest<'a>(countries: &'a [CountryDates], code: &str) -> Option<&'a CountryDates> {
    countries
        .iter()
        .filter(|c| c.country == code)
        .max_by_key(|c| c.programme_year)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::jet::Milestone;
    use crate::model::lang::Text;

    fn stage(id: &str, start: (i8, u8), end: (i8, u8)) -> Stage {
        Stage {
            id: id.into(),
            name: Text::new(id, id),
            description: Text::new(id, id),
            timing: Text::new(id, id),
            start: CycleMonth {
                year: start.0,
                month: start.1,
            },
            end: CycleMonth {
                year: end.0,
                month: end.1,
            },
        }
    }

    fn stages() -> Vec<Stage> {
        vec![
            stage("open", (-1, 9), (-1, 10)),
            stage("deadline", (-1, 11), (-1, 11)),
            stage("screening", (-1, 12), (-1, 12)),
            stage("interviews", (0, 1), (0, 2)),
            stage("results", (0, 3), (0, 4)),
            stage("departure", (0, 7), (0, 8)),
        ]
    }

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn us_2025() -> CountryDates {
        let m = |stage: &str, date: &str| Milestone {
            stage: stage.into(),
            label: Text::new(stage, stage),
            date: date.into(),
            utc: None,
            time: None,
        };
        CountryDates {
            country: "US".into(),
            name: Text::new("United States", "アメリカ合衆国"),
            programme_year: 2025,
            milestones: vec![m("open", "2024-09-23"), m("deadline", "2024-11-15")],
            notes: vec![],
            sources: vec![],
        }
    }

    #[test]
    fn general_pattern_before_in_and_after_the_window() {
        let s = stages();
        let at = |d: &str| place(&s, None, day(d)).unwrap();
        let october = at("2026-10-05");
        assert_eq!(october.programme_year, 2027);
        assert_eq!(october.now, Now::UsuallyOpen);
        assert_eq!(october.current, vec![0]);
        let after = at("2026-11-26");
        assert_eq!(
            after.now,
            Now::UsuallyOpen,
            "November is the deadline month"
        );
        let december = at("2026-12-10");
        assert_eq!(december.current, vec![2]);
        assert_eq!(
            december.now,
            Now::NextOpens {
                year: 2027,
                month: 9
            }
        );
        // Between departure and the next opening: the next cycle, not yet open.
        let august = at("2027-08-20");
        assert_eq!(august.programme_year, 2027);
        let gap = place(&s, None, day("2027-08-31")).unwrap();
        assert_eq!(gap.current, vec![5]);
    }

    #[test]
    fn year_rolls_over_in_january() {
        let s = stages();
        let jan = place(&s, None, day("2027-01-15")).unwrap();
        assert_eq!(jan.programme_year, 2027);
        assert_eq!(jan.current, vec![3]);
        assert_eq!(
            jan.now,
            Now::NextOpens {
                year: 2027,
                month: 9
            }
        );
        let sep = place(&s, None, day("2027-09-01")).unwrap();
        assert_eq!(sep.programme_year, 2028);
        assert_eq!(sep.now, Now::UsuallyOpen);
    }

    #[test]
    fn published_dates_count_days() {
        let s = stages();
        let us = us_2025();
        let at = |d: &str| place(&s, Some(&us), day(d)).unwrap().now;
        assert_eq!(
            at("2024-09-01"),
            Now::OpensOn {
                days: 22,
                opens: day("2024-09-23")
            }
        );
        assert_eq!(
            at("2024-11-05"),
            Now::ClosesIn {
                days: 10,
                deadline: day("2024-11-15")
            }
        );
        assert_eq!(
            at("2024-11-15"),
            Now::ClosesIn {
                days: 0,
                deadline: day("2024-11-15")
            }
        );
        assert_eq!(
            at("2024-11-16"),
            Now::NextOpens {
                year: 2025,
                month: 9
            }
        );
        // Dates of another cycle say nothing about this one.
        assert_eq!(at("2026-10-01"), Now::UsuallyOpen);
    }

    #[test]
    fn published_dates_are_past_once_the_last_one_is() {
        let us = us_2025();
        assert!(!all_past(&us, day("2024-11-15")));
        assert!(all_past(&us, day("2024-11-16")));
        let none = CountryDates {
            milestones: vec![],
            ..us
        };
        assert!(
            !all_past(&none, day("2030-01-01")),
            "no dates is not past dates"
        );
    }

    #[test]
    fn latest_picks_the_newest_year() {
        let mut older = us_2025();
        older.programme_year = 2024;
        let all = vec![older, us_2025()];
        assert_eq!(latest(&all, "US").map(|c| c.programme_year), Some(2025));
        assert!(latest(&all, "GB").is_none());
    }
}
