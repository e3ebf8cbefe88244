//! Where "today" falls in the yearly JET cycle. The stages give usual months; a
//! country's published dates, when the data has them for the cycle, give exact days.

use crate::model::date::{by_value, each_day, Date, Span};
use crate::model::jet::{CountryDates, CycleMonth, Stage, Timeline};

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

impl Now {
    /// The same message with its day count cut to what changes the words (today,
    /// tomorrow, later): the page counts the days itself (`data-days-to`).
    pub fn worded(&self) -> Now {
        match self {
            Now::ClosesIn { days, deadline } => Now::ClosesIn {
                days: (*days).min(2),
                deadline: *deadline,
            },
            Now::OpensOn { days, opens } => Now::OpensOn {
                days: (*days).min(2),
                opens: *opens,
            },
            other => other.clone(),
        }
    }
}

/// What the timeline offers to save for a country with published dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offer {
    /// Its dates as a calendar, while any of them is ahead.
    Calendar,
    /// Once all have passed: a reminder for when the next cycle usually opens.
    Reminder { year: i32, month: u32 },
    /// All passed, and applications usually open now: ask the JET desk.
    AskDesk,
}

/// The offer on `today`, where `placement` is today on the cycle.
pub fn offer(dates: &CountryDates, placement: Option<&Placement>, today: Date) -> Offer {
    if !all_past(dates, today) {
        return Offer::Calendar;
    }
    match placement.map(|p| &p.now) {
        Some(Now::NextOpens { year, month }) => Offer::Reminder {
            year: *year,
            month: *month,
        },
        _ => Offer::AskDesk,
    }
}

/// The days a prerendered timeline covers: from January two years before the earliest
/// programme year its data names to December two years after the latest. Past that, a
/// page shows no "today" at all (the content report asks editors for new dates well
/// before).
pub fn horizon(timeline: &Timeline) -> (Date, Date) {
    let years = std::iter::once(timeline.programme.year)
        .chain(timeline.countries.iter().map(|c| c.programme_year))
        .map(i32::from);
    let (low, high) = years.fold((i32::MAX, i32::MIN), |(l, h), y| (l.min(y), h.max(y)));
    let day = |year, month, day| Date { year, month, day };
    (day(low - 2, 1, 1), day(high + 2, 12, 31))
}

/// Today on the cycle for every day of the horizon, so a page prerendered without a
/// clock can carry each thing it would say and the days it says it on.
pub struct Schedule<'a> {
    days: Vec<(Date, Option<Placement>)>,
    dates: Option<&'a CountryDates>,
}

impl<'a> Schedule<'a> {
    pub fn new(stages: &[Stage], dates: Option<&'a CountryDates>, horizon: (Date, Date)) -> Self {
        let days = each_day(horizon.0, horizon.1)
            .map(|day| (day, place(stages, dates, day)))
            .collect();
        Schedule { days, dates }
    }

    /// Each banner (programme year and worded message) with its days.
    pub fn banners(&self) -> Vec<((u16, Now), Vec<Span>)> {
        let days = self
            .days
            .iter()
            .map(|(day, p)| (*day, p.as_ref().map(|p| (p.programme_year, p.now.worded()))));
        by_value(days)
            .into_iter()
            .filter_map(|(value, spans)| Some((value?, spans)))
            .collect()
    }

    /// The days on which the stage at `index` is under way.
    pub fn current(&self, index: usize) -> Vec<Span> {
        self.when(|p| p.is_some_and(|p| p.current.contains(&index)))
    }

    /// The days on which the country's published dates have all passed.
    pub fn past(&self) -> Vec<Span> {
        self.passing()
            .into_iter()
            .find_map(|(past, spans)| past.then_some(spans))
            .unwrap_or_default()
    }

