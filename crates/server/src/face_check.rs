//! `POST /api/v1/face-checks`: several camera frames (multipart, field `frame`) checked for
//! what the server can honestly judge. Frames are never stored; only the outcome and the
//! metrics are. After three failed checks the outcome is `manual-review`.

use axum::Json;
use axum::body::{Body, Bytes};
use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{HeaderMap, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use protocol::api::{FACE_FRAME_FIELD, FaceCheckResponse, FaceOutcome};
use protocol::problem::ApiErrorCode;
use sha2::{Digest, Sha256};

use crate::AppState;
use crate::error::{ApiError, ApiResult};
use crate::extract::IdempotentBody;
use crate::face::{FaceRules, analyse};
use crate::idempotency::{self, Outcome};
use crate::session::CurrentAccount;

/// Failed checks allowed before in-person verification.
pub const MAX_FAILED_CHECKS: u8 = 3;
/// Eight frames of at most 2 MiB, plus multipart overhead.
pub const BODY_LIMIT: usize = 8 * 2 * 1024 * 1024 + 64 * 1024;

/// Face-check uploads being received at once, over all accounts, and per account. Both are
/// taken before the body is read, so a client cannot make the server buffer many 16 MB
/// bodies at a time.
pub const MAX_UPLOADS: usize = 4;
pub const MAX_UPLOADS_PER_ACCOUNT: usize = 1;
/// What a refused upload is told to wait.
const UPLOAD_RETRY_SECONDS: u32 = 5;

/// The upload slots, overall and per account.
#[derive(Debug)]
pub struct UploadGate {
    all: Arc<tokio::sync::Semaphore>,
    accounts: std::sync::Mutex<HashMap<i64, Arc<tokio::sync::Semaphore>>>,
}

impl Default for UploadGate {
    fn default() -> Self {
        Self {
            all: Arc::new(tokio::sync::Semaphore::new(MAX_UPLOADS)),
            accounts: std::sync::Mutex::default(),
        }
    }
}

impl UploadGate {
    /// A slot for the account and one overall, or `None` when either is taken; held until
    /// the returned permits are dropped.
    fn enter(
        &self,
        account_id: i64,
    ) -> Option<(
        tokio::sync::OwnedSemaphorePermit,
        tokio::sync::OwnedSemaphorePermit,
    )> {
        let mine = {
            let mut accounts = self
                .accounts
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            // Entries no upload holds any more (taken under the same lock as the slot).
            accounts.retain(|_, permits| permits.available_permits() < MAX_UPLOADS_PER_ACCOUNT);
            accounts
                .entry(account_id)
                .or_insert_with(|| Arc::new(tokio::sync::Semaphore::new(MAX_UPLOADS_PER_ACCOUNT)))
                .clone()
                .try_acquire_owned()
                .ok()?
        };
        let all = self.all.clone().try_acquire_owned().ok()?;
        Some((mine, all))
    }
}

/// Route middleware: a signed-in account, and a free upload slot for it and overall, before
/// the body is read; `rate-limited` otherwise.
pub async fn upload_gate(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let current = match crate::session::current(&state, request.headers()).await {
        Ok(current) => current,
        Err(error) => return error.into_response(),
    };
    let busy = || {
        ApiError::new(ApiErrorCode::RateLimited {
            retry_after_seconds: UPLOAD_RETRY_SECONDS,
        })
        .into_response()
    };
    let Some(_slots) = state.uploads.enter(current.account_id) else {
        return busy();
    };
    request.extensions_mut().insert(current);
    next.run(request).await
}

/// At most two analyses at once: each is CPU-bound and may hold tens of MiB while decoding.
fn permits() -> &'static tokio::sync::Semaphore {
    static PERMITS: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
    PERMITS.get_or_init(|| tokio::sync::Semaphore::new(2))
}

pub async fn check(
    State(state): State<AppState>,
    current: CurrentAccount,
    submission: IdempotentBody<BODY_LIMIT>,
) -> Response {
    let frames = match frames(&submission.headers, submission.body).await {
        Ok(frames) => frames,
        Err(error) => return error.into_response(),
    };
    // A multipart body has a new random boundary each time the browser sends the same form,
    // so a retry is recognised by its frames, not by its bytes.
    let fingerprint: Vec<u8> = frames.iter().flat_map(Sha256::digest).collect();
    let scope = format!("face-check:{}", current.account_id);
    let work = check_once(state.clone(), current, frames);
    idempotency::run(&state, scope, submission.key, &fingerprint, work).await
}

/// The analysis, at most two at a time, off the async threads.
async fn analyse_frames(frames: Vec<Bytes>) -> Result<crate::face::FaceAnalysis, ()> {
    let _permit = permits().acquire().await.map_err(|_| ())?;
    tokio::task::spawn_blocking(move || {
        let slices: Vec<&[u8]> = frames.iter().map(|f| f.as_ref()).collect();
        analyse(&slices, &FaceRules::default())
    })
    .await
    .map_err(|_| ())
}

