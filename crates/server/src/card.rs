//! The signed-in holder's card, work-permit details and payment records.

use axum::Json;
use axum::extract::{Query, State};
use protocol::api::{
    CardResponse, InsuranceType, PaymentRecord, PaymentStatus, PaymentTotals, PaymentsQuery,
    PaymentsResponse, WorkPermitDetails,
};
use protocol::problem::ApiErrorCode;
use rusqlite::OptionalExtension as _;

use crate::error::{ApiError, ApiResult};
use crate::session::CurrentAccount;
use crate::{AppState, accounts, masking};

pub async fn card(
    State(state): State<AppState>,
    current: CurrentAccount,
) -> ApiResult<Json<CardResponse>> {
    let found = state
        .db
        .call(move |c| {
            let Some(permit) = accounts::permit_of_account(c, current.account_id)? else {
                return Ok(None);
            };
            let card: Option<(String, String, Option<String>)> = c
                .query_row(
                    "SELECT card_number, status, issued_on FROM cards WHERE account_id = ?1",
                    [current.account_id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            Ok(card.map(|card| (permit, card)))
        })
        .await?;
    let (permit, (card_number, status, issued_on)) =
        found.ok_or_else(|| ApiError::new(ApiErrorCode::CardNotIssued))?;
    let holder_name = if permit.given_names.is_empty() {
        permit.surname.clone()
    } else {
        format!("{}, {}", permit.surname, permit.given_names)
    };
    let status = accounts::card_status(&status);
    let holder_name_masked = masking::mask_name(&permit.surname, &permit.given_names);
    let social_security_number_masked = masking::mask_identifier(&permit.social_security_number);
    let card_number_masked = masking::mask_middle(&card_number, 1, 2);
    // Until the identity check has passed, the clear values are not given either.
    let sealed = status != protocol::api::CardStatus::Active;
    Ok(Json(CardResponse {
        holder_name: if sealed {
            holder_name_masked.clone()
        } else {
            holder_name
        },
        holder_name_masked,
        social_security_number: if sealed {
            social_security_number_masked.clone()
        } else {
            permit.social_security_number
        },
        social_security_number_masked,
        card_number: if sealed {
            card_number_masked.clone()
        } else {
            card_number
        },
        card_number_masked,
        status,
        issued_on: issued_on.and_then(|d| d.parse().ok()),
    }))
}

pub async fn work_permit(
    State(state): State<AppState>,
    current: CurrentAccount,
) -> ApiResult<Json<WorkPermitDetails>> {
    let found = state
        .db
        .call(move |c| {
            let permit = accounts::permit_of_account(c, current.account_id)?;
            let status = accounts::card_status_of(c, current.account_id)?;
            Ok(permit.map(|p| (p, status)))
        })
        .await?;
    let (permit, status) = found.ok_or_else(|| ApiError::new(ApiErrorCode::NotFound))?;
    Ok(Json(if status == protocol::api::CardStatus::Active {
        permit.details
    } else {
        masking::sealed_permit(permit.details)
    }))
}

/// At most this many months per request.
pub const MAX_MONTHS: u32 = 120;

pub async fn payments(
    State(state): State<AppState>,
    current: CurrentAccount,
    query: Result<Query<PaymentsQuery>, axum::extract::rejection::QueryRejection>,
) -> ApiResult<Json<PaymentsResponse>> {
    let Query(query) = query.map_err(|_| ApiError::new(ApiErrorCode::BadRequest))?;
    let months = (u32::from(query.to.year()) * 12 + u32::from(query.to.month()))
        .checked_sub(u32::from(query.from.year()) * 12 + u32::from(query.from.month()));
    if months.is_none_or(|m| m >= MAX_MONTHS) {
        return Err(ApiError::new(ApiErrorCode::BadRequest));
    }
    let (from, to, insurance) = (
        query.from.to_string(),
        query.to.to_string(),
        query.insurance.map(InsuranceType::as_str),
    );
    let records = state
        .db
        .call(move |c| {
            let mut statement = c.prepare(
                "SELECT period, employer, insurance, base_fen, employer_fen, employee_fen, status FROM payments \
                 WHERE account_id = ?1 AND period >= ?2 AND period <= ?3 AND (?4 IS NULL OR insurance = ?4) \
                 ORDER BY period, insurance",
            )?;
            let rows = statement.query_map(rusqlite::params![current.account_id, from, to, insurance], |r| {
                let period: String = r.get(0)?;
                Ok((period, r.get::<_, String>(1)?, crate::db::code_column::<InsuranceType>(r, 2)?, r.get::<_, i64>(3)?, r.get::<_, i64>(4)?, r.get::<_, i64>(5)?, crate::db::code_column::<PaymentStatus>(r, 6)?))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (period, employer, insurance, base, employer_fen, employee_fen, status) = row?;
                let Ok(period) = period.parse() else { continue };
                out.push(PaymentRecord {
                    period,
                    employer,
                    insurance,
                    base_fen: u64::try_from(base).unwrap_or(0),
                    employer_fen: u64::try_from(employer_fen).unwrap_or(0),
                    employee_fen: u64::try_from(employee_fen).unwrap_or(0),
                    status,
                });
            }
            Ok(out)
        })
        .await?;
    let totals = PaymentTotals::of(&records);
    Ok(Json(PaymentsResponse {
        from: query.from,
        to: query.to,
        records,
        totals,
    }))
}
