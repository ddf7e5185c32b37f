//! Monthly social-insurance contributions for one city and month: the base, and the employer's
//! and employee's amount for each insurance.
//!
//! Money is integer fen (1 RMB = 100 fen) and rates are integer millionths ([`Rate`]), so every
//! published rate (0.16 %, 9.8 %) is exact and no float is involved.
//!
//! Rates and bases change every July, so they live in one dated table (`TABLES`), one entry per
//! city and validity period. A month that no entry covers is an error
//! ([`ContributionError::NoTableForPeriod`]): the calculator never guesses.
//!
//! **Maternity insurance** is merged into medical insurance: the medical rates in the table are
//! the published merged rates, which already include what used to be the maternity
//! contribution. There is therefore no separate maternity line; adding one would count it twice.
//!
//! **Rounding**: each amount (one insurance, one side) is `base × rate` rounded to the nearest
//! fen, halves away from zero (amounts are never negative, so halves go up: 3,692.5 fen is
//! 3,693 fen). A fixed amount, such as Beijing's RMB 3 on the employee's medical line, is added
//! after rounding. Totals are sums of the rounded lines, so they always add up on screen.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::date::YearMonth;

/// A city with a contribution table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum City {
    Beijing,
    Shanghai,
}

impl City {
    /// Every city, in a stable order.
    pub const ALL: [Self; 2] = [Self::Beijing, Self::Shanghai];
}

impl fmt::Display for City {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Beijing => "Beijing",
            Self::Shanghai => "Shanghai",
        })
    }
}

/// A contribution rate in millionths (parts per million): 1 % is `Rate::from_ppm(10_000)`,
/// 0.16 % is 1,600 and 9.8 % is 98,000. Wire form: the integer number of millionths.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Rate(u32);

impl Rate {
    pub const ZERO: Self = Self(0);

    #[must_use]
    pub const fn from_ppm(ppm: u32) -> Self {
        Self(ppm)
    }

    #[must_use]
    pub const fn ppm(self) -> u32 {
        self.0
    }

    /// `amount × rate`, rounded to the nearest unit, halves away from zero.
    #[must_use]
    pub fn apply(self, amount_fen: u64) -> u64 {
        const ONE: u128 = 1_000_000;
        let exact = u128::from(amount_fen) * u128::from(self.0);
        let rounded = (exact + ONE / 2) / ONE;
        u64::try_from(rounded).unwrap_or(u64::MAX)
    }
}

/// As a percentage without trailing zeros: `0.16%`, `9.8%`, `16%`.
impl fmt::Display for Rate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (whole, fraction) = (self.0 / 10_000, self.0 % 10_000);
        if fraction == 0 {
            write!(f, "{whole}%")
        } else {
            let digits = format!("{fraction:04}");
            write!(f, "{whole}.{}%", digits.trim_end_matches('0'))
        }
    }
}

/// An insurance with a contribution line (maternity is part of medical; see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Insurance {
    Pension,
    Medical,
    Unemployment,
    /// Paid by the employer only.
    WorkInjury,
}

/// The months a table entry covers, both inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Validity {
    pub from: YearMonth,
    pub until: YearMonth,
}

impl Validity {
    #[must_use]
    pub fn contains(self, period: YearMonth) -> bool {
        self.from <= period && period <= self.until
    }
}

/// What a monthly calculation needs. Wire form: camelCase fields.
///
/// [`monthly`] takes this struct rather than separate arguments so that the optional
/// work-injury rate has a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContributionInput {
    pub city: City,
    /// The contribution month.
    pub period: YearMonth,
    /// The monthly salary that determines the base (normally last year's average monthly
    /// salary; for a new job, the first month's salary), in fen.
    pub monthly_salary_fen: u64,
    /// The employer's work-injury rate, which depends on its industry. `None` uses the lowest
    /// rate of the city's range; a rate outside the range is an error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_injury_rate: Option<Rate>,
}

/// How the salary became the contribution base.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BaseAdjustment {
    /// The salary is within [floor, ceiling] and is the base.
    None,
    /// The salary is below the floor; the base is the floor.
    RaisedToFloor,
    /// The salary is above the ceiling; the base is the ceiling.
    LoweredToCeiling,
}

