//! `/api/…` routes. Every error is an RFC 9457 problem body carrying a protocol code.

use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use protocol::health::{ComponentStatus, HealthResponse};
use protocol::paths;
use protocol::problem::ApiErrorCode;

use crate::error::ApiError;
use crate::extract::JSON_BODY_LIMIT;
use crate::{AppState, applications, auth, card, face_check, qr, registration, sms};

/// A path below the `/api` prefix, for routing inside the nested router.
fn under_api(path: &'static str) -> &'static str {
    path.strip_prefix(paths::API_PREFIX).unwrap_or(path)
}

pub fn router(state: &AppState) -> Router<AppState> {
    let demo = state.demo;
    let router = Router::new()
        .route(
            under_api(paths::HEALTH),
            get(health).fallback(method_not_allowed),
        )
        .route(
            under_api(paths::OPENAPI),
            get(openapi).fallback(method_not_allowed),
        )
        .route(
            under_api(paths::REGISTRATIONS),
            post(registration::register).fallback(method_not_allowed),
        )
        .route(
            under_api(paths::SESSION),
            get(auth::whoami)
                .post(auth::login)
                .delete(auth::logout)
                .fallback(method_not_allowed),
        )
        .route(
            under_api(paths::SMS_SEND),
            post(sms::send).fallback(method_not_allowed),
        )
        .route(
            under_api(paths::SMS_VERIFY),
            post(sms::verify).fallback(method_not_allowed),
        )
        .route(
            under_api(paths::CARD),
            get(card::card).fallback(method_not_allowed),
        )
        .route(
            under_api(paths::WORK_PERMIT),
            get(card::work_permit).fallback(method_not_allowed),
        )
        .route(
            under_api(paths::PAYMENTS),
            get(card::payments).fallback(method_not_allowed),
        )
        .route(
            under_api(paths::CARD_QR_TOKEN),
            post(qr::token).fallback(method_not_allowed),
        )
        .route(
            under_api(paths::QR_VERIFY),
            post(qr::verify).fallback(method_not_allowed),
        )
        .route(
            under_api(paths::APPLICATION_STATUS),
            post(applications::status).fallback(method_not_allowed),
        )
        .route(
            under_api(paths::TIMELINE),
            get(applications::timeline).fallback(method_not_allowed),
        )
        .layer(DefaultBodyLimit::max(JSON_BODY_LIMIT))
        .route(
            under_api(paths::FACE_CHECKS),
            post(face_check::check)
                .fallback(method_not_allowed)
                .layer(DefaultBodyLimit::max(face_check::BODY_LIMIT))
                .route_layer(axum::middleware::from_fn_with_state(
                    state.clone(),
                    face_check::upload_gate,
                )),
        );
    let router = if demo {
        router
            .route(under_api(paths::DEV_OUTBOX), get(sms::outbox))
            .route(
                under_api(paths::DEV_CLOCK),
                post(advance_clock).fallback(method_not_allowed),
            )
    } else {
        router
    };
    router
        .fallback(not_found)
        .layer(axum::middleware::from_fn(crate::security::same_origin))
}

pub use crate::error::ApiError as Error;

#[derive(Debug, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct AdvanceClock {
    advance_seconds: u64,
}

/// At most 90 days per call: enough to move a demo past any deadline the timeline shows.
pub const MAX_CLOCK_STEP_SECONDS: u64 = 90 * 86_400;

/// `POST /api/dev/clock` (only with `--demo`, and only from this machine).
async fn advance_clock(
    State(state): State<AppState>,
    client: crate::client::ClientAddr,
    crate::extract::ApiJson(request): crate::extract::ApiJson<AdvanceClock>,
) -> Result<Response, ApiError> {
    if !client.is_local() {
        return Err(ApiError::new(ApiErrorCode::NotFound));
    }
    if request.advance_seconds > MAX_CLOCK_STEP_SECONDS {
        return Err(ApiError::new(ApiErrorCode::BadRequest));
    }
    state.clock.advance(request.advance_seconds);
    Ok(Json(serde_json::json!({ "now": state.clock.now() })).into_response())
}

async fn health(State(state): State<AppState>) -> Response {
    let database = match state.db.ping().await {
        Ok(()) => ComponentStatus::Ok,
        Err(error) => {
            tracing::error!(%error, "health check: database unavailable");
            ComponentStatus::Unavailable
        }
    };
    let body = HealthResponse {
        status: database,
        database,
        version: env!("CARGO_PKG_VERSION").to_owned(),
    };
    let status = if database == ComponentStatus::Ok {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let mut response = (status, Json(body)).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

async fn openapi() -> Response {
    static DOCUMENT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let body = DOCUMENT
        .get_or_init(|| crate::openapi::document().to_string())
        .clone();
    (
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}

pub async fn not_found() -> ApiError {
    ApiError::new(ApiErrorCode::NotFound)
}

pub async fn method_not_allowed() -> ApiError {
    ApiError::new(ApiErrorCode::MethodNotAllowed)
}
