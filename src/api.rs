//! The typed client for the backend, one async function per endpoint, with the protocol's
//! request and response types. Every request has a timeout; failures are [`ApiFailure`]
//! values that pages turn into translated messages.

use protocol::api::{
    CardResponse, FACE_FRAME_FIELD, FaceCheckResponse, LoginRequest, PaymentsQuery,
    PaymentsResponse, QrPurpose, QrTokenRequest, QrTokenResponse, QrVerifyRequest,
    QrVerifyResponse, RegistrationRequest, RegistrationResponse, SessionInfo, SmsSendRequest,
    SmsSendResponse, SmsVerifyRequest, SmsVerifyResponse, WorkPermitDetails,
};
use protocol::applications::{StatusCheckRequest, StatusCheckResponse, TimelineResponse};
use protocol::paths;
use protocol::problem::{ApiErrorCode, Problem};
use protocol::validation::FieldError;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::browser::{self, FetchError};

/// Why a call failed, as far as a page needs to know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiFailure {
    /// Offline, refused or timed out: offer a retry.
    Network,
    /// The backend answered with a problem body carrying a protocol code.
    Problem(ProblemReply),
    /// The backend answered with an error status and no readable problem.
    Status(u16),
}

impl ApiFailure {
    /// The protocol code, when the backend sent one.
    #[must_use]
    pub fn code(&self) -> Option<&ApiErrorCode> {
        match self {
            Self::Problem(problem) => Some(&problem.code),
            _ => None,
        }
    }

    /// Whether the user must sign in (again) to continue.
    #[must_use]
    pub fn needs_sign_in(&self) -> bool {
        matches!(
            self.code(),
            Some(ApiErrorCode::Unauthenticated | ApiErrorCode::SessionExpired)
        )
    }
}

/// A problem the backend answered with. Its code is read at once; the field errors of a 422,
/// which only the forms need, are read from the body when asked for, so their decoder is in
/// the forms' chunks and not in the first download (the session check in the header is the
/// only API call the first page makes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProblemReply {
    pub code: ApiErrorCode,
    body: String,
}

/// The part of a problem body every caller reads.
#[derive(Deserialize)]
struct ProblemHead {
    #[serde(flatten)]
    code: ApiErrorCode,
}

impl ProblemReply {
    /// A problem with this code and no field errors.
    #[must_use]
    pub fn new(code: ApiErrorCode) -> Self {
        Self {
            code,
            body: String::new(),
        }
    }

    /// Reads a problem body; `None` when it is not one.
    fn parse(body: &str) -> Option<Self> {
        let head: ProblemHead = serde_json::from_str(body).ok()?;
        Some(Self {
            code: head.code,
            body: body.to_owned(),
        })
    }

    /// Every field error of a `validation-failed` problem (none for other problems).
    #[must_use]
    pub fn field_errors(&self) -> Vec<FieldError> {
        serde_json::from_str::<Problem>(&self.body)
            .map(|problem| problem.errors)
            .unwrap_or_default()
    }
}

impl From<FetchError> for ApiFailure {
    fn from(error: FetchError) -> Self {
        match error {
            FetchError::Network => Self::Network,
            FetchError::Status(status) => Self::Status(status),
        }
    }
}

const JSON_HEADERS: &[(&str, &str)] = &[
    ("content-type", "application/json"),
    (paths::CLIENT_HEADER, "app"),
];

/// Interprets a response: success bodies as `T`, errors as problem details.
fn decode<T: DeserializeOwned>(status: u16, text: &str) -> Result<T, ApiFailure> {
    if (200..300).contains(&status) {
        let body = if text.is_empty() { "null" } else { text };
        return serde_json::from_str(body).map_err(|_| ApiFailure::Status(status));
    }
    match ProblemReply::parse(text) {
        Some(problem) => Err(ApiFailure::Problem(problem)),
        None => Err(ApiFailure::Status(status)),
    }
}

async fn get<T: DeserializeOwned>(path: &str) -> Result<T, ApiFailure> {
    let (status, text) = browser::fetch("GET", path, None, &[]).await?;
    decode(status, &text)
}

async fn send<B: Serialize, T: DeserializeOwned>(
    method: &str,
    path: &str,
    body: Option<&B>,
) -> Result<T, ApiFailure> {
    let json = body
        .map(|b| serde_json::to_string(b))
        .transpose()
        .map_err(|_| ApiFailure::Status(0))?;
    let (status, text) = browser::fetch(method, path, json.as_deref(), JSON_HEADERS).await?;
    decode(status, &text)
}