/// The `frame` parts of the multipart body, which has already been read within
/// [`BODY_LIMIT`]; the parser gets the same limit (axum's `Multipart` would apply its 2 MB
/// default to a request rebuilt here).
async fn frames(headers: &HeaderMap, body: Bytes) -> ApiResult<Vec<Bytes>> {
    let boundary = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .filter(|v| v.to_ascii_lowercase().starts_with("multipart/form-data"))
        .ok_or_else(|| ApiError::new(ApiErrorCode::UnsupportedMediaType))
        .and_then(|v| {
            multer::parse_boundary(v).map_err(|_| ApiError::new(ApiErrorCode::BadRequest))
        })?;
    let limits = multer::Constraints::new()
        .size_limit(multer::SizeLimit::new().whole_stream(BODY_LIMIT as u64));
    let mut multipart =
        multer::Multipart::with_constraints(Body::from(body).into_data_stream(), boundary, limits);
    let mut frames = Vec::new();
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| ApiError::new(ApiErrorCode::BadRequest))?
    {
        if field.name() == Some(FACE_FRAME_FIELD) {
            frames.push(
                field
                    .bytes()
                    .await
                    .map_err(|_| ApiError::new(ApiErrorCode::BadRequest))?,
            );
        }
    }
    Ok(frames)
}

async fn check_once(
    state: AppState,
    current: CurrentAccount,
    frames: Vec<Bytes>,
) -> ApiResult<Outcome> {
    let account_id = current.account_id;
    let now = i64::try_from(state.clock.now()).unwrap_or(i64::MAX);
    // Reserve the attempt before the analysis: counting and recording it is one step on the
    // database's one connection, so concurrent checks cannot all start from the same count.
    let reserved = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            // A registration that gave a phone number cannot skip its SMS code.
            let unverified_phone: bool = tx.query_row(
                "SELECT phone IS NOT NULL AND NOT phone_verified FROM accounts WHERE id = ?1",
                [account_id],
                |r| r.get(0),
            )?;
            if unverified_phone {
                return Ok(Err(ApiErrorCode::PhoneNotVerified));
            }
            let failed: i64 = tx.query_row(
                "SELECT count(*) FROM face_checks WHERE account_id = ?1 AND outcome != 'passed'",
                [account_id],
                |r| r.get(0),
            )?;
            let failed = u8::try_from(failed).unwrap_or(u8::MAX);
            if failed >= MAX_FAILED_CHECKS {
                return Ok(Err(ApiErrorCode::ManualReviewRequired));
            }
            tx.execute(
                "INSERT INTO face_checks (account_id, outcome, failures, checked_at) VALUES (?1, 'pending', '[]', ?2)",
                rusqlite::params![account_id, now],
            )?;
            let id = tx.last_insert_rowid();
            tx.commit()?;
            Ok(Ok((id, failed)))
        })
        .await?;
    let (attempt_id, failed_before) = reserved.map_err(|code| {
        if code == ApiErrorCode::ManualReviewRequired {
            tracing::info!(
                event = "face-check-locked",
                account = %crate::telemetry::pseudonym(&account_id.to_string()),
                "a face check after three failures"
            );
        }
        ApiError::new(code)
    })?;
    let analysis = analyse_frames(frames).await;
    let Ok(analysis) = analysis else {
        // Nothing was judged: the attempt is not counted.
        let _ = state
            .db
            .call(move |c| Ok(c.execute("DELETE FROM face_checks WHERE id = ?1", [attempt_id])?))
            .await;
        return Err(ApiError::new(ApiErrorCode::Internal));
    };
    let passed = analysis.passed();
    let failed_now = if passed {
        failed_before
    } else {
        failed_before.saturating_add(1)
    };
    let outcome = if passed {
        FaceOutcome::Passed
    } else if failed_now >= MAX_FAILED_CHECKS {
        FaceOutcome::ManualReview
    } else {
        FaceOutcome::Failed
    };
    let outcome_text = outcome.as_str();
    let failures = serde_json::to_string(&analysis.failures).unwrap_or_else(|_| "[]".to_owned());
    let metrics = analysis.metrics;
    let today = state.clock.today().to_string();
    state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            tx.execute(
                "UPDATE face_checks SET outcome = ?2, failures = ?3, brightness = ?4, sharpness = ?5, motion = ?6 WHERE id = ?1",
                rusqlite::params![
                    attempt_id,
                    outcome_text,
                    failures,
                    metrics.map(|m| i64::from(m.brightness)),
                    metrics.map(|m| i64::from(m.sharpness)),
                    metrics.map(|m| i64::from(m.motion)),
                ],
            )?;
            if passed {
                tx.execute("UPDATE cards SET status = 'active', issued_on = ?2 WHERE account_id = ?1", rusqlite::params![account_id, today])?;
            }
            tx.commit()?;
            Ok(())
        })
        .await?;
    let body = FaceCheckResponse {
        outcome,
        failures: analysis.failures,
        attempts_remaining: MAX_FAILED_CHECKS.saturating_sub(failed_now),
        metrics: analysis.metrics,
    };
    Ok(Outcome {
        response: Json(body).into_response(),
        session_account: None,
    })
}
