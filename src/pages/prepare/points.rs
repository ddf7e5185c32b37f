//! The points factors (salary, experience, months in China, age, Chinese level, bonuses), read
//! into `protocol::points::PointsInput`.

use leptos::prelude::*;
use protocol::contributions::{SalaryError, parse_salary};
use protocol::points::{ChineseLevel, PointsInput};

use super::{PrepareState, Question, use_prepare};
use crate::components::choices::{Checkboxes, Choice, EnumRadios};
use crate::components::form_problems::Problems;
use crate::components::text_input::TextInput;
use crate::i18n::{Msg, tr, use_i18n};
use crate::routes::AppRoute;

const SALARY: &str = "salary";
const EXPERIENCE: &str = "experience";
const MONTHS: &str = "months";
const AGE: &str = "age";
const CHINESE: &str = "chinese";
const BONUSES: &str = "bonuses";
/// The bonus checkboxes' values.
pub const LOCATION: &str = "location";
pub const DISTINCTION: &str = "distinction";

const LEVELS: [(ChineseLevel, Msg); 6] = [
    (
        ChineseLevel::ChineseTaughtDegreeOrHsk5,
        Msg::PrepareChineseChineseTaughtDegreeOrHsk5,
    ),
    (ChineseLevel::Hsk4, Msg::PrepareChineseHsk4),
    (ChineseLevel::Hsk3, Msg::PrepareChineseHsk3),
    (ChineseLevel::Hsk2, Msg::PrepareChineseHsk2),
    (ChineseLevel::Hsk1, Msg::PrepareChineseHsk1),
    (ChineseLevel::None, Msg::PrepareChineseNone),
];

/// A whole number within `range`, as typed (spaces around allowed).
fn whole(text: &str, range: std::ops::RangeInclusive<u32>) -> Option<u32> {
    text.trim().parse().ok().filter(|n| range.contains(n))
}

/// The estimate's input, or each field's problem (field id, message).
pub fn points_input(state: &PrepareState) -> Result<PointsInput, Vec<(&'static str, Msg)>> {
    let mut found = Vec::new();
    // Whole yuan a year, grouped with commas or points as either way of writing money does.
    let typed = state.salary.get_untracked();
    let salary = match parse_salary(&typed, false).or_else(|_| parse_salary(&typed, true)) {
        Ok(fen) => Some(fen / 100),
        Err(SalaryError::Missing) => {
            found.push((SALARY, Msg::PrepareSalaryMissing));
            None
        }
        Err(SalaryError::NotAnAmount) => {
            found.push((SALARY, Msg::PrepareSalaryInvalid));
            None
        }
    };
    let mut number = |id, typed: RwSignal<String>, range, problem| {
        let value = whole(&typed.get_untracked(), range);
        if value.is_none() {
            found.push((id, problem));
        }
        value
    };
    let experience = number(
        EXPERIENCE,
        state.experience,
        0..=70,
        Msg::PrepareExperienceInvalid,
    );
    let months = number(MONTHS, state.months, 0..=12, Msg::PrepareMonthsInvalid);
    let age = number(AGE, state.age, 16..=99, Msg::PrepareAgeInvalid);
    let chinese = state.chinese.get_untracked();
    if chinese.is_none() {
        found.push((CHINESE, Msg::PrepareChineseMissing));
    }
    let education = state.education.get_untracked();
    let bonuses = state.bonuses.get_untracked();
    match (salary, experience, months, age, chinese, education) {
        (Some(salary), Some(years), Some(months), Some(age), Some(chinese), Some(education))
            if found.is_empty() =>
        {
            Ok(PointsInput {
                annual_salary_rmb: salary,
                education,
                work_experience_years: years,
                months_in_china_per_year: months,
                chinese_level: chinese,
                work_location_bonus: bonuses.iter().any(|b| b == LOCATION),
                age_years: age,
                distinction_bonus: bonuses.iter().any(|b| b == DISTINCTION),
            })
        }
        _ => Err(found),
    }
}

#[component]
pub fn PointsPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_prepare();
    let problems = Problems::new();
    let check = move || match points_input(&state) {
        Ok(_) => Vec::new(),
        Err(found) => found
            .into_iter()
            .map(|(field, msg)| (field, i18n.t(msg)))
            .collect(),
    };
    view! {
        <Question route=AppRoute::PreparePoints back=AppRoute::PrepareApplication next=AppRoute::PrepareEstimate problems check hint=Msg::PreparePointsHint>
            <TextInput id=SALARY label=tr(Msg::PrepareSalary) hint=tr(Msg::PrepareSalaryHint) error=problems.for_field(SALARY) value=state.salary inputmode="decimal" width_class="app-input--width-10" />
            <TextInput id=EXPERIENCE label=tr(Msg::PrepareExperience) error=problems.for_field(EXPERIENCE) value=state.experience inputmode="numeric" width_class="app-input--width-2" />
            <TextInput id=MONTHS label=tr(Msg::PrepareMonths) error=problems.for_field(MONTHS) value=state.months inputmode="numeric" width_class="app-input--width-2" />
            <TextInput id=AGE label=tr(Msg::PrepareAge) error=problems.for_field(AGE) value=state.age inputmode="numeric" width_class="app-input--width-2" />
            <EnumRadios
                name=CHINESE
                legend=tr(Msg::PrepareChinese)
                error=problems.for_field(CHINESE)
                selected=state.chinese
                choices=LEVELS.iter().map(|(value, msg)| Choice::of(*value, tr(*msg))).collect()
            />
            <Checkboxes
                name=BONUSES
                legend=tr(Msg::PrepareBonus)
                hint=tr(Msg::PrepareBonusHint)
                selected=state.bonuses
                choices=vec![
                    Choice::new(LOCATION, tr(Msg::PrepareBonusLocation)),
                    Choice::new(DISTINCTION, tr(Msg::PrepareBonusDistinction)),
                ]
            />
        </Question>
    }
}
