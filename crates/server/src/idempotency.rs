//! `Idempotency-Key` for submissions, after the IETF httpapi draft: the stored response is
//! replayed for the same key and body; the same key with another body is 422; the same key
//! while the first request runs is 409. Keys expire after [`KEY_LIFETIME_SECONDS`] (24 hours).
//! Server errors (5xx) are not stored, so a retry can succeed. The work runs in a task of its
//! own, so a client that goes away mid-request (connection cut, handler future dropped) does
//! not leave its key "in use": the work finishes and the retry gets its stored answer.

use axum::body::{Body, to_bytes};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use protocol::problem::ApiErrorCode;
use rusqlite::OptionalExtension as _;
use sha2::{Digest, Sha256};

use crate::AppState;
use crate::error::ApiError;

pub const KEY_LIFETIME_SECONDS: u64 = 24 * 60 * 60;
/// Largest response body kept for replay.
const MAX_STORED_BODY: usize = 64 * 1024;

/// What the first request produced, to store.
#[derive(Debug)]
pub struct Outcome {
    pub response: Response,
    /// Set when the response opened a session: a replay opens a new one for this account.
    pub session_account: Option<i64>,
}

/// request hash, response status, response body, session account.
type StoredRow = (String, Option<i64>, Option<String>, Option<i64>);

enum Begin {
    Fresh,
    Replay {
        status: u16,
        body: String,
        session_account: Option<i64>,
    },
}

/// Runs `handler` at most once per `(scope, key)` and replays its response afterwards.
/// `scope` names the operation and the client, so one client's key is nothing to another.
pub async fn run<F>(
    state: &AppState,
    scope: String,
    key: String,
    request_body: &[u8],
    handler: F,
) -> Response
where
    F: std::future::Future<Output = Result<Outcome, ApiError>> + Send + 'static,
{
    let request_hash: String = Sha256::digest(request_body)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let now = i64::try_from(state.clock.now()).unwrap_or(i64::MAX);
    let begin = {
        let (scope, key) = (scope.clone(), key.clone());
        state
            .db
            .call(move |c| {
                let expired_before = now - i64::try_from(KEY_LIFETIME_SECONDS).unwrap_or(i64::MAX);
                c.execute("DELETE FROM idempotency WHERE created_at < ?1", [expired_before])?;
                let inserted = c.execute(
                    "INSERT OR IGNORE INTO idempotency (scope, key, request_hash, created_at) VALUES (?1, ?2, ?3, ?4)",
                    rusqlite::params![scope, key, request_hash, now],
                )?;
                if inserted == 1 {
                    return Ok(Ok(Begin::Fresh));
                }
                let row: Option<StoredRow> = c
                    .query_row(
                        "SELECT request_hash, response_status, response_body, session_account FROM idempotency WHERE scope = ?1 AND key = ?2",
                        rusqlite::params![scope, key],
                        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                    )
                    .optional()?;
                Ok(match row {
                    Some((hash, _, _, _)) if hash != request_hash => Err(ApiErrorCode::IdempotencyKeyReused),
                    Some((_, Some(status), body, session_account)) => Ok(Begin::Replay {
                        status: u16::try_from(status).unwrap_or(500),
                        body: body.unwrap_or_default(),
                        session_account,
                    }),
                    _ => Err(ApiErrorCode::IdempotencyKeyInUse),
                })
            })
            .await
    };
    match begin {
        Err(error) => ApiError::from(error).into_response(),
        Ok(Err(code)) => ApiError::new(code).into_response(),
        Ok(Ok(Begin::Replay {
            status,
            body,
            session_account,
        })) => replay(state, status, body, session_account).await,
        Ok(Ok(Begin::Fresh)) => {
            let task_state = state.clone();
            let (task_scope, task_key) = (scope.clone(), key.clone());
            let task = tokio::spawn(async move {
                let (response, session_account) = match handler.await {
                    Ok(outcome) => (outcome.response, outcome.session_account),
                    Err(error) => (error.into_response(), None),
                };
                store(&task_state, task_scope, task_key, response, session_account).await
            });
            match task.await {
                Ok(response) => response,
                // The work panicked: free the key so that a retry can run it again.
                Err(_) => {
                    let _ = state
                        .db
                        .call(move |c| {
                            Ok(c.execute(
                                "DELETE FROM idempotency WHERE scope = ?1 AND key = ?2",
                                rusqlite::params![scope, key],
                            )?)
                        })
                        .await;
                    ApiError::new(ApiErrorCode::Internal).into_response()
                }
            }
        }
    }
}

async fn replay(
    state: &AppState,
    status: u16,
    body: String,
    session_account: Option<i64>,
) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let content_type = if status.is_success() {
        "application/json"
    } else {
        protocol::problem::PROBLEM_JSON
    };
    let mut response = (status, [(header::CONTENT_TYPE, content_type)], body).into_response();
    if let Some(account_id) = session_account {
        match crate::session::open(state, account_id).await {
            Ok(token) => {
                response
                    .headers_mut()
                    .insert(header::SET_COOKIE, state.cookies.set_cookie(&token));
            }
            Err(error) => return error.into_response(),
        }
    }
    response
        .headers_mut()
        .insert("idempotent-replayed", HeaderValue::from_static("true"));
    response
}

async fn store(
    state: &AppState,
    scope: String,
    key: String,
    response: Response,
    session_account: Option<i64>,
) -> Response {
    let (parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_STORED_BODY).await else {
        return ApiError::new(ApiErrorCode::Internal).into_response();
    };
    let status = parts.status.as_u16();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let keep = status < 500;
    let result = state
        .db
        .call(move |c| {
            if keep {
                c.execute(
                    "UPDATE idempotency SET response_status = ?3, response_body = ?4, session_account = ?5 WHERE scope = ?1 AND key = ?2",
                    rusqlite::params![scope, key, i64::from(status), text, session_account],
                )?;
            } else {
                c.execute("DELETE FROM idempotency WHERE scope = ?1 AND key = ?2", rusqlite::params![scope, key])?;
            }
            Ok(())
        })
        .await;
    if let Err(error) = result {
        return ApiError::from(error).into_response();
    }
    Response::from_parts(parts, Body::from(bytes))
}