/// `GET /api/health`.
///
/// # Errors
/// [`ApiFailure`] when the backend is unreachable or unhealthy.
pub async fn health() -> Result<(), ApiFailure> {
    browser::fetch_text(paths::HEALTH)
        .await
        .map(|_| ())
        .map_err(ApiFailure::from)
}

/// `POST /api/v1/session`: sign in.
///
/// # Errors
/// `invalid-credentials`, `rate-limited`, network failures.
pub async fn login(request: &LoginRequest) -> Result<SessionInfo, ApiFailure> {
    send("POST", paths::SESSION, Some(request)).await
}

/// `GET /api/v1/session`: who is signed in; `None` (a 204) when nobody is.
///
/// # Errors
/// Network failures.
pub async fn whoami() -> Result<Option<SessionInfo>, ApiFailure> {
    get(paths::SESSION).await
}

/// `DELETE /api/v1/session`: sign out.
///
/// # Errors
/// Network failures.
pub async fn logout() -> Result<(), ApiFailure> {
    send::<(), ()>("DELETE", paths::SESSION, None).await
}

/// `POST /api/v1/registrations` with the intent's `Idempotency-Key`: a retry with the same key
/// can never create a second account.
///
/// # Errors
/// `validation-failed`, `identity-mismatch`, `already-registered`, `rate-limited`, network.
pub async fn register(
    request: &RegistrationRequest,
    idempotency_key: &str,
) -> Result<RegistrationResponse, ApiFailure> {
    let body = serde_json::to_string(request).map_err(|_| ApiFailure::Status(0))?;
    let mut headers = JSON_HEADERS.to_vec();
    headers.push((paths::IDEMPOTENCY_KEY_HEADER, idempotency_key));
    let (status, text) =
        browser::fetch("POST", paths::REGISTRATIONS, Some(&body), &headers).await?;
    decode(status, &text)
}

/// `POST /api/v1/sms/send`.
///
/// # Errors
/// `validation-failed` for the phone, `rate-limited` during the cooldown, network.
pub async fn sms_send(phone: &str) -> Result<SmsSendResponse, ApiFailure> {
    send(
        "POST",
        paths::SMS_SEND,
        Some(&SmsSendRequest {
            phone: phone.to_owned(),
        }),
    )
    .await
}

/// `POST /api/v1/sms/verify`.
///
/// # Errors
/// `sms-code-wrong`, `sms-code-expired`, `sms-too-many-attempts`, `sms-code-not-requested`.
pub async fn sms_verify(code: &str) -> Result<SmsVerifyResponse, ApiFailure> {
    send(
        "POST",
        paths::SMS_VERIFY,
        Some(&SmsVerifyRequest {
            code: code.to_owned(),
        }),
    )
    .await
}

/// `GET /api/v1/card`.
///
/// # Errors
/// `unauthenticated`, `session-expired`, `card-not-issued`.
pub async fn card() -> Result<CardResponse, ApiFailure> {
    get(paths::CARD).await
}

/// `POST /api/v1/card/qr-token`: a fresh token, valid for 60 seconds.
///
/// # Errors
/// `card-sealed`, `unauthenticated`, `session-expired`, network.
pub async fn qr_token(purpose: QrPurpose) -> Result<QrTokenResponse, ApiFailure> {
    send(
        "POST",
        paths::CARD_QR_TOKEN,
        Some(&QrTokenRequest { purpose }),
    )
    .await
}

/// `POST /api/v1/qr/verify` (public).
///
/// # Errors
/// `rate-limited` with the seconds to wait, `validation-failed`, network.
pub async fn qr_verify(token: &str) -> Result<QrVerifyResponse, ApiFailure> {
    send(
        "POST",
        paths::QR_VERIFY,
        Some(&QrVerifyRequest {
            token: token.to_owned(),
        }),
    )
    .await
}

/// `POST /api/v1/application-status` (public): the stage and its day.
///
/// # Errors
/// `application-not-found` for a wrong pair, `validation-failed`, `rate-limited`, network.
pub async fn application_status(
    request: &StatusCheckRequest,
) -> Result<StatusCheckResponse, ApiFailure> {
    send("POST", paths::APPLICATION_STATUS, Some(request)).await
}

/// `GET /api/v1/timeline`.
///
/// # Errors
/// `unauthenticated`, `session-expired`, network.
pub async fn timeline() -> Result<TimelineResponse, ApiFailure> {
    get(paths::TIMELINE).await
}

