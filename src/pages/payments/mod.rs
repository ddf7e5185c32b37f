//! The signed-in holder's social-insurance payment records (缴费记录): filters by year and
//! insurance, a month × insurance table with totals, months in arrears or missing flagged and
//! explained, a bar chart with a text summary, a CSV export made in the browser, and print.
//! The filters live in the address, so a reload or a shared link keeps them.

mod chart;
pub mod csv;
mod model;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use protocol::api::{InsuranceType, PaymentStatus, PaymentsQuery, PaymentsResponse};
use protocol::codec::WireCode as _;
use protocol::date::YearMonth;

use crate::components::button::{Button, ButtonKind};
use crate::components::card_nav::{CardNav, loaded};
use crate::components::notice::{Notice, NoticeKind};
use crate::components::official_term::OfficialTerm;
use crate::components::page_heading::PageHeading;
use crate::components::select::Select;
use crate::glossary::Term;
use crate::i18n::{I18n, Msg, args, tr, use_i18n};
use crate::intl;
use crate::routes::AppRoute;
use crate::session::load_signed_in;
use chart::ContributionChart;
use model::{Row, YearView, insurance_term, status_term};

/// Used only if the device cannot say today's date.
const FALLBACK_MONTH: YearMonth = match YearMonth::new(2026, 1) {
    Some(month) => month,
    None => panic!("a valid month"),
};

/// How many years back the year filter reaches.
const YEARS_SHOWN: u16 = 3;

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

#[component]
fn Records(response: PaymentsResponse, year: u16, today: YearMonth, i18n: I18n) -> impl IntoView {
    // Everything worded or formatted is computed inside closures, so switching language on
    // this page re-renders the amounts, months and direction too.
    let lang = move || i18n.language().id;
    let money = move |fen: u64| intl::money(fen, lang());
    let view = YearView::new(&response.records, year, today);
    let may_download = crate::mode::use_mode().may_store();
    let export = {
        let view = view.clone();
        move |()| {
            let (header, rows) = view.csv_cells(|m| i18n.t(m));
            crate::browser::download(
                &format!("payments-{year}.csv"),
                "text/csv;charset=utf-8",
                &csv::to_csv(&header, &rows),
            );
        }
    };
    let YearView {
        records,
        totals,
        arrears,
        missing,
        bars,
        paid_total,
        highest,
        single_employer,
        rows: table_rows,
    } = view;
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
    let arrears_count = arrears.len();
    let summary = move || match highest {
        Some((month, amount)) => i18n.text(args::PaymentsChartSummary {
            year: f64::from(year),
            total: money(paid_total),
            month: intl::month_name(year, month, lang()),
            highest: money(amount),
            arrears: arrears_count as f64,
        }),
        None => String::new(),
    };
    let rtl = Signal::derive(move || i18n.language().rtl);
    let empty = records.is_empty();
    let per_row_employer = single_employer.is_none();
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
            <p><OfficialTerm term=Term::Employer />": "<strong id="payments-employer" translate="no">{employer}</strong></p>
        })}
        {(!empty).then(|| view! {
            <div class="app-table-wrapper" tabindex="0" role="region" aria-labelledby="payments-caption">
                <table class="app-table app-table--payments">
                    <caption id="payments-caption" class="app-table__caption">{move || i18n.text(args::PaymentsCaption { year: f64::from(year) })}</caption>
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
                                        {per_row_employer.then(|| view! { <td translate="no">{r.employer.clone()}</td> })}
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
                // A shared kiosk downloads nothing: it prints.
                {may_download.then(|| view! {
                    <Button label=tr(Msg::PaymentsExport) kind=ButtonKind::Secondary button_type="button" id="payments-export" on_click=Callback::new(export.clone()) />
                })}
                <Button label=tr(Msg::PrintPage) kind=ButtonKind::Secondary button_type="button" on_click=Callback::new(|()| crate::browser::print()) />
            </div>
        })}
    }
}