/// One insurance's contributions for the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContributionLine {
    pub insurance: Insurance,
    /// `base × employer_rate`, rounded.
    pub employer_fen: u64,
    /// `base × employee_rate`, rounded, plus `employee_fixed_fen`.
    pub employee_fen: u64,
    pub employer_rate: Rate,
    pub employee_rate: Rate,
    /// A fixed monthly amount the employee pays on top of the rate (Beijing medical: RMB 3);
    /// already included in `employee_fen`.
    pub employee_fixed_fen: u64,
}

/// Sums of the lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContributionTotals {
    pub employer_fen: u64,
    pub employee_fen: u64,
    /// Employer plus employee.
    pub combined_fen: u64,
}

/// A month's contributions, with everything needed to explain them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContributionBreakdown {
    pub city: City,
    pub period: YearMonth,
    /// The months the applied table is valid for.
    pub validity: Validity,
    pub monthly_salary_fen: u64,
    pub base_floor_fen: u64,
    pub base_ceiling_fen: u64,
    /// The salary clamped to [floor, ceiling].
    pub base_fen: u64,
    pub adjustment: BaseAdjustment,
    /// Pension, medical, unemployment, work injury, in that order.
    pub lines: Vec<ContributionLine>,
    pub totals: ContributionTotals,
}

/// Why no breakdown could be given. Serialised as `{"code": "...", "params": {...}}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(
    tag = "code",
    content = "params",
    rename_all = "kebab-case",
    rename_all_fields = "camelCase"
)]
pub enum ContributionError {
    /// No table of this city covers the month (see [`coverage`]).
    NoTableForPeriod { city: City, period: YearMonth },
    /// The work-injury rate is outside the city's range (both ends allowed).
    WorkInjuryRateOutOfRange { min: Rate, max: Rate },
}

impl fmt::Display for ContributionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoTableForPeriod { city, period } => {
                write!(f, "no {city} contribution table covers {period}")
            }
            Self::WorkInjuryRateOutOfRange { min, max } => {
                write!(f, "the work-injury rate must be between {min} and {max}")
            }
        }
    }
}

impl std::error::Error for ContributionError {}

// ---------------------------------------------------------------------------------------------
// The table, as data.

/// Employer and employee rates of one insurance.
#[derive(Debug, Clone, Copy)]
struct Split {
    employer: Rate,
    employee: Rate,
    /// Added to the employee's amount.
    employee_fixed_fen: u64,
}

const fn split(employer_ppm: u32, employee_ppm: u32) -> Split {
    Split {
        employer: Rate::from_ppm(employer_ppm),
        employee: Rate::from_ppm(employee_ppm),
        employee_fixed_fen: 0,
    }
}

/// One city's rates and base limits for one validity period.
#[derive(Debug, Clone, Copy)]
struct CityTable {
    city: City,
    validity: Validity,
    base_floor_fen: u64,
    base_ceiling_fen: u64,
    pension: Split,
    medical: Split,
    unemployment: Split,
    /// Employer only; the rate depends on the industry.
    work_injury_min: Rate,
    work_injury_max: Rate,
}

/// `YearMonth::new` for the literals of `TABLES`. `YearMonth` has no infallible constructor and
/// this crate does not panic, so an impossible literal falls back to 0001-01; the
/// `coverage_is_july_2024_to_june_2025` test catches that.
const fn ym(year: u16, month: u8) -> YearMonth {
    match YearMonth::new(year, month) {
        Some(value) => value,
        None => ym(1, 1),
    }
}

const fn rmb(yuan: u64) -> u64 {
    yuan * 100
}

