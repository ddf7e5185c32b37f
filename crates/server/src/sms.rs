//! SMS codes: sent to a Chinese mobile number through the outbox, valid 5 minutes, a new one
//! after 60 seconds at the earliest, at most 5 wrong tries.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use protocol::api::{
    NextStep, SmsSendRequest, SmsSendResponse, SmsVerifyRequest, SmsVerifyResponse,
};
use protocol::ids::normalize_china_mobile;
use protocol::problem::ApiErrorCode;
use protocol::validation::FieldError;
use rusqlite::OptionalExtension as _;
use serde::Serialize;

use crate::client::ClientAddr;
use crate::error::{ApiError, ApiResult};
use crate::extract::ApiJson;
use crate::session::CurrentAccount;
use crate::{AppState, masking, rate_limit};

pub const CODE_LIFETIME_SECONDS: u64 = 5 * 60;
pub const RESEND_AFTER_SECONDS: u64 = 60;
pub const MAX_ATTEMPTS: u8 = 5;

/// How long the demo outbox keeps a message (`housekeeping` deletes older ones).
pub const OUTBOX_KEEP_SECONDS: i64 = 60 * 60;

/// The stored form of a code: keyed with the server's secret and bound to the account.
fn code_hash(state: &AppState, account_id: i64, code: &str) -> String {
    state
        .qr_key
        .keyed_hash("sms-code", format!("{account_id}:{code}").as_bytes())
}

fn new_code() -> ApiResult<String> {
    let mut bytes = [0u8; 4];
    getrandom::fill(&mut bytes).map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
    Ok(format!("{:06}", u32::from_le_bytes(bytes) % 1_000_000))
}

pub async fn send(
    State(state): State<AppState>,
    current: CurrentAccount,
    ClientAddr(client): ClientAddr,
    ApiJson(request): ApiJson<SmsSendRequest>,
) -> ApiResult<Response> {
    let phone = normalize_china_mobile(&request.phone)
        .map_err(|codes| ApiError::validation(FieldError::all("phone", codes)))?;
    let now = state.clock.now();
    let account_id = current.account_id;
    let last_sent: Option<i64> = state
        .db
        .call(move |c| {
            Ok(c.query_row(
                "SELECT sent_at FROM sms_codes WHERE account_id = ?1",
                [account_id],
                |r| r.get(0),
            )
            .optional()?)
        })
        .await?;
    if let Some(sent_at) = last_sent.and_then(|s| u64::try_from(s).ok()) {
        let ready_at = sent_at.saturating_add(RESEND_AFTER_SECONDS);
        if now < ready_at {
            let wait = u32::try_from(ready_at - now).unwrap_or(u32::MAX);
            return Err(ApiError::new(ApiErrorCode::RateLimited {
                retry_after_seconds: wait,
            }));
        }
    }
    state
        .limiter
        .check(rate_limit::SMS_PER_ACCOUNT, &account_id.to_string(), now)?;
    state
        .limiter
        .check(rate_limit::SMS_PER_CLIENT, &client, now)?;
    let code = new_code()?;
    let (hash, now_i, phone_db) = (
        code_hash(&state, account_id, &code),
        i64::try_from(now).unwrap_or(i64::MAX),
        phone.clone(),
    );
    // There is no SMS gateway: with --demo the message goes to the outbox for the demo and the
    // tests to read; without it, nowhere (a real deployment sends it through the authority).
    let demo = state.demo;
    if !demo {
        tracing::warn!(
            "no SMS gateway: the code is not sent anywhere (start with --demo to use the outbox)"
        );
    }
    state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            tx.execute(
                "INSERT INTO sms_codes (account_id, phone, code_hash, sent_at, attempts) VALUES (?1, ?2, ?3, ?4, 0) \
                 ON CONFLICT (account_id) DO UPDATE SET phone = ?2, code_hash = ?3, sent_at = ?4, attempts = 0",
                rusqlite::params![account_id, phone_db, hash, now_i],
            )?;
            if demo {
                tx.execute("INSERT INTO outbox (phone, code, sent_at) VALUES (?1, ?2, ?3)", rusqlite::params![phone_db, code, now_i])?;
            }
            tx.execute("UPDATE accounts SET phone = ?2, phone_verified = 0 WHERE id = ?1", rusqlite::params![account_id, phone_db])?;
            tx.commit()?;
            Ok(())
        })
        .await?;
    let body = SmsSendResponse {
        phone_masked: masking::mask_phone(&phone),
        expires_in_seconds: u32::try_from(CODE_LIFETIME_SECONDS).unwrap_or(u32::MAX),
        resend_after_seconds: u32::try_from(RESEND_AFTER_SECONDS).unwrap_or(u32::MAX),
    };
    Ok(Json(body).into_response())
}

