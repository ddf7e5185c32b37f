//! The signed-in holder's social-insurance payment records (缴费记录): filters by year and
//! insurance, a month × insurance table with totals, months in arrears or missing flagged and
//! explained, a bar chart with a text summary, a CSV export made in the browser, and print.
//! The filters live in the address, so a reload or a shared link keeps them.

mod chart;
pub mod csv;

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use protocol::api::{
    InsuranceType, PaymentRecord, PaymentStatus, PaymentTotals, PaymentsQuery, PaymentsResponse,
};
use protocol::codec::WireCode as _;
use protocol::date::YearMonth;

use crate::components::button::{Button, ButtonKind};
use crate::components::card_nav::{CardNav, loaded};
use crate::components::notice::{Notice, NoticeKind};
use crate::components::official_term::OfficialTerm;
use crate::components::page_heading::PageHeading;
use crate::components::select::Select;
use crate::glossary::Term;
use crate::i18n::{I18n, Msg, tr, use_i18n};
use crate::intl;
use crate::routes::AppRoute;
use crate::session::load_signed_in;
use chart::{Bar, ContributionChart};

/// Used only if the device cannot say today's date.
const FALLBACK_MONTH: YearMonth = match YearMonth::new(2026, 1) {
    Some(month) => month,
    None => panic!("a valid month"),
};

/// How many years back the year filter reaches.
const YEARS_SHOWN: u16 = 3;

const fn insurance_term(insurance: InsuranceType) -> Term {
    match insurance {
        InsuranceType::Pension => Term::Pension,
        InsuranceType::Medical => Term::Medical,
        InsuranceType::WorkInjury => Term::WorkInjury,
        InsuranceType::Unemployment => Term::Unemployment,
        InsuranceType::Maternity => Term::Maternity,
    }
}

const fn status_term(status: PaymentStatus) -> Term {
    match status {
        PaymentStatus::Paid => Term::Paid,
        PaymentStatus::Arrears => Term::Arrears,
        PaymentStatus::Pending => Term::Pending,
    }
}

/// Months of `year` with no record at all, from the first record up to the month before
/// `today`: gaps an employer should explain. Months before the first record (before the job
/// began) are not gaps, and neither is the current month, whose contributions are not due yet.
#[must_use]
pub fn missing_months(records: &[PaymentRecord], year: u16, today: YearMonth) -> Vec<YearMonth> {
    let Some(first) = records.iter().map(|r| r.period).min() else {
        return Vec::new();
    };
    (1..=12)
        .filter_map(|month| YearMonth::new(year, month))
        .filter(|m| *m >= first && *m < today)
        .filter(|m| !records.iter().any(|r| r.period == *m))
        .collect()
}

/// Sum of employer and employee amounts per month, and whether any row of it is in arrears.
fn monthly_bars(records: &[PaymentRecord]) -> Vec<Bar> {
    let mut months: BTreeMap<YearMonth, Bar> = BTreeMap::new();
    for record in records {
        let bar = months.entry(record.period).or_insert(Bar {
            month: record.period.month(),
            fen: 0,
            arrears: false,
        });
        bar.fen = bar
            .fen
            .saturating_add(record.employer_fen)
            .saturating_add(record.employee_fen);
        bar.arrears |= record.status == PaymentStatus::Arrears;
    }
    months.into_values().collect()
}

