//! The public contribution calculator: city, month and salary in; the base (clamped to the
//! floor and ceiling, with why), each insurance's employer and employee amounts and the totals
//! out. Every figure comes from `protocol::contributions`, whose dated tables are the single
//! source; months no table covers are refused with the months that are covered.

use leptos::prelude::*;
use protocol::contributions::{
    self, BaseAdjustment, City, ContributionBreakdown, ContributionError, ContributionInput,
    Insurance, Validity,
};
use protocol::contributions::{SalaryError, parse_salary};
use protocol::date::YearMonth;

use crate::components::button::Button;
use crate::components::choices::{Choice, EnumRadios};
use crate::components::error_summary::ErrorSummary;
use crate::components::form_problems::Problems;
use crate::components::official_term::OfficialTerm;
use crate::components::page_heading::PageHeading;
use crate::components::select::Select;
use crate::components::text_input::TextInput;
use crate::glossary::Term;
use crate::i18n::{I18n, Msg, args, tr, use_i18n};
use crate::intl;
use crate::routes::AppRoute;

const CITIES: [(City, Msg); 2] = [
    (City::Beijing, Msg::CalculatorBeijing),
    (City::Shanghai, Msg::CalculatorShanghai),
];

/// Years offered in the period's year list.
const YEARS: std::ops::RangeInclusive<u16> = 2023..=2027;

const fn insurance_term(insurance: Insurance) -> Term {
    match insurance {
        Insurance::Pension => Term::Pension,
        Insurance::Medical => Term::Medical,
        Insurance::Unemployment => Term::Unemployment,
        Insurance::WorkInjury => Term::WorkInjury,
    }
}

