//! Protocol error codes as HTTP responses (the orphan rule keeps this in the server). Every
//! error body is RFC 9457 problem details carrying the code; 429s also carry `Retry-After`.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use protocol::problem::{ApiErrorCode, PROBLEM_JSON, Problem};
use protocol::validation::FieldError;

use crate::db::DbError;

#[derive(Debug, Clone)]
pub struct ApiError(pub Problem);

impl ApiError {
    #[must_use]
    pub fn new(code: ApiErrorCode) -> Self {
        Self(Problem::new(code))
    }

    #[must_use]
    pub fn validation(errors: Vec<FieldError>) -> Self {
        Self(Problem::validation(errors))
    }

    #[must_use]
    pub fn code(&self) -> &ApiErrorCode {
        &self.0.code
    }
}

impl From<ApiErrorCode> for ApiError {
    fn from(code: ApiErrorCode) -> Self {
        Self::new(code)
    }
}

impl From<DbError> for ApiError {
    fn from(error: DbError) -> Self {
        tracing::error!(%error, "database error");
        Self::new(ApiErrorCode::Internal)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status =
            StatusCode::from_u16(self.0.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let retry_after = match &self.0.code {
            ApiErrorCode::RateLimited {
                retry_after_seconds,
            } => Some(*retry_after_seconds),
            _ => None,
        };
        let mut response = (status, Json(self.0)).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        if let Some(seconds) = retry_after {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

pub type ApiResult<T> = Result<T, ApiError>;
