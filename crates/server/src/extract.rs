//! Request extractors whose failures are problem bodies: malformed JSON is 400, a wrong
//! content type 415, an oversized body 413, a submission without its idempotency key 400.

use axum::body::Bytes;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::http::HeaderMap;
use protocol::problem::ApiErrorCode;
use serde::de::DeserializeOwned;

use crate::error::ApiError;

/// Largest JSON body any endpoint accepts.
pub const JSON_BODY_LIMIT: usize = 16 * 1024;

/// `axum::Json` with protocol errors.
#[derive(Debug)]
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(request, state).await {
            Ok(axum::Json(value)) => Ok(Self(value)),
            Err(rejection) => Err(json_rejection(&rejection)),
        }
    }
}

pub fn json_rejection(rejection: &JsonRejection) -> ApiError {
    match rejection {
        JsonRejection::MissingJsonContentType(_) => {
            ApiError::new(ApiErrorCode::UnsupportedMediaType)
        }
        JsonRejection::BytesRejection(_)
            if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE =>
        {
            ApiError::new(ApiErrorCode::PayloadTooLarge {
                max_bytes: JSON_BODY_LIMIT as u64,
            })
        }
        _ => ApiError::new(ApiErrorCode::BadRequest),
    }
}

/// Parses a JSON body after checking its content type (415 otherwise; 400 if malformed).
///
/// # Errors
/// `unsupported-media-type` or `bad-request`.
pub fn parse_json<T: DeserializeOwned>(headers: &HeaderMap, body: &[u8]) -> Result<T, ApiError> {
    let is_json = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|mime| mime.trim().eq_ignore_ascii_case("application/json"));
    if !is_json {
        return Err(ApiError::new(ApiErrorCode::UnsupportedMediaType));
    }
    serde_json::from_slice(body).map_err(|_| ApiError::new(ApiErrorCode::BadRequest))
}

/// A submission that must run at most once (`crate::idempotency`): its body, read under the
/// route's limit `LIMIT` (the route's `DefaultBodyLimit` must be the same), its headers and its
/// `Idempotency-Key`. Every idempotent route takes its request through this.
///
/// Rejections, in this order: `payload-too-large` (413), `bad-request`,
/// `idempotency-key-missing` (absent, empty, longer than 255 or not visible ASCII).
#[derive(Debug)]
pub struct IdempotentBody<const LIMIT: usize> {
    pub key: String,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl<const LIMIT: usize> IdempotentBody<LIMIT> {
    /// The body as JSON of type `T` (415 without a JSON content type, 400 if malformed).
    ///
    /// # Errors
    /// `unsupported-media-type` or `bad-request`.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, ApiError> {
        parse_json(&self.headers, &self.body)
    }
}

impl<S: Send + Sync, const LIMIT: usize> FromRequest<S> for IdempotentBody<LIMIT> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let headers = request.headers().clone();
        let body = Bytes::from_request(request, state)
            .await
            .map_err(|rejection| {
                if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                    ApiError::new(ApiErrorCode::PayloadTooLarge {
                        max_bytes: LIMIT as u64,
                    })
                } else {
                    ApiError::new(ApiErrorCode::BadRequest)
                }
            })?;
        let key = headers
            .get(protocol::paths::IDEMPOTENCY_KEY_HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
            .filter(|k| !k.is_empty() && k.len() <= 255 && k.bytes().all(|b| b.is_ascii_graphic()))
            .map(str::to_owned)
            .ok_or_else(|| ApiError::new(ApiErrorCode::IdempotencyKeyMissing))?;
        Ok(Self { key, headers, body })
    }
}