/// The covered months of a city, in words: "2024-07 to 2025-06".
fn coverage_text(i18n: I18n, city: City) -> String {
    contributions::coverage(city)
        .iter()
        .map(|v: &Validity| {
            i18n.text(args::CalculatorRange {
                from: intl::ltr(v.from),
                until: intl::ltr(v.until),
            })
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[component]
pub fn CalculatorPage() -> impl IntoView {
    let i18n = use_i18n();
    let problems = Problems::new();
    let city = RwSignal::new(None::<City>);
    let year = RwSignal::new("2025".to_owned());
    let month = RwSignal::new("1".to_owned());
    let salary = RwSignal::new(String::new());
    let result = RwSignal::new(None::<ContributionBreakdown>);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut found = Vec::new();
        let chosen = city.get_untracked();
        if chosen.is_none() {
            found.push(("city", i18n.t(Msg::CalculatorCityMissing)));
        }
        // As the language writes money: `12.345,67` in German, `12,345.67` in English.
        let decimal_comma = crate::intl::decimal_comma(i18n.language().id);
        let salary_fen = match parse_salary(&salary.get_untracked(), decimal_comma) {
            Ok(fen) => Some(fen),
            Err(SalaryError::Missing) => {
                found.push(("salary", i18n.t(Msg::CalculatorSalaryMissing)));
                None
            }
            Err(SalaryError::NotAnAmount) => {
                found.push(("salary", i18n.t(Msg::CalculatorSalaryInvalid)));
                None
            }
        };
        let period = year
            .get_untracked()
            .parse()
            .ok()
            .zip(month.get_untracked().parse().ok())
            .and_then(|(y, m)| YearMonth::new(y, m));
        if let (Some(city), Some(fen), Some(period)) = (chosen, salary_fen, period) {
            let input = ContributionInput {
                city,
                period,
                monthly_salary_fen: fen,
                work_injury_rate: None,
            };
            match contributions::monthly(&input) {
                Ok(breakdown) => {
                    problems.set(Vec::new());
                    result.set(Some(breakdown));
                    return;
                }
                Err(ContributionError::NoTableForPeriod { .. }) => found.push((
                    "period-month",
                    i18n.text(args::CalculatorNoTable {
                        period: intl::ltr(period),
                        covered: coverage_text(i18n, city),
                    }),
                )),
                Err(ContributionError::WorkInjuryRateOutOfRange { .. }) => {}
            }
        }
        result.set(None);
        problems.set(found);
    };

    let months: Vec<(String, leptos::text_prop::TextProp)> = (1..=12u8)
        .map(|m| {
            let label: leptos::text_prop::TextProp =
                (move || intl::month_of_year(m, i18n.language().id)).into();
            (m.to_string(), label)
        })
        .collect();
    let period_error = Signal::derive(move || {
        problems
            .for_field("period-month")
            .with(Option::is_some)
            .then(|| "period-error".to_owned())
    });
    let years: Vec<(String, leptos::text_prop::TextProp)> = YEARS
        .map(|y| (y.to_string(), y.to_string().into()))
        .collect();

    view! {
        <ErrorSummary errors=problems.summary() />
        <PageHeading title=AppRoute::Calculator.title() has_error=problems.any() />
        <p class="app-body-l">{tr(Msg::CalculatorLead)}</p>
        <form novalidate on:submit=submit>
            <EnumRadios
                name="city"
                legend=tr(Msg::CalculatorCity)
                error=problems.for_field("city")
                selected=city
                choices=CITIES.iter().map(|(value, msg)| Choice::of(*value, tr(*msg))).collect()
            />
            <fieldset class="app-fieldset" class:app-form-group--error=move || problems.for_field("period-month").with(Option::is_some)>
                <legend class="app-fieldset__legend">{tr(Msg::CalculatorPeriod)}" "<OfficialTerm term=Term::ContributionPeriod /></legend>
                {move || problems.for_field("period-month").get().map(|message| view! {
                    <p id="period-error" class="app-error-message"><span class="app-visually-hidden">{tr(Msg::ErrorPrefix)}" "</span>{message}</p>
                })}
                <div class="app-inline-fields">
                    <Select id="period-month" label=tr(Msg::CalculatorMonth) options=months value=month described_by=period_error />
                    <Select id="period-year" label=tr(Msg::CalculatorYear) options=years value=year described_by=period_error />
                </div>
            </fieldset>
            <TextInput id="salary" label=tr(Msg::CalculatorSalary) hint=tr(Msg::CalculatorSalaryHint) error=problems.for_field("salary") value=salary inputmode="decimal" width_class="app-input--width-10" />
            <Button label=tr(Msg::CalculatorSubmit) id="calculator-submit" />
        </form>
        <div aria-live="polite">
            {move || result.get().map(|breakdown| view! { <Breakdown breakdown /> })}
        </div>
    }
}

#[component]
fn Breakdown(breakdown: ContributionBreakdown) -> impl IntoView {
    let i18n = use_i18n();
    let lang = move || i18n.language().id;
    let money = move |fen: u64| intl::money(fen, lang());
    // Closures, so that switching language re-renders the amounts and the sentences.
    let (salary, floor, ceiling, base) = (
        breakdown.monthly_salary_fen,
        breakdown.base_floor_fen,
        breakdown.base_ceiling_fen,
        breakdown.base_fen,
    );
    let adjustment = breakdown.adjustment;
    let base_text = move || {
        let salary = money(salary);
        match adjustment {
            BaseAdjustment::None => i18n.text(args::CalculatorBaseInside {
                salary,
                floor: money(floor),
                ceiling: money(ceiling),
            }),
            BaseAdjustment::RaisedToFloor => i18n.text(args::CalculatorBaseFloor {
                salary,
                floor: money(floor),
                base: money(base),
            }),
            BaseAdjustment::LoweredToCeiling => i18n.text(args::CalculatorBaseCeiling {
                salary,
                ceiling: money(ceiling),
                base: money(base),
            }),
        }
    };
    let (from, until) = (breakdown.validity.from, breakdown.validity.until);
    let validity = move || {
        i18n.text(args::CalculatorValidity {
            from: intl::ltr(from),
            until: intl::ltr(until),
        })
    };
    let totals = breakdown.totals;
    view! {
        <h2 class="app-heading-m" id="calculator-result">{tr(Msg::CalculatorResult)}</h2>
        <p data-adjustment=breakdown.adjustment.as_str()>{base_text}</p>
        <p><OfficialTerm term=Term::ContributionBase />": "<strong id="calculator-base">{move || money(base)}</strong></p>
        <div class="app-table-wrapper" tabindex="0" role="region" aria-labelledby="calculator-result">
            <table class="app-table app-table--figures">
                <thead>
                    <tr>
                        <th scope="col">{tr(Msg::PaymentsInsurance)}</th>
                        <th scope="col" class="app-table__numeric">{tr(Msg::CalculatorEmployerRate)}</th>
                        <th scope="col" class="app-table__numeric">{tr(Term::EmployerContribution.msg())}</th>
                        <th scope="col" class="app-table__numeric">{tr(Msg::CalculatorEmployeeRate)}</th>
                        <th scope="col" class="app-table__numeric">{tr(Term::EmployeeContribution.msg())}</th>
                    </tr>
                </thead>
                <tbody>
                    {breakdown.lines.iter().map(|line| {
                        let line = *line;
                        view! {
                            <tr data-insurance=line.insurance.as_str()>
                                <th scope="row"><OfficialTerm term=insurance_term(line.insurance) /></th>
                                <td class="app-table__numeric">{move || intl::percent(line.employer_rate.ppm(), lang())}</td>
                                <td class="app-table__numeric">{move || money(line.employer_fen)}</td>
                                <td class="app-table__numeric">{move || intl::percent(line.employee_rate.ppm(), lang())}</td>
                                <td class="app-table__numeric">{move || money(line.employee_fen)}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row" colspan="2">{tr(Msg::PaymentsTotal)}</th>
                        <td class="app-table__numeric" id="calculator-employer-total">{move || money(totals.employer_fen)}</td>
                        <td></td>
                        <td class="app-table__numeric" id="calculator-employee-total">{move || money(totals.employee_fen)}</td>
                    </tr>
                </tfoot>
            </table>
        </div>
        <p>{tr(Msg::CalculatorCombined)}" "<strong>{move || money(totals.combined_fen)}</strong></p>
        <p class="app-hint">{validity}" "{tr(Msg::CalculatorMaternity)}</p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_city_says_which_months_it_covers() {
        for (city, _) in CITIES {
            assert!(!contributions::coverage(city).is_empty(), "{city}");
        }
    }
}
