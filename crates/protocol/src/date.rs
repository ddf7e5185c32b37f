//! A small civil (proleptic Gregorian) date and a year-month, with no clock: callers pass
//! "today". Wire form `YYYY-MM-DD` and `YYYY-MM`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date between the years 1 and 9999.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

#[must_use]
pub const fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

#[must_use]
pub const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// 0001-01-01.
    pub const MIN: Date = Date {
        year: 1,
        month: 1,
        day: 1,
    };

    /// A date, if it exists.
    #[must_use]
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        if year == 0
            || year > 9999
            || month == 0
            || month > 12
            || day == 0
            || day > days_in_month(year, month)
        {
            return None;
        }
        Some(Self { year, month, day })
    }

    #[must_use]
    pub const fn year(self) -> u16 {
        self.year
    }

    #[must_use]
    pub const fn month(self) -> u8 {
        self.month
    }

    #[must_use]
    pub const fn day(self) -> u8 {
        self.day
    }

    /// Days since 0001-01-01 (that day is 0).
    #[must_use]
    pub fn ordinal(self) -> i64 {
        let y = i64::from(self.year) - 1;
        let mut days = y * 365 + y / 4 - y / 100 + y / 400;
        for m in 1..self.month {
            days += i64::from(days_in_month(self.year, m));
        }
        days + i64::from(self.day) - 1
    }

    /// Whole days from `self` to `other` (negative if `other` is earlier).
    #[must_use]
    pub fn days_until(self, other: Date) -> i64 {
        other.ordinal() - self.ordinal()
    }

    /// Full years from `self` (a birth date) to `on`.
    #[must_use]
    pub fn years_until(self, on: Date) -> i32 {
        let mut years = i32::from(on.year) - i32::from(self.year);
        if (on.month, on.day) < (self.month, self.day) {
            years -= 1;
        }
        years
    }

    /// The day after, or `None` after 9999-12-31.
    #[must_use]
    pub const fn next_day(self) -> Option<Self> {
        if self.day < days_in_month(self.year, self.month) {
            return Self::new(self.year, self.month, self.day + 1);
        }
        if self.month < 12 {
            return Self::new(self.year, self.month + 1, 1);
        }
        Self::new(self.year + 1, 1, 1)
    }

    /// The date from days since 0001-01-01 (see [`Self::ordinal`]), or `None` outside years
    /// 1 to 9999.
    #[must_use]
    pub fn from_ordinal(ordinal: i64) -> Option<Self> {
        if ordinal < 0 {
            return None;
        }
        // A first guess by the mean year, then corrected by at most a year either way.
        let mut year = u16::try_from(ordinal * 400 / 146_097 + 1).ok()?;
        while year > 1 && Self::new(year, 1, 1)?.ordinal() > ordinal {
            year -= 1;
        }
        while Self::new(year.checked_add(1)?, 1, 1).is_some_and(|next| next.ordinal() <= ordinal) {
            year += 1;
        }
        let mut left = ordinal - Self::new(year, 1, 1)?.ordinal();
        let mut month = 1;
        while left >= i64::from(days_in_month(year, month)) {
            left -= i64::from(days_in_month(year, month));
            month += 1;
        }
        Self::new(year, month, u8::try_from(left + 1).ok()?)
    }

    /// `days` later (earlier if negative), held within years 1 to 9999.
    #[must_use]
    pub fn add_days(self, days: i64) -> Self {
        let target = self.ordinal().saturating_add(days);
        Self::from_ordinal(target.max(0)).unwrap_or(if days < 0 {
            Self {
                year: 1,
                month: 1,
                day: 1,
            }
        } else {
            Self {
                year: 9999,
                month: 12,
                day: 31,
            }
        })
    }

    /// The day of the week.
    #[must_use]
    pub fn weekday(self) -> Weekday {
        // 0001-01-01 was a Monday (proleptic Gregorian).
        match self.ordinal().rem_euclid(7) {
            0 => Weekday::Monday,
            1 => Weekday::Tuesday,
            2 => Weekday::Wednesday,
            3 => Weekday::Thursday,
            4 => Weekday::Friday,
            5 => Weekday::Saturday,
            _ => Weekday::Sunday,
        }
    }

    /// The day before, or `None` before 0001-01-02.
    #[must_use]
    pub const fn previous_day(self) -> Option<Self> {
        if self.day > 1 {
            return Self::new(self.year, self.month, self.day - 1);
        }
        if self.month > 1 {
            return Self::new(
                self.year,
                self.month - 1,
                days_in_month(self.year, self.month - 1),
            );
        }
        if self.year > 1 {
            return Self::new(self.year - 1, 12, 31);
        }
        None
    }

    #[must_use]
    pub const fn year_month(self) -> YearMonth {
        YearMonth {
            year: self.year,
            month: self.month,
        }
    }
}

/// A day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    #[must_use]
    pub const fn is_weekend(self) -> bool {
        matches!(self, Self::Saturday | Self::Sunday)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Not a `YYYY-MM-DD` date that exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateParseError;

impl fmt::Display for DateParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("expected an existing date as YYYY-MM-DD")
    }
}

impl std::error::Error for DateParseError {}

fn number<T: FromStr>(part: Option<&str>, len: usize) -> Result<T, DateParseError> {
    let part = part.ok_or(DateParseError)?;
    if part.len() != len || !part.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DateParseError);
    }
    part.parse().map_err(|_| DateParseError)
}

