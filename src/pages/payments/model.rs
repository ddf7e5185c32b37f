//! The rules of the payment records page, apart from the view: which records a year shows,
//! the months in arrears and the months with no record, the chart's bars, what was paid, the
//! table's rows and the CSV export's cells. Pure, so every rule is tested here.

use std::collections::BTreeMap;

use protocol::api::{InsuranceType, PaymentRecord, PaymentStatus, PaymentTotals};
use protocol::date::YearMonth;

use super::chart::Bar;
use crate::glossary::Term;
use crate::i18n::Msg;

/// The official term of an insurance.
#[must_use]
pub const fn insurance_term(insurance: InsuranceType) -> Term {
    match insurance {
        InsuranceType::Pension => Term::Pension,
        InsuranceType::Medical => Term::Medical,
        InsuranceType::WorkInjury => Term::WorkInjury,
        InsuranceType::Unemployment => Term::Unemployment,
        InsuranceType::Maternity => Term::Maternity,
    }
}

/// The official term of a payment status.
#[must_use]
pub const fn status_term(status: PaymentStatus) -> Term {
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
pub fn monthly_bars(records: &[PaymentRecord]) -> Vec<Bar> {
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

/// A table row: a record, or a month with none.
#[derive(Debug, Clone)]
pub enum Row {
    Record(PaymentRecord),
    Missing(YearMonth),
}

impl Row {
    pub const fn period(&self) -> YearMonth {
        match self {
            Self::Record(record) => record.period,
            Self::Missing(month) => *month,
        }
    }
}

/// The records of `year` and its missing months, in month order.
pub fn rows(year_records: &[PaymentRecord], missing: &[YearMonth]) -> Vec<Row> {
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
pub fn paid(year_records: &[PaymentRecord]) -> (u64, Option<(u8, u64)>) {
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

/// Everything the page shows for one year, computed once from the server's answer.
#[derive(Debug, Clone)]
pub struct YearView {
    /// The year's records, in the server's order.
    pub records: Vec<PaymentRecord>,
    pub totals: PaymentTotals,
    /// Months with a record in arrears, in order, each once.
    pub arrears: Vec<YearMonth>,
    /// Months with no record at all (see [`missing_months`]).
    pub missing: Vec<YearMonth>,
    pub bars: Vec<Bar>,
    /// What was paid in, and the month with the most.
    pub paid_total: u64,
    pub highest: Option<(u8, u64)>,
    /// The employer, when one employer paid every record (then it is named once above the
    /// table, which keeps the table narrow enough for a phone).
    pub single_employer: Option<String>,
    pub rows: Vec<Row>,
}

impl YearView {
    #[must_use]
    pub fn new(all: &[PaymentRecord], year: u16, today: YearMonth) -> Self {
        let records: Vec<PaymentRecord> = all
            .iter()
            .filter(|r| r.period.year() == year)
            .cloned()
            .collect();
        let mut arrears: Vec<YearMonth> = records
            .iter()
            .filter(|r| r.status == PaymentStatus::Arrears)
            .map(|r| r.period)
            .collect();
        arrears.dedup();
        let missing = missing_months(all, year, today);
        let (paid_total, highest) = paid(&records);
        let single_employer = records
            .first()
            .map(|r| r.employer.clone())
            .filter(|first| records.iter().all(|r| r.employer == *first));
        Self {
            totals: PaymentTotals::of(&records),
            bars: monthly_bars(&records),
            rows: rows(&records, &missing),
            records,
            arrears,
            missing,
            paid_total,
            highest,
            single_employer,
        }
    }

    /// The CSV export's header and rows, worded by `word` (the page's language); amounts are
    /// plain decimals so that a spreadsheet reads them as numbers.
    pub fn csv_cells(&self, word: impl Fn(Msg) -> String) -> (Vec<String>, Vec<Vec<String>>) {
        let header = [
            Term::ContributionPeriod.msg(),
            Msg::PaymentsInsurance,
            Term::Employer.msg(),
            Term::ContributionBase.msg(),
            Term::EmployerContribution.msg(),
            Term::EmployeeContribution.msg(),
            Msg::PaymentsStatus,
        ]
        .into_iter()
        .map(&word)
        .collect();
        let rows = self
            .records
            .iter()
            .map(|r| {
                vec![
                    r.period.to_string(),
                    word(insurance_term(r.insurance).msg()),
                    r.employer.clone(),
                    crate::intl::money_plain(r.base_fen),
                    crate::intl::money_plain(r.employer_fen),
                    crate::intl::money_plain(r.employee_fen),
                    word(status_term(r.status).msg()),
                ]
            })
            .collect();
        (header, rows)
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

    #[test]
    fn a_year_view_keeps_its_year_names_one_employer_and_lists_arrears_once() {
        let mut records = vec![
            record("2024-11", PaymentStatus::Paid),
            record("2025-01", PaymentStatus::Paid),
            record("2025-02", PaymentStatus::Arrears),
            record("2025-02", PaymentStatus::Arrears),
        ];
        let today: YearMonth = "2025-04".parse().unwrap();
        let view = YearView::new(&records, 2025, today);
        assert_eq!(view.records.len(), 3);
        assert_eq!(view.arrears, ["2025-02".parse::<YearMonth>().unwrap()]);
        assert_eq!(view.missing, ["2025-03".parse::<YearMonth>().unwrap()]);
        assert_eq!(view.single_employer.as_deref(), Some("Demo Ltd"));
        assert_eq!(
            (view.paid_total, view.highest),
            (240_000, Some((1, 240_000)))
        );
        assert_eq!(view.totals.employer_fen, 3 * 160_000);
        assert_eq!(view.rows.len(), 4);
        records[2].employer = "Other Ltd".into();
        assert_eq!(YearView::new(&records, 2025, today).single_employer, None);
    }

    #[test]
    fn the_csv_has_a_worded_header_and_one_plain_row_per_record() {
        let records = vec![record("2025-01", PaymentStatus::Arrears)];
        let view = YearView::new(&records, 2025, "2025-02".parse().unwrap());
        let (header, rows) = view.csv_cells(|m| m.id().to_owned());
        assert_eq!(header.len(), 7);
        assert_eq!(header[1], Msg::PaymentsInsurance.id());
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0][0], "2025-01");
        assert_eq!(rows[0][1], Term::Pension.msg().id());
        assert_eq!(rows[0][6], Term::Arrears.msg().id());
        assert_eq!(rows[0][3], crate::intl::money_plain(1_000_000));
    }
}
