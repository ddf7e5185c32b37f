//! `/api/v1/session`: sign in (`POST`), who am I (`GET`), sign out (`DELETE`).

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use protocol::api::{LoginRequest, SessionInfo};
use protocol::forms::parse_identifier;
use protocol::problem::ApiErrorCode;
use rusqlite::OptionalExtension as _;

use crate::client::ClientAddr;
use crate::error::{ApiError, ApiResult};
use crate::extract::ApiJson;
use crate::session;
use crate::{AppState, accounts, passwords, rate_limit};

pub async fn login(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    ApiJson(request): ApiJson<LoginRequest>,
) -> ApiResult<Response> {
    let now = state.clock.now();
    state
        .limiter
        .check(rate_limit::LOGIN_PER_CLIENT, &client, now)?;
    // A malformed number cannot belong to anyone: same answer as a wrong password.
    let number = parse_identifier(request.identifier_kind, &request.identifier).unwrap_or_default();
    // The attempt is reserved before the password is checked, so concurrent wrong passwords
    // cannot all get in before the first is counted; a right one gives it back.
    state
        .limiter
        .check(rate_limit::LOGIN_PER_IDENTIFIER, &number, now)?;
    let kind = request.identifier_kind;
    let lookup = number.clone();
    let found = state
        .db
        .call(move |c| {
            let Some(permit) = accounts::find_permit(c, kind, &lookup)? else {
                return Ok(None);
            };
            let account: Option<(i64, String)> = c
                .query_row(
                    "SELECT id, password_hash FROM accounts WHERE permit_id = ?1",
                    [permit.id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            Ok(account)
        })
        .await?;
    let (account_id, stored) = match found {
        Some((id, hash)) => (Some(id), Some(hash)),
        None => (None, None),
    };
    let matches = passwords::verify(request.password, stored).await;
    let Some(account_id) = account_id.filter(|_| matches) else {
        tracing::info!(
            event = "sign-in-failed",
            client = %crate::telemetry::pseudonym(&client),
            known_account = account_id.is_some(),
            "a sign-in failed"
        );
        return Err(ApiError::new(ApiErrorCode::InvalidCredentials));
    };
    state
        .limiter
        .refund(rate_limit::LOGIN_PER_IDENTIFIER, &number);
    // The session this browser presented, if any, ends: one browser, one session.
    session::close(&state, &headers).await?;
    let (token, info) = session::open_with_info(&state, account_id).await?;
    let mut response = Json(info).into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, state.cookies.set_cookie(&token));
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// `200` with the masked holder when signed in; `204` when not (no cookie, or a session that
/// ended), so a page load that merely asks is not an error.
pub async fn whoami(State(state): State<AppState>, headers: HeaderMap) -> ApiResult<Response> {
    let current = match session::current(&state, &headers).await {
        Ok(current) => current,
        Err(error)
            if matches!(
                error.code(),
                ApiErrorCode::Unauthenticated | ApiErrorCode::SessionExpired
            ) =>
        {
            return Ok(StatusCode::NO_CONTENT.into_response());
        }
        Err(error) => return Err(error),
    };
    let info: Option<SessionInfo> = state
        .db
        .call(move |c| accounts::session_info(c, current))
        .await?;
    Ok(info.map_or_else(
        || StatusCode::NO_CONTENT.into_response(),
        |info| Json(info).into_response(),
    ))
}

/// Ends the session and tells the browser to drop cookies and storage for this site.
pub async fn logout(State(state): State<AppState>, headers: HeaderMap) -> ApiResult<Response> {
    session::close(&state, &headers).await?;
    let mut response = StatusCode::NO_CONTENT.into_response();
    let out = response.headers_mut();
    out.insert(header::SET_COOKIE, state.cookies.clear_cookie());
    out.insert(
        "clear-site-data",
        HeaderValue::from_static("\"cache\", \"cookies\", \"storage\""),
    );
    Ok(response)
}