/// Every city's tables (domain reference, section 5). Entries of one city must not overlap.
const TABLES: &[CityTable] = &[
    CityTable {
        city: City::Shanghai,
        validity: Validity {
            from: ym(2024, 7),
            until: ym(2025, 6),
        },
        base_floor_fen: rmb(7_384),
        base_ceiling_fen: rmb(36_921),
        pension: split(160_000, 80_000),
        medical: split(90_000, 20_000),
        unemployment: split(5_000, 5_000),
        work_injury_min: Rate::from_ppm(1_600),
        work_injury_max: Rate::from_ppm(15_200),
    },
    CityTable {
        city: City::Beijing,
        validity: Validity {
            from: ym(2024, 7),
            until: ym(2025, 6),
        },
        base_floor_fen: rmb(6_821),
        base_ceiling_fen: rmb(35_283),
        pension: split(160_000, 80_000),
        medical: Split {
            employee_fixed_fen: rmb(3),
            ..split(98_000, 20_000)
        },
        unemployment: split(5_000, 5_000),
        work_injury_min: Rate::from_ppm(2_000),
        work_injury_max: Rate::from_ppm(19_000),
    },
];

// ---------------------------------------------------------------------------------------------
// Applying a table.

/// The periods a city's tables cover, earliest first, so the app can say which months it can
/// calculate.
#[must_use]
pub fn coverage(city: City) -> Vec<Validity> {
    let mut periods: Vec<_> = TABLES
        .iter()
        .filter(|t| t.city == city)
        .map(|t| t.validity)
        .collect();
    periods.sort();
    periods
}

fn line(insurance: Insurance, split: Split, base_fen: u64) -> ContributionLine {
    ContributionLine {
        insurance,
        employer_fen: split.employer.apply(base_fen),
        employee_fen: split
            .employee
            .apply(base_fen)
            .saturating_add(split.employee_fixed_fen),
        employer_rate: split.employer,
        employee_rate: split.employee,
        employee_fixed_fen: split.employee_fixed_fen,
    }
}

/// One month's contributions in `input.city` for `input.period`.
///
/// # Errors
///
/// [`ContributionError::NoTableForPeriod`] if no table of the city covers the month;
/// [`ContributionError::WorkInjuryRateOutOfRange`] if a work-injury rate is given outside the
/// city's range.
pub fn monthly(input: &ContributionInput) -> Result<ContributionBreakdown, ContributionError> {
    let table = TABLES
        .iter()
        .find(|t| t.city == input.city && t.validity.contains(input.period))
        .ok_or(ContributionError::NoTableForPeriod {
            city: input.city,
            period: input.period,
        })?;

    let work_injury_rate = input.work_injury_rate.unwrap_or(table.work_injury_min);
    if !(table.work_injury_min..=table.work_injury_max).contains(&work_injury_rate) {
        return Err(ContributionError::WorkInjuryRateOutOfRange {
            min: table.work_injury_min,
            max: table.work_injury_max,
        });
    }

    let salary = input.monthly_salary_fen;
    let (base_fen, adjustment) = if salary < table.base_floor_fen {
        (table.base_floor_fen, BaseAdjustment::RaisedToFloor)
    } else if salary > table.base_ceiling_fen {
        (table.base_ceiling_fen, BaseAdjustment::LoweredToCeiling)
    } else {
        (salary, BaseAdjustment::None)
    };

    let lines = vec![
        line(Insurance::Pension, table.pension, base_fen),
        line(Insurance::Medical, table.medical, base_fen),
        line(Insurance::Unemployment, table.unemployment, base_fen),
        line(
            Insurance::WorkInjury,
            Split {
                employer: work_injury_rate,
                ..split(0, 0)
            },
            base_fen,
        ),
    ];
    let employer_fen = lines
        .iter()
        .map(|l| l.employer_fen)
        .fold(0, u64::saturating_add);
    let employee_fen = lines
        .iter()
        .map(|l| l.employee_fen)
        .fold(0, u64::saturating_add);

    Ok(ContributionBreakdown {
        city: input.city,
        period: input.period,
        validity: table.validity,
        monthly_salary_fen: salary,
        base_floor_fen: table.base_floor_fen,
        base_ceiling_fen: table.base_ceiling_fen,
        base_fen,
        adjustment,
        lines,
        totals: ContributionTotals {
            employer_fen,
            employee_fen,
            combined_fen: employer_fen.saturating_add(employee_fen),
        },
    })
}

crate::codec::wire_codes!(City {
    Beijing => "beijing",
    Shanghai => "shanghai",
});