enum Check {
    NotRequested,
    Expired,
    TooMany,
    Wrong(u8),
    Ok,
}

pub async fn verify(
    State(state): State<AppState>,
    current: CurrentAccount,
    ApiJson(request): ApiJson<SmsVerifyRequest>,
) -> ApiResult<Json<SmsVerifyResponse>> {
    let now = state.clock.now();
    let account_id = current.account_id;
    let given = code_hash(&state, account_id, request.code.trim());
    let check = state
        .db
        .call(move |c| {
            let row: Option<(String, i64, i64)> = c
                .query_row(
                    "SELECT code_hash, sent_at, attempts FROM sms_codes WHERE account_id = ?1",
                    [account_id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            let Some((hash, sent_at, attempts)) = row else {
                return Ok(Check::NotRequested);
            };
            let attempts = u8::try_from(attempts).unwrap_or(u8::MAX);
            if attempts >= MAX_ATTEMPTS {
                return Ok(Check::TooMany);
            }
            if now
                > u64::try_from(sent_at)
                    .unwrap_or(0)
                    .saturating_add(CODE_LIFETIME_SECONDS)
            {
                return Ok(Check::Expired);
            }
            if hash != given {
                c.execute(
                    "UPDATE sms_codes SET attempts = attempts + 1 WHERE account_id = ?1",
                    [account_id],
                )?;
                let left = MAX_ATTEMPTS.saturating_sub(attempts + 1);
                return Ok(if left == 0 {
                    Check::TooMany
                } else {
                    Check::Wrong(left)
                });
            }
            let tx = c.transaction()?;
            tx.execute("DELETE FROM sms_codes WHERE account_id = ?1", [account_id])?;
            tx.execute(
                "UPDATE accounts SET phone_verified = 1 WHERE id = ?1",
                [account_id],
            )?;
            tx.commit()?;
            Ok(Check::Ok)
        })
        .await?;
    match check {
        Check::Ok => Ok(Json(SmsVerifyResponse {
            next: NextStep::FaceCheck,
        })),
        Check::NotRequested => Err(ApiError::new(ApiErrorCode::SmsCodeNotRequested)),
        Check::Expired => Err(ApiError::new(ApiErrorCode::SmsCodeExpired)),
        Check::TooMany => Err(ApiError::new(ApiErrorCode::SmsTooManyAttempts)),
        Check::Wrong(left) => Err(ApiError::new(ApiErrorCode::SmsCodeWrong {
            attempts_remaining: left,
        })),
    }
}

/// One sent message, as the development outbox shows it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OutboxEntry {
    pub phone: String,
    pub code: String,
    pub sent_at: u64,
}

/// `GET /api/dev/outbox` (only with `--demo`, and only from this machine): the newest
/// messages first.
pub async fn outbox(State(state): State<AppState>, client: ClientAddr) -> ApiResult<Response> {
    if !client.is_local() {
        return Err(ApiError::new(ApiErrorCode::NotFound));
    }
    let entries = state
        .db
        .call(|c| {
            let mut statement =
                c.prepare("SELECT phone, code, sent_at FROM outbox ORDER BY id DESC LIMIT 50")?;
            let rows = statement.query_map([], |r| {
                Ok(OutboxEntry {
                    phone: r.get(0)?,
                    code: r.get(1)?,
                    sent_at: u64::try_from(r.get::<_, i64>(2)?).unwrap_or(0),
                })
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
        .await?;
    let mut response = Json(entries).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}
