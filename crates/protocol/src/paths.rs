//! One source of truth for the API's paths.

/// Prefix of every API route; the server never falls back to the app below it.
pub const API_PREFIX: &str = "/api";

/// Liveness and readiness of the backend, including its database.
pub const HEALTH: &str = "/api/health";

/// `POST` register; `201` with [`crate::api::RegistrationResponse`].
pub const REGISTRATIONS: &str = "/api/v1/registrations";
/// `POST` sign in, `GET` who am I, `DELETE` sign out.
pub const SESSION: &str = "/api/v1/session";
/// `POST` send an SMS code.
pub const SMS_SEND: &str = "/api/v1/sms/send";
/// `POST` verify an SMS code.
pub const SMS_VERIFY: &str = "/api/v1/sms/verify";
/// `POST` multipart camera frames.
pub const FACE_CHECKS: &str = "/api/v1/face-checks";
/// `GET` the signed-in holder's card.
pub const CARD: &str = "/api/v1/card";
/// `POST` a fresh 60-second QR token.
pub const CARD_QR_TOKEN: &str = "/api/v1/card/qr-token";
/// `POST` public verification of a QR token.
pub const QR_VERIFY: &str = "/api/v1/qr/verify";
/// `GET` the signed-in holder's work-permit details.
pub const WORK_PERMIT: &str = "/api/v1/work-permit";
/// `GET` payment records, `?from=YYYY-MM&to=YYYY-MM[&insurance=…]`.
pub const PAYMENTS: &str = "/api/v1/payments";
/// `POST` public status check of an application (number and date of birth), rate-limited.
pub const APPLICATION_STATUS: &str = "/api/v1/application-status";
/// `GET` the signed-in holder's applications and the dates after approval.
pub const TIMELINE: &str = "/api/v1/timeline";
/// `GET` this API's OpenAPI 3.1 document.
pub const OPENAPI: &str = "/api/openapi.json";
/// Development outbox of sent SMS codes; exists only when the server runs with `--demo`.
pub const DEV_OUTBOX: &str = "/api/dev/outbox";
/// Development clock: `POST {"advanceSeconds": n}` moves the server's clock forward, so demos
/// and end-to-end tests can show expiry without waiting; exists only with `--demo`.
pub const DEV_CLOCK: &str = "/api/dev/clock";

/// Every API path, for tests and documentation.
pub const ALL: &[&str] = &[
    HEALTH,
    OPENAPI,
    REGISTRATIONS,
    SESSION,
    SMS_SEND,
    SMS_VERIFY,
    FACE_CHECKS,
    CARD,
    CARD_QR_TOKEN,
    QR_VERIFY,
    WORK_PERMIT,
    PAYMENTS,
    APPLICATION_STATUS,
    TIMELINE,
    DEV_OUTBOX,
    DEV_CLOCK,
];

/// Header that marks a request as sent by the app (alongside the `Origin` check).
pub const CLIENT_HEADER: &str = "x-essc-client";
/// Header carrying one UUID per user intent on state-changing requests.
pub const IDEMPOTENCY_KEY_HEADER: &str = "idempotency-key";

/// Whether `path` belongs to the API rather than to the single-page app.
#[must_use]
pub fn is_api(path: &str) -> bool {
    path == API_PREFIX || path.starts_with("/api/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_paths_are_recognised_and_app_paths_are_not() {
        assert!(is_api("/api"));
        assert!(is_api(HEALTH));
        assert!(is_api("/api/v1/card"));
        assert!(!is_api("/"));
        assert!(!is_api("/apiary"));
        assert!(!is_api("/accessibility"));
    }

    #[test]
    fn every_path_is_under_the_api_prefix_and_unique() {
        let mut seen = std::collections::HashSet::new();
        for path in ALL {
            assert!(is_api(path), "{path}");
            assert!(seen.insert(path), "{path} twice");
        }
    }
}
