//! RFC 9457 problem details: the body of every API error. Codes, never sentences, cross the
//! wire; the app turns each code into a message in the user's language.

use serde::{Deserialize, Serialize};

use crate::validation::FieldError;

/// Media type of every error body.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// Why a request failed. Serialised as `{"code": "...", "params": {...}}` inside the problem
/// body; codes without parameters have no `params`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    tag = "code",
    content = "params",
    rename_all = "kebab-case",
    rename_all_fields = "camelCase"
)]
pub enum ApiErrorCode {
    /// The body is not the JSON the endpoint expects.
    BadRequest,
    /// One or more fields failed validation; the problem's `errors` lists each.
    ValidationFailed,
    /// Not signed in.
    Unauthenticated,
    /// The session ended (idle for 15 minutes or older than 8 hours); sign in again.
    SessionExpired,
    /// Wrong identifier or password (never says which).
    InvalidCredentials,
    /// A state-changing request without a same-origin `Origin` or the custom header.
    ForbiddenOrigin,
    /// No such API route or resource.
    NotFound,
    /// The route exists but not for this HTTP method.
    MethodNotAllowed,
    /// No application matches this number and date of birth (never saying which is wrong).
    ApplicationNotFound,
    /// This identity already has an e-SSC account.
    AlreadyRegistered,
    /// The name and number do not match a work-permit record (deliberately not saying which).
    IdentityMismatch,
    /// The same `Idempotency-Key` was sent with a different request body.
    IdempotencyKeyReused,
    /// A state-changing request without an `Idempotency-Key`.
    IdempotencyKeyMissing,
    /// A request with this `Idempotency-Key` is still being processed; retry shortly.
    IdempotencyKeyInUse,
    /// The SMS code is wrong; `attempts_remaining` more tries are allowed.
    SmsCodeWrong { attempts_remaining: u8 },
    /// The SMS code is older than its 5 minutes; ask for a new one.
    SmsCodeExpired,
    /// Too many wrong SMS codes; ask for a new one.
    SmsTooManyAttempts,
    /// No SMS code was requested for this session.
    SmsCodeNotRequested,
    /// The registration gave a mobile number that is not verified yet: enter its SMS code
    /// before the face check.
    PhoneNotVerified,
    /// Too many requests; retry after the given seconds (also in `Retry-After`).
    RateLimited { retry_after_seconds: u32 },
    /// The face check is locked after three failures; verify in person at a service hall.
    ManualReviewRequired,
    /// The card is not issued yet (verification not finished).
    CardNotIssued,
    /// The upload is larger than allowed.
    PayloadTooLarge { max_bytes: u64 },
    /// The upload's type is not accepted.
    UnsupportedMediaType,
    /// Something failed on the server; retrying later may help.
    Internal,
    /// A dependency (such as the database) is not answering.
    Unavailable,
}

impl ApiErrorCode {
    /// The HTTP status that goes with the code.
    #[must_use]
    pub const fn status(&self) -> u16 {
        match self {
            Self::BadRequest | Self::IdempotencyKeyMissing => 400,
            Self::Unauthenticated | Self::SessionExpired | Self::InvalidCredentials => 401,
            Self::ForbiddenOrigin => 403,
            Self::NotFound | Self::ApplicationNotFound => 404,
            Self::MethodNotAllowed => 405,
            Self::AlreadyRegistered
            | Self::CardNotIssued
            | Self::SmsCodeNotRequested
            | Self::PhoneNotVerified
            | Self::IdempotencyKeyInUse => 409,
            Self::SmsCodeExpired => 410,
            Self::PayloadTooLarge { .. } => 413,
            Self::UnsupportedMediaType => 415,
            Self::ValidationFailed
            | Self::IdentityMismatch
            | Self::IdempotencyKeyReused
            | Self::SmsCodeWrong { .. } => 422,
            Self::ManualReviewRequired => 423,
            Self::RateLimited { .. } | Self::SmsTooManyAttempts => 429,
            Self::Internal => 500,
            Self::Unavailable => 503,
        }
    }
}

/// An `application/problem+json` body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Problem {
    #[serde(rename = "type")]
    pub kind: String,
    pub status: u16,
    #[serde(flatten)]
    pub code: ApiErrorCode,
    /// For `validation-failed`: every field error.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(
        test,
        proptest(
            strategy = "proptest::collection::vec(crate::validation::arbitrary_field_error(), 0..3)"
        )
    )]
    pub errors: Vec<FieldError>,
}

impl Problem {
    #[must_use]
    pub fn new(code: ApiErrorCode) -> Self {
        Self {
            kind: "about:blank".into(),
            status: code.status(),
            code,
            errors: Vec::new(),
        }
    }

    /// A 422 listing every field error.
    #[must_use]
    pub fn validation(errors: Vec<FieldError>) -> Self {
        Self {
            errors,
            ..Self::new(ApiErrorCode::ValidationFailed)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::ValidationCode;

    #[test]
    fn problem_wire_form_carries_status_and_kebab_code() {
        let json = serde_json::to_string(&Problem::new(ApiErrorCode::MethodNotAllowed)).unwrap();
        assert_eq!(
            json,
            r#"{"type":"about:blank","status":405,"code":"method-not-allowed"}"#
        );
    }

    #[test]
    fn a_422_lists_every_field_error_and_params_travel_with_codes() {
        let problem = Problem::validation(vec![
            FieldError::new("surname", ValidationCode::Required),
            FieldError::new("password", ValidationCode::TooShort { min: 8 }),
        ]);
        assert_eq!(
            serde_json::to_string(&problem).unwrap(),
            r#"{"type":"about:blank","status":422,"code":"validation-failed","errors":[{"field":"surname","code":"required"},{"field":"password","code":"too-short","params":{"min":8}}]}"#
        );
        let limited = Problem::new(ApiErrorCode::RateLimited {
            retry_after_seconds: 60,
        });
        assert_eq!(
            serde_json::to_string(&limited).unwrap(),
            r#"{"type":"about:blank","status":429,"code":"rate-limited","params":{"retryAfterSeconds":60}}"#
        );
    }
}
