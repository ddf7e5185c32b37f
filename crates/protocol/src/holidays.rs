//! Mainland China's public holidays and make-up working days (调休上班), from the State
//! Council's yearly notices, for deadlines counted in working days (工作日). A year without a
//! table here counts Monday to Friday only, and says so.

use crate::date::Date;

/// A day of the year: (month, day).
pub type MonthDay = (u8, u8);

/// One year's schedule with its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    pub year: u16,
    /// The notice, as published.
    pub source: &'static str,
    /// The day it was published (year, month, day).
    pub published: (u16, u8, u8),
    /// Days off, as inclusive ranges of (month, day).
    pub days_off: &'static [(MonthDay, MonthDay)],
    /// Weekend days that are working days, as (month, day).
    pub make_up_days: &'static [MonthDay],
}

/// The schedules this table holds, oldest first.
pub const SCHEDULES: &[Schedule] = &[
    Schedule {
        year: 2025,
        source: "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）",
        published: (2024, 11, 12),
        days_off: &[
            ((1, 1), (1, 1)),
            ((1, 28), (2, 4)),
            ((4, 4), (4, 6)),
            ((5, 1), (5, 5)),
            ((5, 31), (6, 2)),
            ((10, 1), (10, 8)),
        ],
        make_up_days: &[(1, 26), (2, 8), (4, 27), (9, 28), (10, 11)],
    },
    Schedule {
        year: 2026,
        source: "国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）",
        published: (2025, 11, 4),
        days_off: &[
            ((1, 1), (1, 3)),
            ((2, 15), (2, 23)),
            ((4, 4), (4, 6)),
            ((5, 1), (5, 5)),
            ((6, 19), (6, 21)),
            ((9, 25), (9, 27)),
            ((10, 1), (10, 7)),
        ],
        make_up_days: &[(1, 4), (2, 14), (2, 28), (5, 9), (9, 20), (10, 10)],
    },
];

/// The schedule for `year`, if this table has it.
#[must_use]
pub fn schedule(year: u16) -> Option<&'static Schedule> {
    SCHEDULES.iter().find(|s| s.year == year)
}

/// Whether a day is a working day: `Some` from the year's schedule, `None` for a year this
/// table does not hold (then only the weekday is known: see [`is_working_day_or_weekday`]).
#[must_use]
pub fn is_working_day(day: Date) -> Option<bool> {
    let schedule = schedule(day.year())?;
    let md = (day.month(), day.day());
    if schedule.make_up_days.contains(&md) {
        return Some(true);
    }
    if schedule
        .days_off
        .iter()
        .any(|(first, last)| (*first..=*last).contains(&md))
    {
        return Some(false);
    }
    Some(!day.weekday().is_weekend())
}

/// Whether a day is a working day, by the schedule where there is one and by the weekday
/// (Monday to Friday) where there is not.
#[must_use]
pub fn is_working_day_or_weekday(day: Date) -> bool {
    is_working_day(day).unwrap_or_else(|| !day.weekday().is_weekend())
}

/// The day `count` working days after `start` (the first working day after `start` is the
/// first), and whether every day counted had a schedule.
#[must_use]
pub fn add_working_days(start: Date, count: u16) -> (Date, bool) {
    let mut day = start;
    let mut left = count;
    let mut known = true;
    while left > 0 {
        let Some(next) = day.next_day() else {
            break;
        };
        day = next;
        known &= is_working_day(day).is_some();
        if is_working_day_or_weekday(day) {
            left -= 1;
        }
    }
    (day, known)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: u16, month: u8, day: u8) -> Date {
        Date::new(year, month, day).unwrap()
    }

    #[test]
    fn holidays_and_make_up_days_override_the_weekday() {
        // Spring Festival 2026: Monday 16 February is off; Saturday 14 February is worked.
        assert_eq!(is_working_day(d(2026, 2, 16)), Some(false));
        assert_eq!(is_working_day(d(2026, 2, 14)), Some(true));
        assert_eq!(is_working_day(d(2026, 2, 28)), Some(true));
        assert_eq!(
            is_working_day(d(2025, 10, 8)),
            Some(false),
            "a Wednesday in Golden Week"
        );
        assert_eq!(
            is_working_day(d(2025, 9, 28)),
            Some(true),
            "a Sunday worked"
        );
        assert_eq!(
            is_working_day(d(2026, 3, 2)),
            Some(true),
            "an ordinary Monday"
        );
        assert_eq!(
            is_working_day(d(2026, 3, 7)),
            Some(false),
            "an ordinary Saturday"
        );
        assert_eq!(is_working_day(d(2027, 3, 1)), None, "2027 has no table yet");
        assert!(is_working_day_or_weekday(d(2027, 3, 1)));
    }

    #[test]
    fn every_make_up_day_is_a_weekend_day_and_no_day_is_both() {
        for schedule in SCHEDULES {
            for &(month, day) in schedule.make_up_days {
                let date = d(schedule.year, month, day);
                assert!(
                    date.weekday().is_weekend(),
                    "{date} is a make-up day on a weekday"
                );
                let off = schedule
                    .days_off
                    .iter()
                    .any(|(a, b)| (*a..=*b).contains(&(month, day)));
                assert!(!off, "{date} is both");
            }
        }
    }

    #[test]
    fn working_days_skip_weekends_and_holidays() {
        // Ten working days from Friday 13 February 2026: the 14th (a make-up Saturday), then
        // nothing until the 24th, then 24–27 and the 28th (make-up), then 2–5 March.
        assert_eq!(add_working_days(d(2026, 2, 13), 10), (d(2026, 3, 5), true));
        // From Tuesday 30 September 2025 across Golden Week: 9 Oct, 10, 11 (make-up), 13.
        assert_eq!(add_working_days(d(2025, 9, 30), 4), (d(2025, 10, 13), true));
        assert_eq!(add_working_days(d(2026, 3, 2), 0), (d(2026, 3, 2), true));
        // Into 2027, counted by weekdays and marked as such.
        assert_eq!(add_working_days(d(2026, 12, 30), 3), (d(2027, 1, 4), false));
    }
}
