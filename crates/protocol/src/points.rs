//! Work-permit points estimate: the points table of the foreigner's work-permit classification
//! (trial version), applied to what a foreign worker tells us about the job and themselves.
//!
//! Two versions of the table were published in 2017; they differ on work experience and Chinese.
//! This is the trial version (domain reference, section 2.6). The whole table is data in one
//! constant (`TABLE`), so a new version of the table is one edit. The estimate is a guide, not a
//! decision: see [`Category`].

use serde::{Deserialize, Serialize};

/// Highest completed education.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Education {
    Doctorate,
    Master,
    Bachelor,
    /// No bachelor's degree or higher.
    None,
}

/// Chinese language level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChineseLevel {
    /// A degree taught in Chinese, or HSK level 5 or 6.
    ChineseTaughtDegreeOrHsk5,
    Hsk4,
    Hsk3,
    Hsk2,
    Hsk1,
    /// No certified level.
    None,
}

/// What the estimate needs. Wire form: camelCase fields, kebab-case enums.
///
/// Every value of every field is accepted: out-of-range values (for example 40 months a year)
/// fall into the nearest bracket of the table rather than being refused, so the app validates
/// its form separately.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PointsInput {
    /// Annual salary paid in China, in whole RMB yuan (the table's brackets are in units of
    /// 10,000 RMB: "≥45" means at least 450,000 yuan).
    pub annual_salary_rmb: u64,
    pub education: Education,
    /// Relevant work experience, in whole years.
    pub work_experience_years: u32,
    /// Months a year the worker works in China.
    pub months_in_china_per_year: u32,
    pub chinese_level: ChineseLevel,
    /// The job is in the western region, a north-east old industrial base or a
    /// poverty-alleviation county.
    pub work_location_bonus: bool,
    /// Age in whole years.
    pub age_years: u32,
    /// Graduated from a top university, works for a Fortune 500 employer, holds intellectual
    /// property, or has worked in China for 5 years or more.
    pub distinction_bonus: bool,
}

/// One line of the points table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Factor {
    Salary,
    Education,
    WorkExperience,
    MonthsInChina,
    ChineseLevel,
    WorkLocation,
    Age,
    /// Top university, Fortune 500 employer, intellectual property or 5+ years in China.
    Distinction,
}

/// Points scored on one factor, and the most that factor can give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FactorPoints {
    pub factor: Factor,
    pub points: u32,
    pub max: u32,
}

/// Work-permit category by points.
///
/// This is the points estimate only. Direct qualifiers are outside it: category A also goes to
/// recognised high-end talent whatever their points, and category B to, for example, a
/// bachelor's degree (or higher) plus 2 years' relevant work experience. So a `C` estimate does
/// not mean the permit will be category C.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// High-end talent: 85 points or more.
    A,
    /// Professional talent: 60 points or more.
    B,
    /// Other (quota-bound): fewer than 60 points.
    C,
}

/// The estimate: points per factor, in table order, their total and the category it gives.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PointsBreakdown {
    pub factors: Vec<FactorPoints>,
    /// The sum of `factors`' points.
    pub total: u32,
    pub category: Category,
}

// ---------------------------------------------------------------------------------------------
// The table, as data.

/// A bracket of a step function: values from `from` (inclusive) up to the next step's `from`
/// (exclusive) score `points`. Steps are listed in ascending `from`.
#[derive(Debug, Clone, Copy)]
struct Step {
    from: u64,
    points: u32,
}

const fn step(from: u64, points: u32) -> Step {
    Step { from, points }
}

/// Nothing below `from`; `at_from` points at `from`, then `per_unit` more per unit above it,
/// never more than `max`.
#[derive(Debug, Clone, Copy)]
struct Linear {
    from: u64,
    at_from: u32,
    per_unit: u32,
    max: u32,
}

#[derive(Debug, Clone, Copy)]
struct EducationPoints {
    doctorate: u32,
    master: u32,
    bachelor: u32,
    none: u32,
}

#[derive(Debug, Clone, Copy)]
struct ChinesePoints {
    chinese_taught_degree_or_hsk5: u32,
    hsk4: u32,
    hsk3: u32,
    hsk2: u32,
    hsk1: u32,
    none: u32,
}

/// One version of the points table.
#[derive(Debug, Clone, Copy)]
struct PointsTable {
    /// Annual salary in RMB yuan.
    salary_rmb: &'static [Step],
    education: EducationPoints,
    work_years: Linear,
    months_in_china: &'static [Step],
    chinese: ChinesePoints,
    work_location: u32,
    /// Age in years.
    age: &'static [Step],
    distinction: u32,
    category_a_min: u32,
    category_b_min: u32,
}

