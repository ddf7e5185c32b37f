//! Queries on work-permit records, accounts and cards.

use protocol::api::{CardStatus, IdentifierKind, SessionInfo, WorkPermitDetails};
use rusqlite::{Connection, OptionalExtension as _, Row};

use crate::db::DbError;
use crate::masking;
use crate::session::{CurrentAccount, IDLE_SECONDS};

/// A work-permit record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Permit {
    pub id: i64,
    pub surname: String,
    pub given_names: String,
    pub nationality: String,
    pub details: WorkPermitDetails,
    pub social_security_number: String,
}

pub const PERMIT_COLUMNS: &str = "p.id, p.surname, p.given_names, p.nationality, p.work_permit_number, p.category, p.employer, \
     p.workplace, p.position, p.work_address, p.valid_from, p.valid_until, p.social_security_number";

fn date(row: &Row<'_>, index: usize) -> rusqlite::Result<protocol::date::Date> {
    let text: String = row.get(index)?;
    text.parse().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, Box::new(e))
    })
}

pub fn permit_from_row(row: &Row<'_>) -> rusqlite::Result<Permit> {
    Ok(Permit {
        id: row.get(0)?,
        surname: row.get(1)?,
        given_names: row.get(2)?,
        nationality: row.get(3)?,
        details: WorkPermitDetails {
            number: row.get(4)?,
            category: crate::db::code_column(row, 5)?,
            employer: row.get(6)?,
            workplace: row.get(7)?,
            position: row.get(8)?,
            work_address: row.get(9)?,
            valid_from: date(row, 10)?,
            valid_until: date(row, 11)?,
        },
        social_security_number: row.get(12)?,
    })
}

/// The record with this (normalised) number of the given kind.
///
/// # Errors
/// Database failure.
pub fn find_permit(
    c: &Connection,
    kind: IdentifierKind,
    number: &str,
) -> Result<Option<Permit>, DbError> {
    let column = match kind {
        IdentifierKind::WorkPermitNumber => "work_permit_number",
        IdentifierKind::SocialSecurityNumber => "social_security_number",
    };
    let sql = format!("SELECT {PERMIT_COLUMNS} FROM work_permits p WHERE p.{column} = ?1");
    Ok(c.query_row(&sql, [number], permit_from_row).optional()?)
}

/// The permit behind an account.
///
/// # Errors
/// Database failure.
pub fn permit_of_account(c: &Connection, account_id: i64) -> Result<Option<Permit>, DbError> {
    let sql = format!(
        "SELECT {PERMIT_COLUMNS} FROM work_permits p JOIN accounts a ON a.permit_id = p.id WHERE a.id = ?1"
    );
    Ok(c.query_row(&sql, [account_id], permit_from_row)
        .optional()?)
}

#[must_use]
pub fn card_status(text: &str) -> CardStatus {
    // Anything but a stored "active" reads as sealed: a card is never switched on by mistake.
    text.parse().unwrap_or(CardStatus::Sealed)
}

/// The account's card status; `Sealed` when it has no card row.
///
/// # Errors
/// Database failure.
pub fn card_status_of(c: &Connection, account_id: i64) -> Result<CardStatus, DbError> {
    let status: Option<String> = c
        .query_row(
            "SELECT status FROM cards WHERE account_id = ?1",
            [account_id],
            |r| r.get(0),
        )
        .optional()?;
    Ok(status.as_deref().map_or(CardStatus::Sealed, card_status))
}

/// "Who am I", masked.
///
/// # Errors
/// Database failure; `Ok(None)` if the account vanished.
pub fn session_info(
    c: &Connection,
    current: CurrentAccount,
) -> Result<Option<SessionInfo>, DbError> {
    let Some(permit) = permit_of_account(c, current.account_id)? else {
        return Ok(None);
    };
    let status = card_status_of(c, current.account_id)?;
    Ok(Some(SessionInfo {
        holder_name_masked: masking::mask_name(&permit.surname, &permit.given_names),
        identifier_masked: masking::mask_identifier(&permit.details.number),
        identifier_kind: IdentifierKind::WorkPermitNumber,
        card_status: status,
        idle_timeout_seconds: u32::try_from(IDLE_SECONDS).unwrap_or(u32::MAX),
        expires_at: current.expires_at(),
    }))
}
