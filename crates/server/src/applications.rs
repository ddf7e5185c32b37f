//! `POST /api/v1/application-status`, the public status check (number and date of birth give
//! the current stage and its day, nothing else; a wrong pair gets one generic answer), and
//! `GET /api/v1/timeline`, the signed-in holder's applications and the dates after approval.

use axum::Json;
use axum::extract::State;
use protocol::applications::{
    ApplicationHistory, ApplicationStage, StageReached, StatusCheckRequest, StatusCheckResponse,
    TimelineResponse, validate_status_check,
};
use protocol::codec::WireCode;
use protocol::date::Date;
use protocol::documents::Document;
use protocol::problem::ApiErrorCode;
use rusqlite::OptionalExtension as _;

use crate::client::ClientAddr;
use crate::db::{DbError, code_column};
use crate::error::{ApiError, ApiResult};
use crate::extract::ApiJson;
use crate::session::CurrentAccount;
use crate::{AppState, accounts, rate_limit};

pub async fn status(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    ApiJson(request): ApiJson<StatusCheckRequest>,
) -> ApiResult<Json<StatusCheckResponse>> {
    let now = state.clock.now();
    state
        .limiter
        .check(rate_limit::STATUS_PER_CLIENT, &client, now)?;
    let number = validate_status_check(&request).map_err(ApiError::validation)?;
    // Counted before the lookup and given back on a match, so only wrong dates of birth use
    // up a number's attempts: guessing a date of birth stops after a few tries.
    state
        .limiter
        .check(rate_limit::STATUS_PER_APPLICATION, &number, now)?;
    let birth_date = request.birth_date.to_string();
    let key = number.clone();
    let found = state
        .db
        .call(move |c| {
            Ok(c.query_row(
                "SELECT s.stage, s.reached_on FROM applications a \
                 JOIN application_stages s ON s.application_id = a.id \
                 WHERE a.application_number = ?1 AND a.birth_date = ?2 \
                 ORDER BY s.id DESC LIMIT 1",
                [&key, &birth_date],
                |r| {
                    Ok((
                        code_column::<ApplicationStage>(r, 0)?,
                        r.get::<_, String>(1)?,
                    ))
                },
            )
            .optional()?)
        })
        .await?;
    let Some((stage, since)) = found.and_then(|(stage, day)| Some((stage, day.parse().ok()?)))
    else {
        return Err(ApiError::new(ApiErrorCode::ApplicationNotFound));
    };
    state
        .limiter
        .refund(rate_limit::STATUS_PER_APPLICATION, &number);
    Ok(Json(StatusCheckResponse { stage, since }))
}

pub async fn timeline(
    State(state): State<AppState>,
    current: CurrentAccount,
) -> ApiResult<Json<TimelineResponse>> {
    let today = state.clock.today();
    let found = state
        .db
        .call(move |c| {
            let Some(permit) = accounts::permit_of_account(c, current.account_id)? else {
                return Ok(None);
            };
            let permit_id: i64 = c.query_row(
                "SELECT permit_id FROM accounts WHERE id = ?1",
                [current.account_id],
                |r| r.get(0),
            )?;
            let applications = histories(c, permit_id)?;
            let arrival: Option<[Option<String>; 4]> = c
                .query_row(
                    "SELECT entry, medical_report_issued, residence_permit, on_site_verified \
                     FROM arrivals WHERE permit_id = ?1",
                    [permit_id],
                    |r| Ok([r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?]),
                )
                .optional()?;
            let card_issued: Option<String> = c
                .query_row(
                    "SELECT issued_on FROM cards WHERE account_id = ?1 AND status = 'active'",
                    [current.account_id],
                    |r| r.get(0),
                )
                .optional()?
                .flatten();
            Ok(Some((
                permit,
                applications,
                arrival.unwrap_or_default(),
                card_issued,
            )))
        })
        .await?;
    let (permit, applications, [entry, medical, residence, on_site], card_issued) =
        found.ok_or_else(|| ApiError::new(ApiErrorCode::NotFound))?;
    Ok(Json(TimelineResponse {
        today,
        category: permit.details.category,
        applications,
        entry: day(entry),
        medical_report_issued: day(medical),
        card_issued: day(card_issued),
        residence_permit: day(residence),
        on_site_verified: day(on_site),
        permit_valid_until: permit.details.valid_until,
    }))
}

fn day(text: Option<String>) -> Option<Date> {
    text?.parse().ok()
}

/// Every application of a permit's holder, oldest first, each with its stages in order.
fn histories(c: &rusqlite::Connection, permit_id: i64) -> Result<Vec<ApplicationHistory>, DbError> {
    let mut statement = c.prepare(
        "SELECT a.application_number, s.stage, s.reached_on, s.documents, s.reason \
         FROM applications a JOIN application_stages s ON s.application_id = a.id \
         WHERE a.holder_permit_id = ?1 ORDER BY a.id, s.id",
    )?;
    let rows = statement.query_map([permit_id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            code_column::<ApplicationStage>(r, 1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, Option<String>>(4)?,
        ))
    })?;
    let mut out: Vec<ApplicationHistory> = Vec::new();
    for row in rows {
        let (number, stage, on, documents, reason) = row?;
        let Ok(on) = on.parse() else { continue };
        let reached = StageReached {
            stage,
            on,
            documents: documents
                .split(',')
                .filter_map(Document::parse_code)
                .collect(),
            reason: reason.as_deref().and_then(WireCode::parse_code),
        };
        match out.last_mut() {
            Some(last) if last.number == number => last.stages.push(reached),
            _ => out.push(ApplicationHistory {
                number,
                stages: vec![reached],
            }),
        }
    }
    Ok(out)
}