/// The trial version of the points table. Brackets are lower-inclusive: a salary of exactly
/// 350,000 yuan is in "35–45" and scores 17.
const TABLE: PointsTable = PointsTable {
    salary_rmb: &[
        step(0, 0),
        step(50_000, 5),
        step(70_000, 8),
        step(150_000, 11),
        step(250_000, 14),
        step(350_000, 17),
        step(450_000, 20),
    ],
    education: EducationPoints {
        doctorate: 20,
        master: 15,
        bachelor: 10,
        none: 0,
    },
    work_years: Linear {
        from: 2,
        at_from: 5,
        per_unit: 1,
        max: 15,
    },
    months_in_china: &[step(0, 0), step(3, 5), step(6, 10), step(9, 15)],
    chinese: ChinesePoints {
        chinese_taught_degree_or_hsk5: 10,
        hsk4: 8,
        hsk3: 6,
        hsk2: 4,
        hsk1: 2,
        none: 0,
    },
    work_location: 10,
    age: &[
        step(0, 0),
        step(18, 10),
        step(26, 15),
        step(46, 10),
        step(56, 5),
        step(61, 0),
    ],
    distinction: 5,
    category_a_min: 85,
    category_b_min: 60,
};

// ---------------------------------------------------------------------------------------------
// Applying a table.

fn step_points(steps: &[Step], value: u64) -> u32 {
    steps
        .iter()
        .rev()
        .find(|s| s.from <= value)
        .map_or(0, |s| s.points)
}

fn step_max(steps: &[Step]) -> u32 {
    steps.iter().map(|s| s.points).max().unwrap_or(0)
}

impl Linear {
    fn points(self, value: u64) -> u32 {
        let Some(extra) = value.checked_sub(self.from) else {
            return 0;
        };
        let points = u64::from(self.at_from)
            .saturating_add(extra.saturating_mul(u64::from(self.per_unit)))
            .min(u64::from(self.max));
        u32::try_from(points).unwrap_or(self.max)
    }
}

impl EducationPoints {
    const fn of(self, education: Education) -> u32 {
        match education {
            Education::Doctorate => self.doctorate,
            Education::Master => self.master,
            Education::Bachelor => self.bachelor,
            Education::None => self.none,
        }
    }

    fn max(self) -> u32 {
        [self.doctorate, self.master, self.bachelor, self.none]
            .into_iter()
            .max()
            .unwrap_or(0)
    }
}

impl ChinesePoints {
    const fn of(self, level: ChineseLevel) -> u32 {
        match level {
            ChineseLevel::ChineseTaughtDegreeOrHsk5 => self.chinese_taught_degree_or_hsk5,
            ChineseLevel::Hsk4 => self.hsk4,
            ChineseLevel::Hsk3 => self.hsk3,
            ChineseLevel::Hsk2 => self.hsk2,
            ChineseLevel::Hsk1 => self.hsk1,
            ChineseLevel::None => self.none,
        }
    }

    fn max(self) -> u32 {
        [
            self.chinese_taught_degree_or_hsk5,
            self.hsk4,
            self.hsk3,
            self.hsk2,
            self.hsk1,
            self.none,
        ]
        .into_iter()
        .max()
        .unwrap_or(0)
    }
}

const fn if_true(condition: bool, points: u32) -> u32 {
    if condition { points } else { 0 }
}

impl PointsTable {
    fn factors(&self, input: &PointsInput) -> Vec<FactorPoints> {
        let line = |factor, points, max| FactorPoints {
            factor,
            points,
            max,
        };
        vec![
            line(
                Factor::Salary,
                step_points(self.salary_rmb, input.annual_salary_rmb),
                step_max(self.salary_rmb),
            ),
            line(
                Factor::Education,
                self.education.of(input.education),
                self.education.max(),
            ),
            line(
                Factor::WorkExperience,
                self.work_years
                    .points(u64::from(input.work_experience_years)),
                self.work_years.max,
            ),
            line(
                Factor::MonthsInChina,
                step_points(
                    self.months_in_china,
                    u64::from(input.months_in_china_per_year),
                ),
                step_max(self.months_in_china),
            ),
            line(
                Factor::ChineseLevel,
                self.chinese.of(input.chinese_level),
                self.chinese.max(),
            ),
            line(
                Factor::WorkLocation,
                if_true(input.work_location_bonus, self.work_location),
                self.work_location,
            ),
            line(
                Factor::Age,
                step_points(self.age, u64::from(input.age_years)),
                step_max(self.age),
            ),
            line(
                Factor::Distinction,
                if_true(input.distinction_bonus, self.distinction),
                self.distinction,
            ),
        ]
    }