#[component]
pub fn PaymentsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let navigate = use_navigate();
    let today = crate::browser::today().map_or(FALLBACK_MONTH, |d| d.year_month());
    let applied_year = move || {
        query
            .with(|q| q.get("year"))
            .and_then(|y| y.parse::<u16>().ok())
            .filter(|y| (today.year().saturating_sub(YEARS_SHOWN - 1)..=today.year()).contains(y))
            .unwrap_or(today.year())
    };
    let applied_insurance = move || {
        query
            .with(|q| q.get("insurance"))
            .as_deref()
            .and_then(|code| code.parse::<InsuranceType>().ok())
    };
    // The form's own state, applied to the address on submit, and following the address when
    // it changes (Back and Forward).
    let year = RwSignal::new(String::new());
    let insurance = RwSignal::new(String::new());
    Effect::new(move || {
        year.set(applied_year().to_string());
        insurance.set(
            applied_insurance()
                .map(|i| i.as_str().to_owned())
                .unwrap_or_default(),
        );
    });

    let data = load_signed_in(AppRoute::Payments, move || {
        let year = applied_year();
        // The December before, too: a record there means the job began before this year,
        // so empty months from January on are gaps, not months before the job.
        let request = PaymentsQuery {
            from: YearMonth::new(year.saturating_sub(1), 12).unwrap_or(today),
            to: YearMonth::new(year, 12).unwrap_or(today),
            insurance: applied_insurance(),
        };
        async move { crate::api::payments(&request).await }
    });

    let apply = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut url = format!(
            "{}?year={}",
            AppRoute::Payments.href(),
            year.get_untracked()
        );
        let chosen = insurance.get_untracked();
        if !chosen.is_empty() {
            url.push_str("&insurance=");
            url.push_str(&chosen);
        }
        navigate(&url, Default::default());
    };

    let years: Vec<(String, leptos::text_prop::TextProp)> = (0..YEARS_SHOWN)
        .map(|back| {
            let y = today.year().saturating_sub(back).to_string();
            (y.clone(), y.into())
        })
        .collect();
    let insurances: Vec<(String, leptos::text_prop::TextProp)> =
        std::iter::once((String::new(), tr(Msg::PaymentsAllInsurances).into()))
            .chain(
                InsuranceType::ALL
                    .iter()
                    .map(|&i| (i.as_str().to_owned(), tr(insurance_term(i).msg()).into())),
            )
            .collect();

    let body = move || {
        loaded(data.get().flatten(), |response| {
            view! { <Records response year=applied_year() today i18n /> }.into_any()
        })
    };
    view! {
        <CardNav current=AppRoute::Payments />
        <PageHeading title=AppRoute::Payments.title() />
        <p>{tr(Msg::PaymentsLead)}" "<OfficialTerm term=Term::PaymentRecord /></p>
        <form class="app-filters app-no-print" novalidate on:submit=apply>
            <Select id="year" label=tr(Msg::PaymentsYear) options=years value=year />
            <Select id="insurance" label=tr(Msg::PaymentsInsurance) options=insurances value=insurance />
            <Button label=tr(Msg::PaymentsApply) kind=ButtonKind::Secondary id="payments-apply" />
        </form>
        {body}
    }
}

/// A table row: a record, or a month with none.
#[derive(Debug, Clone)]
enum Row {
    Record(PaymentRecord),
    Missing(YearMonth),
}

impl Row {
    const fn period(&self) -> YearMonth {
        match self {
            Self::Record(record) => record.period,
            Self::Missing(month) => *month,
        }
    }
}

/// The records of `year` and its missing months, in month order.
fn rows(year_records: &[PaymentRecord], missing: &[YearMonth]) -> Vec<Row> {
    let mut rows: Vec<Row> = year_records
        .iter()
        .cloned()
        .map(Row::Record)
        .chain(missing.iter().copied().map(Row::Missing))
        .collect();
    // Stable: records keep the server's insurance order within a month.
    rows.sort_by_key(Row::period);
    rows
}

/// What was actually paid in (not the months in arrears or still pending): the total and the
/// month with the most.
fn paid(year_records: &[PaymentRecord]) -> (u64, Option<(u8, u64)>) {
    let paid: Vec<PaymentRecord> = year_records
        .iter()
        .filter(|r| r.status == PaymentStatus::Paid)
        .cloned()
        .collect();
    let bars = monthly_bars(&paid);
    let total = bars.iter().map(|b| b.fen).fold(0, u64::saturating_add);
    let highest = bars.iter().max_by_key(|b| b.fen).map(|b| (b.month, b.fen));
    (total, highest)
}