    /// The days before and after the country's published dates have all passed.
    pub fn passing(&self) -> Vec<(bool, Vec<Span>)> {
        let dates = self.dates;
        by_value(
            self.days
                .iter()
                .map(|(day, _)| (*day, dates.is_some_and(|d| all_past(d, *day)))),
        )
    }

    /// Each offer for the country's dates with its days (none without a country).
    pub fn offers(&self) -> Vec<(Offer, Vec<Span>)> {
        let Some(dates) = self.dates else {
            return Vec::new();
        };
        by_value(
            self.days
                .iter()
                .map(|(day, p)| (*day, offer(dates, p.as_ref(), *day))),
        )
    }

    fn when(&self, test: impl Fn(Option<&Placement>) -> bool) -> Vec<Span> {
        let days = self.days.iter().map(|(day, p)| (*day, test(p.as_ref())));
        by_value(days)
            .into_iter()
            .find_map(|(yes, spans)| yes.then_some(spans))
            .unwrap_or_default()
    }
}

/// The newest published dates of each country, once each, in the data's order.
pub fn by_country(countries: &[CountryDates]) -> Vec<CountryDates> {
    let mut seen = std::collections::HashSet::new();
    countries
        .iter()
        .filter(|c| seen.insert(c.country.as_str()))
        .filter_map(|c| latest(countries, &c.country).cloned())
        .collect()
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
    fn schedule_words_each_day_once() {
        let s = stages();
        let us = us_2025();
        let horizon = (day("2024-11-01"), day("2024-11-30"));
        let schedule = Schedule::new(&s, Some(&us), horizon);
        let banners = schedule.banners();
        let words: Vec<&Now> = banners.iter().map(|((_, now), _)| now).collect();
        let deadline = day("2024-11-15");
        assert_eq!(
            words,
            [
                &Now::ClosesIn { days: 2, deadline },
                &Now::ClosesIn { days: 1, deadline },
                &Now::ClosesIn { days: 0, deadline },
                &Now::NextOpens {
                    year: 2025,
                    month: 9
                },
            ]
        );
        let spans = |i: usize| crate::model::date::spans_attr(&banners[i].1);
        assert_eq!(spans(0), "2024-11-01/2024-11-13");
        assert_eq!(spans(2), "2024-11-15/2024-11-15");
        assert_eq!(spans(3), "2024-11-16/2024-11-30");
        // November is the deadline stage's month.
        assert_eq!(
            crate::model::date::spans_attr(&schedule.current(1)),
            "2024-11-01/2024-11-30"
        );
        assert!(schedule.current(0).is_empty());
        assert_eq!(
            crate::model::date::spans_attr(&schedule.past()),
            "2024-11-16/2024-11-30"
        );
        let offers: Vec<Offer> = schedule.offers().into_iter().map(|(o, _)| o).collect();
        assert_eq!(
            offers,
            [
                Offer::Calendar,
                Offer::Reminder {
                    year: 2025,
                    month: 9
                }
            ]
        );
    }

    #[test]
    fn without_a_country_nothing_is_past_or_offered() {
        let s = stages();
        let schedule = Schedule::new(&s, None, (day("2026-10-01"), day("2026-12-31")));
        assert!(schedule.past().is_empty());
        assert!(schedule.offers().is_empty());
        let words: Vec<Now> = schedule
            .banners()
            .into_iter()
            .map(|((_, n), _)| n)
            .collect();
        assert_eq!(
            words,
            [
                Now::UsuallyOpen,
                Now::NextOpens {
                    year: 2027,
                    month: 9
                }
            ]
        );
    }

    #[test]
    fn latest_picks_the_newest_year() {
        let mut older = us_2025();
        older.programme_year = 2024;
        let all = vec![older, us_2025()];
        assert_eq!(latest(&all, "US").map(|c| c.programme_year), Some(2025));
        assert!(latest(&all, "GB").is_none());
        let newest: Vec<u16> = by_country(&all).iter().map(|c| c.programme_year).collect();
        assert_eq!(newest, [2025]);
    }
}