    const fn category(&self, total: u32) -> Category {
        if total >= self.category_a_min {
            Category::A
        } else if total >= self.category_b_min {
            Category::B
        } else {
            Category::C
        }
    }
}

/// Estimates work-permit points with the trial version of the table. Never panics: every input
/// gives a breakdown.
#[must_use]
pub fn estimate(input: &PointsInput) -> PointsBreakdown {
    let factors = TABLE.factors(input);
    let total = factors
        .iter()
        .map(|f| f.points)
        .fold(0, u32::saturating_add);
    PointsBreakdown {
        factors,
        total,
        category: TABLE.category(total),
    }
}

/// The most points the table can give in total (110 for the trial version).
#[must_use]
pub fn max_total() -> u32 {
    let zero = PointsInput {
        annual_salary_rmb: 0,
        education: Education::None,
        work_experience_years: 0,
        months_in_china_per_year: 0,
        chinese_level: ChineseLevel::None,
        work_location_bonus: false,
        age_years: 0,
        distinction_bonus: false,
    };
    TABLE
        .factors(&zero)
        .iter()
        .map(|f| f.max)
        .fold(0, u32::saturating_add)
}

crate::codec::wire_codes!(Education {
    Doctorate => "doctorate",
    Master => "master",
    Bachelor => "bachelor",
    None => "none",
});

crate::codec::wire_codes!(ChineseLevel {
    ChineseTaughtDegreeOrHsk5 => "chinese-taught-degree-or-hsk5",
    Hsk4 => "hsk4",
    Hsk3 => "hsk3",
    Hsk2 => "hsk2",
    Hsk1 => "hsk1",
    None => "none",
});

crate::codec::wire_codes!(Factor {
    Salary => "salary",
    Education => "education",
    WorkExperience => "work-experience",
    MonthsInChina => "months-in-china",
    ChineseLevel => "chinese-level",
    WorkLocation => "work-location",
    Age => "age",
    Distinction => "distinction",
});