#[component]
fn Records(response: PaymentsResponse, year: u16, today: YearMonth, i18n: I18n) -> impl IntoView {
    // Everything worded or formatted is computed inside closures, so switching language on
    // this page re-renders the amounts, months and direction too.
    let lang = move || i18n.language().id;
    let money = move |fen: u64| intl::money(fen, lang());
    let records: Vec<PaymentRecord> = response
        .records
        .iter()
        .filter(|r| r.period.year() == year)
        .cloned()
        .collect();
    let totals = PaymentTotals::of(&records);
    let mut arrears: Vec<YearMonth> = records
        .iter()
        .filter(|r| r.status == PaymentStatus::Arrears)
        .map(|r| r.period)
        .collect();
    arrears.dedup();
    let missing = missing_months(&response.records, year, today);
    let month_list = move |months: Vec<YearMonth>| {
        move || {
            months
                .iter()
                .map(|m| intl::month_name(m.year(), m.month(), lang()))
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    let arrears_text = month_list(arrears.clone());
    let missing_text = month_list(missing.clone());
    let bars = monthly_bars(&records);
    let arrears_count = arrears.len();
    let (paid_total, highest) = paid(&records);
    let summary = move || match highest {
        Some((month, amount)) => i18n.t_with(
            Msg::PaymentsChartSummary,
            &[
                ("year", f64::from(year).into()),
                ("total", money(paid_total).into()),
                ("month", intl::month_name(year, month, lang()).into()),
                ("highest", money(amount).into()),
                ("arrears", (arrears_count as f64).into()),
            ],
        ),
        None => String::new(),
    };
    let rtl = Signal::derive(move || i18n.language().rtl);
    let export = {
        let records = records.clone();
        move |()| {
            let header: Vec<String> = [
                Term::ContributionPeriod.msg(),
                Msg::PaymentsInsurance,
                Term::Employer.msg(),
                Term::ContributionBase.msg(),
                Term::EmployerContribution.msg(),
                Term::EmployeeContribution.msg(),
                Msg::PaymentsStatus,
            ]
            .into_iter()
            .map(|m| i18n.t(m))
            .collect();
            let rows: Vec<Vec<String>> = records
                .iter()
                .map(|r| {
                    vec![
                        r.period.to_string(),
                        i18n.t(insurance_term(r.insurance).msg()),
                        r.employer.clone(),
                        intl::money_plain(r.base_fen),
                        intl::money_plain(r.employer_fen),
                        intl::money_plain(r.employee_fen),
                        i18n.t(status_term(r.status).msg()),
                    ]
                })
                .collect();
            crate::browser::download(
                &format!("payments-{year}.csv"),
                "text/csv;charset=utf-8",
                &csv::to_csv(&header, &rows),
            );
        }
    };
    let empty = records.is_empty();
    // Usually one employer pays every month: then it is named once above the table, which
    // keeps the table narrow enough for a phone.
    let single_employer = records
        .first()
        .map(|r| r.employer.clone())
        .filter(|first| records.iter().all(|r| r.employer == *first));
    let per_row_employer = single_employer.is_none();
    let table_rows = rows(&records, &missing);
    view! {
        {(!arrears.is_empty()).then(|| view! {
            <Notice kind=NoticeKind::Warning>
                <p><strong>{tr(Msg::PaymentsArrearsHeading)}</strong>" "{arrears_text}</p>
                <p>{tr(Msg::PaymentsArrearsExplained)}</p>
            </Notice>
        })}
        {(!missing.is_empty()).then(|| view! {
            <Notice kind=NoticeKind::Info>
                <p><strong>{tr(Msg::PaymentsMissingHeading)}</strong>" "{missing_text}</p>
                <p>{tr(Msg::PaymentsMissingExplained)}</p>
            </Notice>
        })}
        {empty.then(|| view! { <p class="app-body-l">{tr(Msg::PaymentsNone)}</p> })}
        {(!empty).then(|| view! { <ContributionChart bars rtl summary=Signal::derive(summary) /> })}
        {single_employer.map(|employer| view! {
            <p><OfficialTerm term=Term::Employer />": "<strong id="payments-employer">{employer}</strong></p>
        })}
        {(!empty).then(|| view! {
            <div class="app-table-wrapper" tabindex="0" role="region" aria-labelledby="payments-caption">
                <table class="app-table app-table--payments">
                    <caption id="payments-caption" class="app-table__caption">{move || i18n.t_with(Msg::PaymentsCaption, &[("year", f64::from(year).into())])}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(Term::ContributionPeriod.msg())}</th>
                            <th scope="col">{tr(Msg::PaymentsInsurance)}</th>
                            {per_row_employer.then(|| view! { <th scope="col">{tr(Term::Employer.msg())}</th> })}
                            <th scope="col" class="app-table__numeric">{tr(Term::ContributionBase.msg())}</th>
                            <th scope="col" class="app-table__numeric">{tr(Term::EmployerContribution.msg())}</th>
                            <th scope="col" class="app-table__numeric">{tr(Term::EmployeeContribution.msg())}</th>
                            <th scope="col">{tr(Msg::PaymentsStatus)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {table_rows.into_iter().map(|row| match row {
                            Row::Record(r) => {
                                let arrears = r.status == PaymentStatus::Arrears;
                                let (base, employer_fen, employee_fen) = (r.base_fen, r.employer_fen, r.employee_fen);
                                view! {
                                    <tr class:app-table__row--arrears=arrears data-status=r.status.as_str()>
                                        <th scope="row" dir="ltr" class="app-table__nowrap">{r.period.to_string()}</th>
                                        <td>{tr(insurance_term(r.insurance).msg())}</td>
                                        {per_row_employer.then(|| view! { <td>{r.employer.clone()}</td> })}
                                        <td class="app-table__numeric">{move || money(base)}</td>
                                        <td class="app-table__numeric">{move || money(employer_fen)}</td>
                                        <td class="app-table__numeric">{move || money(employee_fen)}</td>
                                        <td><span class=if arrears { "app-tag app-tag--arrears" } else { "app-tag" }>{tr(status_term(r.status).msg())}</span></td>
                                    </tr>
                                }.into_any()
                            }
                            Row::Missing(m) => view! {
                                <tr class="app-table__row--missing" data-status="missing">
                                    <th scope="row" dir="ltr" class="app-table__nowrap">{m.to_string()}</th>
                                    <td colspan=if per_row_employer { "6" } else { "5" }><span class="app-tag app-tag--missing">{tr(Msg::PaymentsNoRecord)}</span></td>
                                </tr>
                            }.into_any(),
                        }).collect_view()}
                    </tbody>
                    <tfoot>
                        <tr>
                            <th scope="row" colspan=if per_row_employer { "4" } else { "3" }>{tr(Msg::PaymentsTotal)}</th>
                            <td class="app-table__numeric">{move || money(totals.employer_fen)}</td>
                            <td class="app-table__numeric">{move || money(totals.employee_fen)}</td>
                            <td></td>
                        </tr>
                    </tfoot>
                </table>
            </div>
            <div class="app-button-group app-no-print">
                <Button label=tr(Msg::PaymentsExport) kind=ButtonKind::Secondary button_type="button" id="payments-export" on_click=Callback::new(export.clone()) />
                <Button label=tr(Msg::PrintPage) kind=ButtonKind::Secondary button_type="button" on_click=Callback::new(|()| crate::browser::print()) />
            </div>
        })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(period: &str, status: PaymentStatus) -> PaymentRecord {
        PaymentRecord {
            period: period.parse().unwrap(),
            employer: "Demo Ltd".into(),
            insurance: InsuranceType::Pension,
            base_fen: 1_000_000,
            employer_fen: 160_000,
            employee_fen: 80_000,
            status,
        }
    }

    #[test]
    fn gaps_are_months_without_records_between_the_first_record_and_today() {
        let records = vec![
            record("2025-03", PaymentStatus::Paid),
            record("2025-05", PaymentStatus::Arrears),
        ];
        let today: YearMonth = "2025-07".parse().unwrap();
        let missing: Vec<String> = missing_months(&records, 2025, today)
            .iter()
            .map(ToString::to_string)
            .collect();
        // Not January or February (before the first record), not July (not due yet) or later.
        assert_eq!(missing, ["2025-04", "2025-06"]);
        assert!(missing_months(&[], 2025, today).is_empty());
    }

    #[test]
    fn bars_sum_both_shares_per_month_and_flag_arrears() {
        let records = vec![
            record("2025-03", PaymentStatus::Paid),
            record("2025-03", PaymentStatus::Arrears),
            record("2025-04", PaymentStatus::Paid),
        ];
        let bars = monthly_bars(&records);
        assert_eq!(
            bars,
            [
                Bar {
                    month: 3,
                    fen: 480_000,
                    arrears: true
                },
                Bar {
                    month: 4,
                    fen: 240_000,
                    arrears: false
                },
            ]
        );
    }

    #[test]
    fn a_record_the_december_before_makes_empty_months_from_january_gaps() {
        let records = vec![
            record("2024-12", PaymentStatus::Paid),
            record("2025-03", PaymentStatus::Paid),
        ];
        let today: YearMonth = "2025-04".parse().unwrap();
        let missing: Vec<String> = missing_months(&records, 2025, today)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(missing, ["2025-01", "2025-02"]);
        let year: Vec<PaymentRecord> = records[1..].to_vec();
        let ordered: Vec<String> = rows(&year, &missing_months(&records, 2025, today))
            .iter()
            .map(|r| r.period().to_string())
            .collect();
        assert_eq!(ordered, ["2025-01", "2025-02", "2025-03"]);
    }

    #[test]
    fn the_summary_counts_only_what_was_paid() {
        let records = vec![
            record("2025-03", PaymentStatus::Paid),
            record("2025-04", PaymentStatus::Arrears),
            record("2025-04", PaymentStatus::Arrears),
            record("2025-05", PaymentStatus::Pending),
        ];
        assert_eq!(paid(&records), (240_000, Some((3, 240_000))));
    }
}
