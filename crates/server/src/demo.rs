//! Seeds the demo data (`--demo`) into an empty database: the unregistered work-permit
//! records, two registered accounts with active cards (one with 24 months of payments, one
//! newly arrived), and the applications of `demo_applications`.

use protocol::date::{Date, YearMonth};
use protocol::names;

use crate::AppState;
use crate::db::DbError;
use crate::demo_applications::{
    AT_EACH_STAGE, DemoApplication, DemoArrival, NEW_ARRIVAL_ARRIVAL, NEW_ARRIVAL_HISTORY,
    NEW_ARRIVAL_PERMIT_DAYS_AGO, REGISTERED_ARRIVAL, REGISTERED_HISTORY,
};
use crate::demo_data::{
    DemoAccount, DemoPermit, NEW_ARRIVAL, REGISTERED, UNREGISTERED, payment_records,
};
use crate::error::ApiError;

fn date_text((y, m, d): (u16, u8, u8)) -> String {
    Date::new(y, m, d).map_or_else(|| "1970-01-01".to_owned(), |date| date.to_string())
}

fn insert_permit(c: &rusqlite::Connection, permit: &DemoPermit) -> Result<i64, DbError> {
    let name =
        names::normalize_passport_name(permit.surname, permit.given_names).map_err(|codes| {
            DbError::Task(format!(
                "demo name {} does not normalise: {codes:?}",
                permit.surname
            ))
        })?;
    c.execute(
        "INSERT INTO work_permits (surname, given_names, nationality, birth_date, work_permit_number, social_security_number, \
         category, employer, workplace, position, work_address, valid_from, valid_until) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        rusqlite::params![
            name.surname,
            name.given_names,
            permit.nationality,
            date_text(permit.birth_date),
            permit.work_permit_number,
            permit.social_security_number,
            permit.category.as_str(),
            permit.employer,
            permit.workplace,
            permit.position,
            permit.work_address,
            date_text(permit.valid_from),
            date_text(permit.valid_until),
        ],
    )?;
    Ok(c.last_insert_rowid())
}

/// Seeds once: does nothing when any work-permit record exists.
///
/// # Errors
/// Database or hashing failure.
pub async fn seed(state: &AppState) -> Result<(), ApiError> {
    let empty = state
        .db
        .call(|c| {
            Ok(c.query_row("SELECT count(*) FROM work_permits", [], |r| {
                r.get::<_, i64>(0)
            })? == 0)
        })
        .await?;
    if !empty {
        return Ok(());
    }
    let password_hash = crate::passwords::hash(REGISTERED.password.to_owned()).await?;
    let arrival_hash = crate::passwords::hash(NEW_ARRIVAL.password.to_owned()).await?;
    let today = state.clock.today();
    let last_month = previous_month(today.year_month());
    let now = i64::try_from(state.clock.now()).unwrap_or(i64::MAX);
    let arrival = new_arrival(today);
    state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            for permit in UNREGISTERED {
                insert_permit(&tx, permit)?;
            }
            let (permit_id, account_id) =
                insert_account(&tx, &REGISTERED, &password_hash, now)?;
            for record in payment_records(last_month) {
                tx.execute(
                    "INSERT INTO payments (account_id, period, employer, insurance, base_fen, employer_fen, employee_fen, status) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    rusqlite::params![
                        account_id,
                        record.period.to_string(),
                        record.employer,
                        record.insurance.as_str(),
                        i64::try_from(record.base_fen).unwrap_or(i64::MAX),
                        i64::try_from(record.employer_fen).unwrap_or(i64::MAX),
                        i64::try_from(record.employee_fen).unwrap_or(i64::MAX),
                        record.status.as_str(),
                    ],
                )?;
            }
            insert_history(&tx, REGISTERED_HISTORY, Some(permit_id), &REGISTERED_ARRIVAL, today)?;
            let (arrival_permit, _) = insert_account(&tx, &arrival, &arrival_hash, now)?;
            insert_history(&tx, NEW_ARRIVAL_HISTORY, Some(arrival_permit), &NEW_ARRIVAL_ARRIVAL, today)?;
            for application in AT_EACH_STAGE {
                insert_application(&tx, application, None, today)?;
            }
            tx.commit()?;
            Ok(())
        })
        .await?;
    tracing::info!(records = UNREGISTERED.len() + 2, "seeded demo data");
    Ok(())
}

