//! The typed client for the backend, one async function per endpoint. Every request has a
//! timeout; failures are [`ApiFailure`] values the pages turn into translated messages.

use crate::browser::{self, FetchError};

/// Why a call failed, as far as a page needs to know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiFailure {
    /// Offline, refused or timed out: offer a retry.
    Network,
    /// The backend answered with an error status.
    Status(u16),
}

impl From<FetchError> for ApiFailure {
    fn from(error: FetchError) -> Self {
        match error {
            FetchError::Network => Self::Network,
            FetchError::Status(status) => Self::Status(status),
        }
    }
}

/// `GET /api/health`: whether the backend and its database answer (503 when the database
/// does not).
///
/// # Errors
/// [`ApiFailure`] when the backend is unreachable or unhealthy.
pub async fn health() -> Result<(), ApiFailure> {
    browser::fetch_text(protocol::paths::HEALTH)
        .await
        .map(|_| ())
        .map_err(ApiFailure::from)
}
