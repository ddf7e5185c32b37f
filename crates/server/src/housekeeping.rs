//! Rows that have outlived their use are deleted on a timer: ended sessions, SMS codes past
//! their lifetime, idempotency keys past theirs, and old demo outbox messages. Each is also
//! refused when read, so this keeps the database small; it is not what makes them invalid.

use std::time::Duration;

use crate::AppState;
use crate::error::ApiError;
use crate::{idempotency, session, sms};

/// How often [`run`] purges.
pub const EVERY: Duration = Duration::from_secs(5 * 60);

/// Rows deleted by one [`purge`].
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Purged {
    pub sessions: usize,
    pub sms_codes: usize,
    pub idempotency_keys: usize,
    pub outbox: usize,
}

/// Deletes every expired row now.
///
/// # Errors
/// Database failure.
pub async fn purge(state: &AppState) -> Result<Purged, ApiError> {
    let now = i64::try_from(state.clock.now()).unwrap_or(i64::MAX);
    let secs = |s: u64| i64::try_from(s).unwrap_or(i64::MAX);
    Ok(state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let purged = Purged {
                sessions: tx.execute(
                    "DELETE FROM sessions WHERE last_seen < ?1 OR created_at < ?2",
                    [
                        now - secs(session::IDLE_SECONDS),
                        now - secs(session::ABSOLUTE_SECONDS),
                    ],
                )?,
                sms_codes: tx.execute(
                    "DELETE FROM sms_codes WHERE sent_at < ?1",
                    [now - secs(sms::CODE_LIFETIME_SECONDS)],
                )?,
                idempotency_keys: tx.execute(
                    "DELETE FROM idempotency WHERE created_at < ?1",
                    [now - secs(idempotency::KEY_LIFETIME_SECONDS)],
                )?,
                outbox: tx.execute(
                    "DELETE FROM outbox WHERE sent_at < ?1",
                    [now - sms::OUTBOX_KEEP_SECONDS],
                )?,
            };
            tx.commit()?;
            Ok(purged)
        })
        .await?)
}

/// Purges every [`EVERY`] until the server stops.
pub async fn run(state: AppState) {
    let mut timer = tokio::time::interval(EVERY);
    loop {
        timer.tick().await;
        match purge(&state).await {
            Ok(purged) if purged != Purged::default() => tracing::debug!(?purged, "purged"),
            Ok(_) => {}
            Err(error) => tracing::warn!(code = ?error.code(), "purge failed"),
        }
    }
}