impl FromStr for Date {
    type Err = DateParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut parts = s.split('-');
        let (year, month, day) = (
            number(parts.next(), 4)?,
            number(parts.next(), 2)?,
            number(parts.next(), 2)?,
        );
        if parts.next().is_some() {
            return Err(DateParseError);
        }
        Self::new(year, month, day).ok_or(DateParseError)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// A month of a year, such as a contribution period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    year: u16,
    month: u8,
}

impl YearMonth {
    #[must_use]
    pub const fn new(year: u16, month: u8) -> Option<Self> {
        if year == 0 || year > 9999 || month == 0 || month > 12 {
            return None;
        }
        Some(Self { year, month })
    }

    #[must_use]
    pub const fn year(self) -> u16 {
        self.year
    }

    #[must_use]
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The first day of the month.
    #[must_use]
    pub const fn first_day(self) -> Date {
        Date {
            year: self.year,
            month: self.month,
            day: 1,
        }
    }

    /// The following month (saturating at 9999-12).
    #[must_use]
    pub const fn next(self) -> Self {
        if self.month == 12 {
            if self.year >= 9999 {
                return self;
            }
            Self {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Self {
                year: self.year,
                month: self.month + 1,
            }
        }
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl FromStr for YearMonth {
    type Err = DateParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut parts = s.split('-');
        let (year, month) = (number(parts.next(), 4)?, number(parts.next(), 2)?);
        if parts.next().is_some() {
            return Err(DateParseError);
        }
        Self::new(year, month).ok_or(DateParseError)
    }
}

impl Serialize for YearMonth {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for YearMonth {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
impl proptest::arbitrary::Arbitrary for Date {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        (1u16..=9999, 1u8..=12, 1u8..=28)
            .prop_filter_map("a real date", |(y, m, d)| Date::new(y, m, d))
            .boxed()
    }
}

#[cfg(test)]
impl proptest::arbitrary::Arbitrary for YearMonth {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;

    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        (1u16..=9999, 1u8..=12)
            .prop_filter_map("a real month", |(y, m)| YearMonth::new(y, m))
            .boxed()
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "format": "date", "description": "YYYY-MM-DD" })
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for YearMonth {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "YearMonth".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$", "description": "YYYY-MM" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_added_across_months_years_and_leap_days() {
        let day = |y, m, d| Date::new(y, m, d).unwrap();
        assert_eq!(day(2026, 12, 31).add_days(1), day(2027, 1, 1));
        assert_eq!(day(2028, 2, 28).add_days(1), day(2028, 2, 29));
        assert_eq!(day(2027, 5, 19).add_days(-90), day(2027, 2, 18));
        assert_eq!(
            day(1, 1, 1).add_days(-5),
            day(1, 1, 1),
            "held at the first day"
        );
        assert_eq!(day(9999, 12, 31).add_days(5), day(9999, 12, 31));
        assert_eq!(day(9999, 12, 31).next_day(), None);
        assert_eq!(day(2026, 12, 1).weekday(), Weekday::Tuesday);
        assert_eq!(day(2026, 2, 14).weekday(), Weekday::Saturday);
        assert_eq!(day(1, 1, 1).weekday(), Weekday::Monday);
    }

    proptest::proptest! {
        #[test]
        fn a_date_survives_its_ordinal_and_next_day_is_one_day(date: Date, days in -3000_i64..3000) {
            proptest::prop_assert_eq!(Date::from_ordinal(date.ordinal()), Some(date));
            if let Some(next) = date.next_day() {
                proptest::prop_assert_eq!(date.days_until(next), 1);
                proptest::prop_assert_eq!(date.add_days(1), next);
            }
            let moved = date.add_days(days);
            if moved.year() > 1 && moved.year() < 9999 {
                proptest::prop_assert_eq!(date.days_until(moved), days);
            }
        }
    }

    #[test]
    fn only_existing_dates_are_dates() {
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2023, 2, 29).is_none());
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
        assert!(Date::new(2024, 4, 31).is_none());
        assert!(Date::new(2024, 13, 1).is_none());
        assert!(Date::new(0, 1, 1).is_none());
    }

    #[test]
    fn wire_form_is_iso_8601_and_rejects_anything_else() {
        let date: Date = serde_json::from_str(r#""2024-12-01""#).unwrap();
        assert_eq!(date, Date::new(2024, 12, 1).unwrap());
        assert_eq!(serde_json::to_string(&date).unwrap(), r#""2024-12-01""#);
        for bad in [
            "2024-12-1",
            "2024-13-01",
            "24-12-01",
            "2024-12-01-",
            "2024/12/01",
            "",
            "２０２４-12-01",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
        let month: YearMonth = "2025-06".parse().unwrap();
        assert_eq!(month.next().to_string(), "2025-07");
        assert_eq!(
            YearMonth::new(2025, 12).unwrap().next().to_string(),
            "2026-01"
        );
    }

    #[test]
    fn day_and_year_arithmetic() {
        let a = Date::new(2024, 12, 1).unwrap();
        let b = Date::new(2025, 12, 1).unwrap();
        assert_eq!(a.days_until(b), 365);
        assert_eq!(b.days_until(a), -365);
        let birth = Date::new(1974, 8, 12).unwrap();
        assert_eq!(birth.years_until(Date::new(2026, 8, 11).unwrap()), 51);
        assert_eq!(birth.years_until(Date::new(2026, 8, 12).unwrap()), 52);
    }
}