/// The new arrival, with the permit starting [`NEW_ARRIVAL_PERMIT_DAYS_AGO`] before `today`
/// and valid for a year.
fn new_arrival(today: Date) -> DemoAccount {
    let from = today.add_days(-i64::from(NEW_ARRIVAL_PERMIT_DAYS_AGO));
    let until = Date::new(from.year().saturating_add(1), from.month(), from.day())
        .or_else(|| Date::new(from.year().saturating_add(1), from.month(), 28))
        .and_then(Date::previous_day)
        .unwrap_or(from);
    let parts = |d: Date| (d.year(), d.month(), d.day());
    DemoAccount {
        permit: DemoPermit {
            valid_from: parts(from),
            valid_until: parts(until),
            ..NEW_ARRIVAL.permit
        },
        ..NEW_ARRIVAL
    }
}

/// A registered account with an active card issued when its permit started: (permit, account).
fn insert_account(
    c: &rusqlite::Connection,
    account: &DemoAccount,
    password_hash: &str,
    now: i64,
) -> Result<(i64, i64), DbError> {
    let permit_id = insert_permit(c, &account.permit)?;
    c.execute(
        "INSERT INTO accounts (permit_id, password_hash, phone, phone_verified, created_at) VALUES (?1, ?2, ?3, 1, ?4)",
        rusqlite::params![permit_id, password_hash, account.phone, now],
    )?;
    let account_id = c.last_insert_rowid();
    c.execute(
        "INSERT INTO cards (account_id, card_number, status, issued_on) VALUES (?1, ?2, 'active', ?3)",
        rusqlite::params![account_id, account.card_number, date_text(account.permit.valid_from)],
    )?;
    Ok((permit_id, account_id))
}

fn insert_application(
    c: &rusqlite::Connection,
    application: &DemoApplication,
    holder: Option<i64>,
    today: Date,
) -> Result<(), DbError> {
    c.execute(
        "INSERT INTO applications (application_number, birth_date, holder_permit_id) VALUES (?1, ?2, ?3)",
        rusqlite::params![application.number, date_text(application.birth_date), holder],
    )?;
    let id = c.last_insert_rowid();
    for stage in application.stages {
        let documents: Vec<&str> = stage.documents.iter().map(|d| d.as_str()).collect();
        c.execute(
            "INSERT INTO application_stages (application_id, stage, reached_on, documents, reason) VALUES (?1, ?2, ?3, ?4, ?5)",
            rusqlite::params![
                id,
                stage.stage.as_str(),
                stage.when.date(today).to_string(),
                documents.join(","),
                stage.reason.map(|r| r.as_str()),
            ],
        )?;
    }
    Ok(())
}

/// A holder's applications and what followed approval.
fn insert_history(
    c: &rusqlite::Connection,
    history: &[DemoApplication],
    holder: Option<i64>,
    arrival: &DemoArrival,
    today: Date,
) -> Result<(), DbError> {
    for application in history {
        insert_application(c, application, holder, today)?;
    }
    let day =
        |when: Option<crate::demo_applications::When>| when.map(|w| w.date(today).to_string());
    c.execute(
        "INSERT INTO arrivals (permit_id, entry, medical_report_issued, residence_permit, on_site_verified) VALUES (?1, ?2, ?3, ?4, ?5)",
        rusqlite::params![
            holder,
            day(Some(arrival.entry)),
            day(Some(arrival.medical_report_issued)),
            day(arrival.residence_permit),
            day(arrival.on_site_verified),
        ],
    )?;
    Ok(())
}

fn previous_month(month: YearMonth) -> YearMonth {
    if month.month() == 1 {
        YearMonth::new(month.year().saturating_sub(1).max(1), 12).unwrap_or(month)
    } else {
        YearMonth::new(month.year(), month.month() - 1).unwrap_or(month)
    }
}
