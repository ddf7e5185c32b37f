//! `/api/…` routes. Every error is an RFC 9457 problem body carrying a protocol code.

use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use protocol::health::{ComponentStatus, HealthResponse};
use protocol::problem::{ApiErrorCode, PROBLEM_JSON, Problem};

use crate::AppState;

pub fn router() -> Router<AppState> {
    let health_path = protocol::paths::HEALTH
        .strip_prefix(protocol::paths::API_PREFIX)
        .unwrap_or(protocol::paths::HEALTH);
    Router::new()
        .route(health_path, get(health).fallback(method_not_allowed))
        .fallback(not_found)
}

/// A protocol error code as an HTTP response (the orphan rule keeps this in the server).
#[derive(Debug, Clone)]
pub struct ApiError(pub ApiErrorCode);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let problem = Problem::new(self.0);
        let status =
            StatusCode::from_u16(problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = (status, Json(problem)).into_response();
        response
            .headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        response
    }
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

pub async fn not_found() -> ApiError {
    ApiError(ApiErrorCode::NotFound)
}

async fn method_not_allowed() -> ApiError {
    ApiError(ApiErrorCode::MethodNotAllowed)
}
