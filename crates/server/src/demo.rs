//! Seeds the demo data (`--demo`) into an empty database: the unregistered work-permit
//! records and one registered account with an active card and 24 months of payments.

use protocol::date::{Date, YearMonth};
use protocol::names;

use crate::AppState;
use crate::db::DbError;
use crate::demo_data::{DemoPermit, REGISTERED, UNREGISTERED, payment_records};
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
    let today = state.clock.today();
    let last_month = previous_month(today.year_month());
    let now = i64::try_from(state.clock.now()).unwrap_or(i64::MAX);
    state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            for permit in UNREGISTERED {
                insert_permit(&tx, permit)?;
            }
            let permit_id = insert_permit(&tx, &REGISTERED.permit)?;
            tx.execute(
                "INSERT INTO accounts (permit_id, password_hash, phone, phone_verified, created_at) VALUES (?1, ?2, ?3, 1, ?4)",
                rusqlite::params![permit_id, password_hash, REGISTERED.phone, now],
            )?;
            let account_id = tx.last_insert_rowid();
            tx.execute(
                "INSERT INTO cards (account_id, card_number, status, issued_on) VALUES (?1, ?2, 'active', ?3)",
                rusqlite::params![account_id, REGISTERED.card_number, date_text(REGISTERED.permit.valid_from)],
            )?;
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
            tx.commit()?;
            Ok(())
        })
        .await?;
    tracing::info!(records = UNREGISTERED.len() + 1, "seeded demo data");
    Ok(())
}

fn previous_month(month: YearMonth) -> YearMonth {
    if month.month() == 1 {
        YearMonth::new(month.year().saturating_sub(1).max(1), 12).unwrap_or(month)
    } else {
        YearMonth::new(month.year(), month.month() - 1).unwrap_or(month)
    }
}
