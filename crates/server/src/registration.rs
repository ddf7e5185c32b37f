//! `POST /api/v1/registrations`: a foreign worker registers an e-SSC account against their
//! work-permit record. Succeeds only when the normalised name and the number match one
//! record; a mismatch gets one generic code that does not say which part was wrong.

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use protocol::api::{NextStep, RegistrationRequest, RegistrationResponse};
use protocol::forms::validate_registration;
use protocol::names;
use protocol::problem::ApiErrorCode;

use crate::client::ClientAddr;
use crate::error::{ApiError, ApiResult};
use crate::extract::{IdempotentBody, JSON_BODY_LIMIT};
use crate::idempotency::{self, Outcome};
use crate::session;
use crate::{AppState, accounts, passwords, rate_limit};

pub async fn register(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    submission: IdempotentBody<JSON_BODY_LIMIT>,
) -> Response {
    let request: RegistrationRequest = match submission.json() {
        Ok(request) => request,
        Err(error) => return error.into_response(),
    };
    // A key is only ever the client's own: the same key from another address is a new request.
    let scope = format!("registration {client}");
    let work = register_once(state.clone(), client, request);
    idempotency::run(&state, scope, submission.key, &submission.body, work).await
}

enum Insert {
    Created(i64),
    AlreadyRegistered,
}

async fn register_once(
    state: AppState,
    client: String,
    request: RegistrationRequest,
) -> ApiResult<Outcome> {
    let now = state.clock.now();
    state
        .limiter
        .check(rate_limit::REGISTRATION_PER_CLIENT, &client, now)?;
    let valid = validate_registration(&request).map_err(ApiError::validation)?;
    state.limiter.check(
        rate_limit::REGISTRATION_PER_IDENTIFIER,
        &valid.identifier,
        now,
    )?;

    let (kind, number, name) = (
        valid.identifier_kind,
        valid.identifier.clone(),
        valid.name.clone(),
    );
    let permit = state
        .db
        .call(move |c| accounts::find_permit(c, kind, &number))
        .await?;
    let Some(permit) = permit.filter(|p| {
        let record = names::PassportName {
            surname: p.surname.clone(),
            given_names: p.given_names.clone(),
        };
        names::same_person_name(&record, &name)
    }) else {
        return Err(ApiError::new(ApiErrorCode::IdentityMismatch));
    };

    let password_hash = passwords::hash(valid.password.clone()).await?;
    let card_number = card_number()?;
    let phone = valid.phone.clone();
    let created_at = i64::try_from(now).unwrap_or(i64::MAX);
    let permit_id = permit.id;
    let inserted = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let added = tx.execute(
                "INSERT OR IGNORE INTO accounts (permit_id, password_hash, phone, created_at) VALUES (?1, ?2, ?3, ?4)",
                rusqlite::params![permit_id, password_hash, phone, created_at],
            )?;
            if added == 0 {
                return Ok(Insert::AlreadyRegistered);
            }
            let account_id = tx.last_insert_rowid();
            tx.execute(
                "INSERT INTO cards (account_id, card_number, status) VALUES (?1, ?2, 'sealed')",
                rusqlite::params![account_id, card_number],
            )?;
            tx.commit()?;
            Ok(Insert::Created(account_id))
        })
        .await?;
    let account_id = match inserted {
        Insert::Created(id) => id,
        Insert::AlreadyRegistered => return Err(ApiError::new(ApiErrorCode::AlreadyRegistered)),
    };
    let (token, info) = session::open_with_info(&state, account_id).await?;
    let next = if valid.phone.is_some() {
        NextStep::SmsVerification
    } else {
        NextStep::FaceCheck
    };
    let mut response = (
        StatusCode::CREATED,
        Json(RegistrationResponse {
            session: info,
            next,
        }),
    )
        .into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, state.cookies.set_cookie(&token));
    Ok(Outcome {
        response,
        session_account: Some(account_id),
    })
}

/// A card number: `E` and eight random digits.
fn card_number() -> ApiResult<String> {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
    Ok(format!(
        "E{}",
        bytes
            .iter()
            .map(|b| char::from(b'0' + b % 10))
            .collect::<String>()
    ))
}