crate::codec::wire_codes!(Insurance {
    Pension => "pension",
    Medical => "medical",
    Unemployment => "unemployment",
    WorkInjury => "work-injury",
});

crate::codec::wire_codes!(BaseAdjustment {
    None => "none",
    RaisedToFloor => "raised-to-floor",
    LoweredToCeiling => "lowered-to-ceiling",
});

/// Why a typed salary is not an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SalaryError {
    Missing,
    NotAnAmount,
}

/// The ASCII form of a digit or separator typed with an Arabic, Persian or full-width keyboard.
fn ascii(c: char) -> char {
    match c {
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        '\u{FF10}'..='\u{FF19}' => char::from(b'0' + (c as u32 - 0xFF10) as u8),
        '\u{066B}' | '\u{FF0E}' => '.',
        '\u{066C}' | '\u{FF0C}' => ',',
        other => other,
    }
}

/// A monthly salary typed in yuan (`12345.67`, `12,345.67`, `¥ 12 345`, `١٢٣٤٥٫٦٧`) as fen.
/// Where the language writes a decimal comma (`decimal_comma`: French, German, Spanish,
/// Portuguese, Russian, Vietnamese), `5000,50`, `12.345,67` and `12 345,6` are read as they are
/// meant, and a point before one or two final digits is still a decimal point (`12345.67`);
/// elsewhere a comma only groups thousands (groups of three digits), so `5000,50` is refused
/// rather than read as 500,050 yuan.
///
/// # Errors
/// Empty, or not a non-negative amount with at most two decimals.
pub fn parse_salary(text: &str, decimal_comma: bool) -> Result<u64, SalaryError> {
    let cleaned: String = text
        .chars()
        .map(ascii)
        .filter(|c| !c.is_whitespace() && !matches!(c, '¥' | '￥'))
        .collect();
    if cleaned.is_empty() {
        return Err(SalaryError::Missing);
    }
    let cleaned = if decimal_comma {
        from_decimal_comma(&cleaned).ok_or(SalaryError::NotAnAmount)?
    } else {
        cleaned
    };
    let (whole, fraction) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let mut groups = whole.split(',');
    let grouped = whole.contains(',');
    let first_ok = groups
        .next()
        .is_some_and(|g| digits(g) && (!grouped || g.len() <= 3));
    let rest_ok = groups.all(|g| g.len() == 3 && digits(g));
    if !first_ok || !rest_ok || fraction.len() > 2 || (!fraction.is_empty() && !digits(fraction)) {
        return Err(SalaryError::NotAnAmount);
    }
    let yuan: u64 = whole
        .replace(',', "")
        .parse()
        .map_err(|_| SalaryError::NotAnAmount)?;
    let fen: u64 = format!("{fraction:0<2}")
        .parse()
        .map_err(|_| SalaryError::NotAnAmount)?;
    yuan.checked_mul(100)
        .and_then(|f| f.checked_add(fen))
        .ok_or(SalaryError::NotAnAmount)
}