/// `GET /api/v1/work-permit`.
///
/// # Errors
/// `unauthenticated`, `session-expired`, network.
pub async fn work_permit() -> Result<WorkPermitDetails, ApiFailure> {
    get(paths::WORK_PERMIT).await
}

/// `GET /api/v1/payments?from=…&to=…[&insurance=…]`.
///
/// # Errors
/// `validation-failed` for a bad range, `unauthenticated`, `session-expired`, network.
pub async fn payments(query: &PaymentsQuery) -> Result<PaymentsResponse, ApiFailure> {
    get(&payments_url(query)).await
}

fn payments_url(query: &PaymentsQuery) -> String {
    let mut url = format!("{}?from={}&to={}", paths::PAYMENTS, query.from, query.to);
    if let Some(insurance) = query.insurance {
        url.push_str("&insurance=");
        url.push_str(insurance.as_str());
    }
    url
}

/// `POST /api/v1/face-checks`: the captured frames as a multipart form, with the attempt's
/// `Idempotency-Key` (a retry after a lost response cannot count as a second attempt) and the
/// fraction uploaded reported to `on_progress`.
///
/// # Errors
/// `manual-review-required`, `unauthenticated`, `session-expired`, `payload-too-large`, network.
pub async fn face_check(
    frames: &[crate::camera::Frame],
    idempotency_key: &str,
    on_progress: impl Fn(f64) + 'static,
) -> Result<FaceCheckResponse, ApiFailure> {
    let form = web_sys::FormData::new().map_err(|_| ApiFailure::Status(0))?;
    for (index, frame) in frames.iter().enumerate() {
        form.append_with_blob_and_filename(
            FACE_FRAME_FIELD,
            frame,
            &format!("frame-{}.jpg", index + 1),
        )
        .map_err(|_| ApiFailure::Status(0))?;
    }
    let headers = [
        (paths::CLIENT_HEADER, "app"),
        (paths::IDEMPOTENCY_KEY_HEADER, idempotency_key),
    ];
    let (status, text) = browser::upload(paths::FACE_CHECKS, &form, &headers, on_progress).await?;
    decode(status, &text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_validation_problem_gives_its_field_errors_when_asked() {
        use protocol::validation::ValidationCode;
        let sent = Problem::validation(vec![
            FieldError::new("surname", ValidationCode::Required),
            FieldError::new("password", ValidationCode::Required),
        ]);
        let body = serde_json::to_string(&sent).unwrap();
        let ApiFailure::Problem(reply) = decode::<()>(422, &body).unwrap_err() else {
            panic!("a problem body must give a problem");
        };
        assert_eq!(reply.code, ApiErrorCode::ValidationFailed);
        assert_eq!(reply.field_errors(), sent.errors);
        assert!(
            ProblemReply::new(ApiErrorCode::SessionExpired)
                .field_errors()
                .is_empty()
        );
    }

    #[test]
    fn problem_bodies_become_typed_failures() {
        let failure = decode::<SessionInfo>(
            401,
            r#"{"type":"about:blank","status":401,"code":"session-expired"}"#,
        )
        .unwrap_err();
        assert_eq!(failure.code(), Some(&ApiErrorCode::SessionExpired));
        assert!(failure.needs_sign_in());
        assert_eq!(
            decode::<SessionInfo>(502, "<html>bad gateway</html>").unwrap_err(),
            ApiFailure::Status(502)
        );
        let limited = decode::<()>(429, r#"{"type":"about:blank","status":429,"code":"rate-limited","params":{"retryAfterSeconds":30}}"#).unwrap_err();
        assert_eq!(
            limited.code(),
            Some(&ApiErrorCode::RateLimited {
                retry_after_seconds: 30
            })
        );
    }

    #[test]
    fn payment_queries_become_the_documented_query_string() {
        let query = PaymentsQuery {
            from: "2025-01".parse().unwrap(),
            to: "2025-12".parse().unwrap(),
            insurance: None,
        };
        assert_eq!(
            payments_url(&query),
            "/api/v1/payments?from=2025-01&to=2025-12"
        );
        let medical = PaymentsQuery {
            insurance: Some(protocol::api::InsuranceType::WorkInjury),
            ..query
        };
        assert_eq!(
            payments_url(&medical),
            "/api/v1/payments?from=2025-01&to=2025-12&insurance=work-injury"
        );
    }

    #[test]
    fn empty_success_bodies_decode_as_unit_or_none() {
        assert_eq!(decode::<()>(204, ""), Ok(()));
        assert_eq!(decode::<Option<SessionInfo>>(204, ""), Ok(None));
    }
}