crate::codec::wire_codes!(Category {
    A => "a",
    B => "b",
    C => "c",
});

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Scores nothing on any factor.
    fn nothing() -> PointsInput {
        PointsInput {
            annual_salary_rmb: 0,
            education: Education::None,
            work_experience_years: 0,
            months_in_china_per_year: 0,
            chinese_level: ChineseLevel::None,
            work_location_bonus: false,
            age_years: 0,
            distinction_bonus: false,
        }
    }

    fn points_of(input: &PointsInput, factor: Factor) -> u32 {
        estimate(input)
            .factors
            .iter()
            .find(|f| f.factor == factor)
            .map(|f| f.points)
            .unwrap()
    }

    fn assert_scores(factor: Factor, cases: &[(PointsInput, u32)]) {
        for (input, expected) in cases {
            assert_eq!(
                points_of(input, factor),
                *expected,
                "{factor:?} for {input:?}"
            );
            assert_eq!(estimate(input).total, *expected, "only {factor:?} scores");
        }
    }

    #[test]
    fn salary_brackets_are_lower_inclusive_in_units_of_10000_rmb() {
        let with = |annual_salary_rmb| PointsInput {
            annual_salary_rmb,
            ..nothing()
        };
        let cases: Vec<_> = [
            (0, 0),
            (49_999, 0),
            (50_000, 5),
            (69_999, 5),
            (70_000, 8),
            (149_999, 8),
            (150_000, 11),
            (249_999, 11),
            (250_000, 14),
            (349_999, 14),
            (350_000, 17),
            (449_999, 17),
            (450_000, 20),
            (u64::MAX, 20),
        ]
        .into_iter()
        .map(|(salary, points)| (with(salary), points))
        .collect();
        assert_scores(Factor::Salary, &cases);
    }

    #[test]
    fn education_scores_20_15_10_0() {
        let with = |education| PointsInput {
            education,
            ..nothing()
        };
        assert_scores(
            Factor::Education,
            &[
                (with(Education::Doctorate), 20),
                (with(Education::Master), 15),
                (with(Education::Bachelor), 10),
                (with(Education::None), 0),
            ],
        );
    }

    #[test]
    fn work_experience_starts_at_5_for_2_years_and_caps_at_15() {
        let with = |work_experience_years| PointsInput {
            work_experience_years,
            ..nothing()
        };
        let cases: Vec<_> = [
            (0, 0),
            (1, 0),
            (2, 5),
            (3, 6),
            (11, 14),
            (12, 15),
            (13, 15),
            (u32::MAX, 15),
        ]
        .into_iter()
        .map(|(years, points)| (with(years), points))
        .collect();
        assert_scores(Factor::WorkExperience, &cases);
    }

    #[test]
    fn months_in_china_brackets_are_lower_inclusive() {
        let with = |months_in_china_per_year| PointsInput {
            months_in_china_per_year,
            ..nothing()
        };
        let cases: Vec<_> = [
            (0, 0),
            (2, 0),
            (3, 5),
            (5, 5),
            (6, 10),
            (8, 10),
            (9, 15),
            (12, 15),
            (u32::MAX, 15),
        ]
        .into_iter()
        .map(|(months, points)| (with(months), points))
        .collect();
        assert_scores(Factor::MonthsInChina, &cases);
    }

    #[test]
    fn chinese_level_scores_10_8_6_4_2_0() {
        let with = |chinese_level| PointsInput {
            chinese_level,
            ..nothing()
        };
        assert_scores(
            Factor::ChineseLevel,
            &[
                (with(ChineseLevel::ChineseTaughtDegreeOrHsk5), 10),
                (with(ChineseLevel::Hsk4), 8),
                (with(ChineseLevel::Hsk3), 6),
                (with(ChineseLevel::Hsk2), 4),
                (with(ChineseLevel::Hsk1), 2),
                (with(ChineseLevel::None), 0),
            ],
        );
    }

    #[test]
    fn work_location_and_distinction_bonuses_score_10_and_5() {
        assert_scores(
            Factor::WorkLocation,
            &[
                (
                    PointsInput {
                        work_location_bonus: true,
                        ..nothing()
                    },
                    10,
                ),
                (nothing(), 0),
            ],
        );
        assert_scores(
            Factor::Distinction,
            &[
                (
                    PointsInput {
                        distinction_bonus: true,
                        ..nothing()
                    },
                    5,
                ),
                (nothing(), 0),
            ],
        );
    }

    #[test]
    fn age_scores_peak_between_26_and_45_and_nothing_under_18_or_over_60() {
        let with = |age_years| PointsInput {
            age_years,
            ..nothing()
        };
        let cases: Vec<_> = [
            (0, 0),
            (17, 0),
            (18, 10),
            (25, 10),
            (26, 15),
            (45, 15),
            (46, 10),
            (55, 10),
            (56, 5),
            (60, 5),
            (61, 0),
            (u32::MAX, 0),
        ]
        .into_iter()
        .map(|(age, points)| (with(age), points))
        .collect();
        assert_scores(Factor::Age, &cases);
    }

    fn everything() -> PointsInput {
        PointsInput {
            annual_salary_rmb: 1_000_000,
            education: Education::Doctorate,
            work_experience_years: 30,
            months_in_china_per_year: 12,
            chinese_level: ChineseLevel::ChineseTaughtDegreeOrHsk5,
            work_location_bonus: true,
            age_years: 30,
            distinction_bonus: true,
        }
    }

    #[test]
    fn every_factor_reaches_exactly_its_cap_and_the_caps_add_up_to_110() {
        let best = estimate(&everything());
        let caps: Vec<_> = best.factors.iter().map(|f| (f.factor, f.max)).collect();
        assert_eq!(
            caps,
            vec![
                (Factor::Salary, 20),
                (Factor::Education, 20),
                (Factor::WorkExperience, 15),
                (Factor::MonthsInChina, 15),
                (Factor::ChineseLevel, 10),
                (Factor::WorkLocation, 10),
                (Factor::Age, 15),
                (Factor::Distinction, 5),
            ]
        );
        assert!(best.factors.iter().all(|f| f.points == f.max));
        assert_eq!(best.total, 110);
        assert_eq!(max_total(), 110);
        assert_eq!(best.category, Category::A);
        let worst = estimate(&nothing());
        assert_eq!(worst.total, 0);
        assert_eq!(worst.category, Category::C);
    }

    #[test]
    fn category_a_starts_at_85_and_b_at_60() {
        // 20 salary + 20 doctorate + 15 months + 15 age + work experience 14 (11 years) or 15.
        let near_a = |work_experience_years| PointsInput {
            annual_salary_rmb: 450_000,
            education: Education::Doctorate,
            work_experience_years,
            months_in_china_per_year: 9,
            age_years: 30,
            ..nothing()
        };
        let at_84 = estimate(&near_a(11));
        let at_85 = estimate(&near_a(12));
        assert_eq!((at_84.total, at_84.category), (84, Category::B));
        assert_eq!((at_85.total, at_85.category), (85, Category::A));

        // 8 salary + 15 master + 15 months + 15 age + work experience 6 (3 years) or 7.
        let near_b = |work_experience_years| PointsInput {
            annual_salary_rmb: 70_000,
            education: Education::Master,
            work_experience_years,
            months_in_china_per_year: 9,
            age_years: 30,
            ..nothing()
        };
        let at_59 = estimate(&near_b(3));
        let at_60 = estimate(&near_b(4));
        assert_eq!((at_59.total, at_59.category), (59, Category::C));
        assert_eq!((at_60.total, at_60.category), (60, Category::B));
    }

    #[test]
    fn table_steps_are_in_ascending_order() {
        for steps in [TABLE.salary_rmb, TABLE.months_in_china, TABLE.age] {
            assert_eq!(steps.first().map(|s| s.from), Some(0));
            assert!(steps.windows(2).all(|w| w[0].from < w[1].from));
        }
    }

    #[test]
    fn wire_form_is_camel_case_with_kebab_enums_and_lowercase_category() {
        let input: PointsInput = serde_json::from_str(
            r#"{"annualSalaryRmb":450000,"education":"master","workExperienceYears":3,
                "monthsInChinaPerYear":9,"chineseLevel":"chinese-taught-degree-or-hsk5",
                "workLocationBonus":false,"ageYears":50,"distinctionBonus":true}"#,
        )
        .unwrap();
        assert_eq!(input.chinese_level, ChineseLevel::ChineseTaughtDegreeOrHsk5);
        let breakdown = estimate(&input);
        let json = serde_json::to_string(&breakdown).unwrap();
        assert!(json.starts_with(r#"{"factors":[{"factor":"salary","points":20,"max":20},"#));
        assert!(json.contains(r#"{"factor":"work-experience","points":6,"max":15}"#));
        assert!(json.ends_with(r#"],"total":81,"category":"b"}"#), "{json}");
        let back: PointsBreakdown = serde_json::from_str(&json).unwrap();
        assert_eq!(back, breakdown);
    }

    fn any_input() -> impl Strategy<Value = PointsInput> {
        let education = prop::sample::select(vec![
            Education::Doctorate,
            Education::Master,
            Education::Bachelor,
            Education::None,
        ]);
        let chinese = prop::sample::select(vec![
            ChineseLevel::ChineseTaughtDegreeOrHsk5,
            ChineseLevel::Hsk4,
            ChineseLevel::Hsk3,
            ChineseLevel::Hsk2,
            ChineseLevel::Hsk1,
            ChineseLevel::None,
        ]);
        // Mix small, realistic numbers with the whole range so both the brackets and the
        // extremes are exercised.
        let salary = prop_oneof![0..600_000u64, any::<u64>()];
        let small = || prop_oneof![0..80u32, any::<u32>()];
        (
            salary,
            education,
            small(),
            small(),
            chinese,
            any::<bool>(),
            small(),
            any::<bool>(),
        )
            .prop_map(
                |(salary, education, years, months, chinese, location, age, distinction)| {
                    PointsInput {
                        annual_salary_rmb: salary,
                        education,
                        work_experience_years: years,
                        months_in_china_per_year: months,
                        chinese_level: chinese,
                        work_location_bonus: location,
                        age_years: age,
                        distinction_bonus: distinction,
                    }
                },
            )
    }

    proptest! {
        #[test]
        fn total_is_the_sum_of_factors_within_caps_and_never_above_120(input in any_input()) {
            let breakdown = estimate(&input);
            let sum: u32 = breakdown.factors.iter().map(|f| f.points).sum();
            prop_assert_eq!(breakdown.total, sum);
            prop_assert!(breakdown.factors.iter().all(|f| f.points <= f.max));
            prop_assert!(breakdown.total <= max_total());
            prop_assert!(breakdown.total <= 120);
            let expected = if sum >= 85 { Category::A } else if sum >= 60 { Category::B } else { Category::C };
            prop_assert_eq!(breakdown.category, expected);
        }
    }
}