/// An amount written with a decimal comma, in the point form `parse_salary` reads: the last
/// separator is the decimal one when one or two digits follow it, and points group thousands
/// (`12.345,67` → `12,345.67`). `None` for a comma that could only group thousands.
fn from_decimal_comma(text: &str) -> Option<String> {
    let (whole, fraction) = text
        .rfind([',', '.'])
        .and_then(|at| Some((text.get(..at)?, text.get(at + 1..)?)))
        .filter(|(_, after)| (1..=2).contains(&after.len()))
        .filter(|(_, after)| after.chars().all(|c| c.is_ascii_digit()))
        .unwrap_or((text, ""));
    if whole.contains(',') {
        return None;
    }
    let whole = whole.replace('.', ",");
    Some(if fraction.is_empty() {
        whole
    } else {
        format!("{whole}.{fraction}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn salaries_are_read_as_yuan_with_up_to_two_decimals() {
        assert_eq!(parse_salary("12345.67", false), Ok(1_234_567));
        assert_eq!(parse_salary(" ¥12,345.6 ", false), Ok(1_234_560));
        assert_eq!(parse_salary("5000", false), Ok(500_000));
        assert_eq!(parse_salary("0", false), Ok(0));
        assert_eq!(parse_salary("12.", false), Ok(1_200));
        assert_eq!(parse_salary("1,234,567.89", false), Ok(123_456_789));
        assert_eq!(parse_salary("١٢٣٤٥٫٦٧", false), Ok(1_234_567));
        assert_eq!(parse_salary("١٢٬٣٤٥", false), Ok(1_234_500));
        assert_eq!(parse_salary("１２３４５", false), Ok(1_234_500));
        assert_eq!(parse_salary("", false), Err(SalaryError::Missing));
        assert_eq!(parse_salary("  ", false), Err(SalaryError::Missing));
        // Where the language writes a decimal comma.
        assert_eq!(parse_salary("5000,50", true), Ok(500_050));
        assert_eq!(parse_salary("12.345,67", true), Ok(1_234_567));
        assert_eq!(parse_salary("12\u{202f}345,6", true), Ok(1_234_560));
        assert_eq!(parse_salary("12.345", true), Ok(1_234_500));
        assert_eq!(parse_salary("12345.67", true), Ok(1_234_567));
        assert_eq!(parse_salary("1.234.567", true), Ok(123_456_700));
        for bad in [
            "12,345",
            "1.234,567",
            "12.34,56",
            "1,234,56",
            "5000,5x",
            ",50",
        ] {
            assert_eq!(
                parse_salary(bad, true),
                Err(SalaryError::NotAnAmount),
                "{bad} with a decimal comma"
            );
        }
        for bad in [
            "12.345",
            "-5",
            "abc",
            "1e5",
            ".5",
            "99999999999999999999",
            "5000,50",
            "1,23",
            ",500",
            "1234,567",
        ] {
            assert_eq!(
                parse_salary(bad, false),
                Err(SalaryError::NotAnAmount),
                "{bad}"
            );
        }
    }
    use proptest::prelude::*;

    fn month(text: &str) -> YearMonth {
        text.parse().unwrap()
    }

    fn input(city: City, period: &str, monthly_salary_fen: u64) -> ContributionInput {
        ContributionInput {
            city,
            period: month(period),
            monthly_salary_fen,
            work_injury_rate: None,
        }
    }

    /// (insurance, employer fen, employee fen) of every line.
    fn amounts(breakdown: &ContributionBreakdown) -> Vec<(Insurance, u64, u64)> {
        breakdown
            .lines
            .iter()
            .map(|l| (l.insurance, l.employer_fen, l.employee_fen))
            .collect()
    }

    #[test]
    fn shanghai_salary_inside_the_range_is_the_base_and_every_amount_rounds_half_away_from_zero() {
        // Salary RMB 12,345.67 = 1,234,567 fen, inside [738,400, 3,692,100]: the base.
        //   pension      employer 16%    197,530.72 -> 197,531   employee 8%   98,765.36 -> 98,765
        //   medical      employer 9%     111,111.03 -> 111,111   employee 2%   24,691.34 -> 24,691
        //   unemployment employer 0.5%     6,172.835 ->   6,173  employee 0.5%  6,172.835 -> 6,173
        //   work injury  employer 0.16%    1,975.3072 ->  1,975  (lowest rate; no employee part)
        //   employer 197,531 + 111,111 + 6,173 + 1,975 = 316,790
        //   employee  98,765 +  24,691 + 6,173         = 129,629;  combined 446,419
        let b = monthly(&input(City::Shanghai, "2025-01", 1_234_567)).unwrap();
        assert_eq!(b.base_fen, 1_234_567);
        assert_eq!(b.adjustment, BaseAdjustment::None);
        assert_eq!(
            amounts(&b),
            vec![
                (Insurance::Pension, 197_531, 98_765),
                (Insurance::Medical, 111_111, 24_691),
                (Insurance::Unemployment, 6_173, 6_173),
                (Insurance::WorkInjury, 1_975, 0),
            ]
        );
        assert_eq!(
            b.totals,
            ContributionTotals {
                employer_fen: 316_790,
                employee_fen: 129_629,
                combined_fen: 446_419
            }
        );
        assert_eq!(b.validity.from, month("2024-07"));
        assert_eq!(b.validity.until, month("2025-06"));
    }

    #[test]
    fn an_exact_half_fen_rounds_up() {
        // Base 738,500 fen × 0.5% = 3,692.5 fen -> 3,693.
        let b = monthly(&input(City::Shanghai, "2024-07", 738_500)).unwrap();
        assert_eq!(
            amounts(&b).get(2),
            Some(&(Insurance::Unemployment, 3_693, 3_693))
        );
        assert_eq!(Rate::from_ppm(5_000).apply(1), 0); // 0.005 fen
        assert_eq!(Rate::from_ppm(500_000).apply(1), 1); // 0.5 fen
    }

    #[test]
    fn shanghai_salary_below_the_floor_is_raised_to_the_floor() {
        // Base 738,400 fen: pension 118,144 / 59,072; medical 66,456 / 14,768;
        // unemployment 3,692 / 3,692; work injury 0.16% 1,181.44 -> 1,181.
        let b = monthly(&input(City::Shanghai, "2024-07", 500_000)).unwrap();
        assert_eq!(
            (b.base_fen, b.adjustment),
            (738_400, BaseAdjustment::RaisedToFloor)
        );
        assert_eq!(b.monthly_salary_fen, 500_000);
        assert_eq!(
            amounts(&b),
            vec![
                (Insurance::Pension, 118_144, 59_072),
                (Insurance::Medical, 66_456, 14_768),
                (Insurance::Unemployment, 3_692, 3_692),
                (Insurance::WorkInjury, 1_181, 0),
            ]
        );
        let zero = monthly(&input(City::Shanghai, "2024-07", 0)).unwrap();
        assert_eq!(
            (zero.base_fen, zero.adjustment),
            (738_400, BaseAdjustment::RaisedToFloor)
        );
        let at_floor = monthly(&input(City::Shanghai, "2024-07", 738_400)).unwrap();
        assert_eq!(
            (at_floor.base_fen, at_floor.adjustment),
            (738_400, BaseAdjustment::None)
        );
    }

    #[test]
    fn shanghai_salary_above_the_ceiling_is_lowered_to_the_ceiling() {
        // Base 3,692,100 fen: pension 590,736 / 295,368; medical 332,289 / 73,842;
        // unemployment 18,460.5 -> 18,461 each; work injury 0.16% 5,907.36 -> 5,907.
        let b = monthly(&input(City::Shanghai, "2025-06", 10_000_000)).unwrap();
        assert_eq!(
            (b.base_fen, b.adjustment),
            (3_692_100, BaseAdjustment::LoweredToCeiling)
        );
        assert_eq!(
            amounts(&b),
            vec![
                (Insurance::Pension, 590_736, 295_368),
                (Insurance::Medical, 332_289, 73_842),
                (Insurance::Unemployment, 18_461, 18_461),
                (Insurance::WorkInjury, 5_907, 0),
            ]
        );
        let at_ceiling = monthly(&input(City::Shanghai, "2025-06", 3_692_100)).unwrap();
        assert_eq!(at_ceiling.adjustment, BaseAdjustment::None);
        let max = monthly(&input(City::Shanghai, "2025-06", u64::MAX)).unwrap();
        assert_eq!(max.base_fen, 3_692_100);
    }

    #[test]
    fn beijing_employee_medical_adds_a_fixed_3_rmb_and_employer_pays_9_8_percent() {
        // Base 1,000,000 fen: medical employer 9.8% = 98,000; employee 2% = 20,000 + 300 = 20,300.
        // Work injury at Beijing's lowest 0.2% = 2,000.
        let b = monthly(&input(City::Beijing, "2024-12", 1_000_000)).unwrap();
        let medical = b.lines.get(1).unwrap();
        assert_eq!(medical.insurance, Insurance::Medical);
        assert_eq!(
            (medical.employer_fen, medical.employee_fen),
            (98_000, 20_300)
        );
        assert_eq!(medical.employee_fixed_fen, 300);
        assert_eq!(
            (
                medical.employer_rate.to_string(),
                medical.employee_rate.to_string()
            ),
            ("9.8%".to_owned(), "2%".to_owned())
        );
        assert_eq!(amounts(&b).get(3), Some(&(Insurance::WorkInjury, 2_000, 0)));
        // Beijing's own base limits.
        let low = monthly(&input(City::Beijing, "2024-12", 1)).unwrap();
        assert_eq!(low.base_fen, 682_100);
        let high = monthly(&input(City::Beijing, "2024-12", 9_999_999)).unwrap();
        assert_eq!(high.base_fen, 3_528_300);
    }

    #[test]
    fn a_month_outside_every_table_is_an_error_not_a_guess() {
        for city in City::ALL {
            for period in ["2024-06", "2025-07", "1999-01", "9999-12"] {
                assert_eq!(
                    monthly(&input(city, period, 1_000_000)),
                    Err(ContributionError::NoTableForPeriod {
                        city,
                        period: month(period)
                    })
                );
            }
            for period in ["2024-07", "2025-06"] {
                assert!(monthly(&input(city, period, 1_000_000)).is_ok());
            }
        }
    }

    #[test]
    fn coverage_is_july_2024_to_june_2025() {
        for city in City::ALL {
            assert_eq!(
                coverage(city),
                vec![Validity {
                    from: month("2024-07"),
                    until: month("2025-06")
                }]
            );
        }
    }

    #[test]
    fn work_injury_rate_must_lie_within_the_city_range() {
        let with = |ppm| ContributionInput {
            work_injury_rate: Some(Rate::from_ppm(ppm)),
            ..input(City::Shanghai, "2025-01", 1_000_000)
        };
        let out_of_range = Err(ContributionError::WorkInjuryRateOutOfRange {
            min: Rate::from_ppm(1_600),
            max: Rate::from_ppm(15_200),
        });
        assert_eq!(monthly(&with(1_599)), out_of_range);
        assert_eq!(monthly(&with(15_201)), out_of_range);
        assert_eq!(monthly(&with(0)), out_of_range);
        // Both ends allowed: 1.52% of 1,000,000 fen = 15,200.
        assert!(monthly(&with(1_600)).is_ok());
        let top = monthly(&with(15_200)).unwrap();
        assert_eq!(
            amounts(&top).get(3),
            Some(&(Insurance::WorkInjury, 15_200, 0))
        );
        let beijing = ContributionInput {
            work_injury_rate: Some(Rate::from_ppm(1_600)),
            ..input(City::Beijing, "2025-01", 1_000_000)
        };
        assert_eq!(
            monthly(&beijing),
            Err(ContributionError::WorkInjuryRateOutOfRange {
                min: Rate::from_ppm(2_000),
                max: Rate::from_ppm(19_000),
            })
        );
    }

    #[test]
    fn errors_are_codes_with_typed_params_on_the_wire_and_read_as_sentences() {
        let no_table = ContributionError::NoTableForPeriod {
            city: City::Beijing,
            period: month("2024-06"),
        };
        assert_eq!(
            serde_json::to_string(&no_table).unwrap(),
            r#"{"code":"no-table-for-period","params":{"city":"beijing","period":"2024-06"}}"#
        );
        assert_eq!(
            no_table.to_string(),
            "no Beijing contribution table covers 2024-06"
        );
        let range = ContributionError::WorkInjuryRateOutOfRange {
            min: Rate::from_ppm(1_600),
            max: Rate::from_ppm(15_200),
        };
        let json = serde_json::to_string(&range).unwrap();
        assert_eq!(
            json,
            r#"{"code":"work-injury-rate-out-of-range","params":{"min":1600,"max":15200}}"#
        );
        assert_eq!(
            serde_json::from_str::<ContributionError>(&json).unwrap(),
            range
        );
        assert_eq!(
            range.to_string(),
            "the work-injury rate must be between 0.16% and 1.52%"
        );
    }

    #[test]
    fn breakdown_round_trips_through_json_in_camel_case() {
        let b = monthly(&input(City::Beijing, "2025-03", 1_234_567)).unwrap();
        let json = serde_json::to_string(&b).unwrap();
        assert!(json.starts_with(
            r#"{"city":"beijing","period":"2025-03","validity":{"from":"2024-07","until":"2025-06"},"monthlySalaryFen":1234567,"#
        ));
        assert!(json.contains(r#""adjustment":"none""#));
        assert!(json.contains(r#"{"insurance":"work-injury","employerFen":2469,"employeeFen":0,"employerRate":2000,"employeeRate":0,"employeeFixedFen":0}"#), "{json}");
        let back: ContributionBreakdown = serde_json::from_str(&json).unwrap();
        assert_eq!(back, b);
        let request: ContributionInput = serde_json::from_str(
            r#"{"city":"shanghai","period":"2025-03","monthlySalaryFen":800000}"#,
        )
        .unwrap();
        assert_eq!(request.work_injury_rate, None);
    }

    #[test]
    fn rates_display_as_percentages_without_trailing_zeros() {
        for (ppm, text) in [
            (0, "0%"),
            (1_600, "0.16%"),
            (2_000, "0.2%"),
            (5_000, "0.5%"),
            (98_000, "9.8%"),
            (160_000, "16%"),
            (1, "0.0001%"),
        ] {
            assert_eq!(Rate::from_ppm(ppm).to_string(), text);
        }
    }

    #[test]
    fn tables_are_consistent() {
        for t in TABLES {
            assert!(t.validity.from <= t.validity.until);
            assert!(t.base_floor_fen <= t.base_ceiling_fen);
            assert!(t.work_injury_min <= t.work_injury_max);
            for other in TABLES {
                let same = std::ptr::eq(t, other);
                let overlap = t.city == other.city
                    && t.validity.from <= other.validity.until
                    && other.validity.from <= t.validity.until;
                assert!(same || !overlap, "{:?} overlaps", t.city);
            }
        }
    }

    fn any_period() -> impl Strategy<Value = YearMonth> {
        prop_oneof![(2024u16..=2025, 1u8..=12), (1u16..=9999, 1u8..=12)]
            .prop_map(|(year, month)| YearMonth::new(year, month).unwrap())
    }

    proptest! {
        #[test]
        fn base_is_within_the_limits_and_totals_are_the_sums_of_the_lines(
            city in prop::sample::select(City::ALL.to_vec()),
            period in any_period(),
            salary in prop_oneof![0..5_000_000u64, any::<u64>()],
            rate in proptest::option::of(prop_oneof![0..25_000u32, any::<u32>()]),
        ) {
            let request = ContributionInput {
                city,
                period,
                monthly_salary_fen: salary,
                work_injury_rate: rate.map(Rate::from_ppm),
            };
            match monthly(&request) {
                Ok(b) => {
                    prop_assert!(b.validity.contains(period));
                    prop_assert!(b.base_floor_fen <= b.base_fen && b.base_fen <= b.base_ceiling_fen);
                    let expected = salary.clamp(b.base_floor_fen, b.base_ceiling_fen);
                    prop_assert_eq!(b.base_fen, expected);
                    prop_assert_eq!(b.adjustment == BaseAdjustment::None, salary == expected);
                    let employer: u64 = b.lines.iter().map(|l| l.employer_fen).sum();
                    let employee: u64 = b.lines.iter().map(|l| l.employee_fen).sum();
                    prop_assert_eq!(b.totals.employer_fen, employer);
                    prop_assert_eq!(b.totals.employee_fen, employee);
                    prop_assert_eq!(b.totals.combined_fen, employer + employee);
                    prop_assert_eq!(b.lines.len(), 4);
                }
                Err(ContributionError::NoTableForPeriod { city: c, period: p }) => {
                    prop_assert_eq!((c, p), (city, period));
                    prop_assert!(coverage(city).iter().all(|v| !v.contains(period)));
                }
                Err(ContributionError::WorkInjuryRateOutOfRange { min, max }) => {
                    let given = rate.map(Rate::from_ppm);
                    prop_assert!(given.is_some_and(|r| r < min || r > max));
                }
            }
        }
    }
}
