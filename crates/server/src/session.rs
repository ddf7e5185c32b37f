//! Sessions: an HttpOnly, SameSite=Strict cookie holding 128 random bits; only its SHA-256 is
//! stored. Idle timeout 15 minutes, absolute lifetime 8 hours.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use base64::Engine as _;
use protocol::problem::ApiErrorCode;
use rusqlite::OptionalExtension as _;
use sha2::{Digest, Sha256};

use crate::AppState;
use crate::error::ApiError;

pub const COOKIE: &str = "essc_session";
/// The name over HTTPS (`--secure`).
pub const SECURE_COOKIE: &str = "__Host-essc_session";
pub const IDLE_SECONDS: u64 = 15 * 60;
pub const ABSOLUTE_SECONDS: u64 = 8 * 60 * 60;
/// How stale `last_seen` may get before a request refreshes it.
const LAST_SEEN_RESOLUTION: u64 = 30;

/// 128 random bits, base64url.
///
/// # Errors
/// When the operating system has no randomness to give.
pub fn new_token() -> Result<String, ApiError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

#[must_use]
pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// How the session cookie is written: `--secure` (served over HTTPS) adds `Secure` and the
/// `__Host-` prefix, which binds the cookie to this exact host; in kiosk mode the cookie has no
/// `Max-Age`, so it dies with the browser.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CookiePolicy {
    pub secure: bool,
    pub kiosk: bool,
}

impl CookiePolicy {
    #[must_use]
    pub const fn name(self) -> &'static str {
        if self.secure { SECURE_COOKIE } else { COOKIE }
    }

    fn attributes(self) -> &'static str {
        if self.secure {
            "Path=/; HttpOnly; SameSite=Strict; Secure"
        } else {
            "Path=/; HttpOnly; SameSite=Strict"
        }
    }

    #[must_use]
    pub fn set_cookie(self, token: &str) -> HeaderValue {
        let lifetime = if self.kiosk {
            String::new()
        } else {
            format!("; Max-Age={ABSOLUTE_SECONDS}")
        };
        HeaderValue::from_str(&format!(
            "{}={token}; {}{lifetime}",
            self.name(),
            self.attributes()
        ))
        .unwrap_or_else(|_| self.clear_cookie())
    }

    #[must_use]
    pub fn clear_cookie(self) -> HeaderValue {
        HeaderValue::from_str(&format!(
            "{}=; {}; Max-Age=0",
            self.name(),
            self.attributes()
        ))
        .unwrap_or_else(|_| HeaderValue::from_static("essc_session=; Path=/; Max-Age=0"))
    }

    /// The session cookie's value, if any.
    #[must_use]
    pub fn token(self, headers: &HeaderMap) -> Option<String> {
        headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .find_map(|pair| {
                let (name, value) = pair.trim().split_once('=')?;
                (name == self.name() && !value.is_empty()).then(|| value.to_owned())
            })
    }
}

/// Opens a session for the account and returns the cookie value.
///
/// # Errors
/// Randomness or database failure.
pub async fn open(state: &AppState, account_id: i64) -> Result<String, ApiError> {
    let token = new_token()?;
    let hash = token_hash(&token);
    let now = i64::try_from(state.clock.now()).unwrap_or(i64::MAX);
    state
        .db
        .call(move |c| {
            c.execute(
                "INSERT INTO sessions (token_hash, account_id, created_at, last_seen) VALUES (?1, ?2, ?3, ?3)",
                rusqlite::params![hash, account_id, now],
            )?;
            Ok(())
        })
        .await?;
    Ok(token)
}

/// Opens a session and returns its cookie value with the masked "who am I" for the response.
///
/// # Errors
/// Randomness or database failure.
pub async fn open_with_info(
    state: &AppState,
    account_id: i64,
) -> Result<(String, protocol::api::SessionInfo), ApiError> {
    let created_at = state.clock.now();
    let token = open(state, account_id).await?;
    let current = CurrentAccount {
        account_id,
        created_at,
    };
    let info = state
        .db
        .call(move |c| crate::accounts::session_info(c, current))
        .await?
        .ok_or_else(|| ApiError::new(ApiErrorCode::Internal))?;
    Ok((token, info))
}

/// Ends the session behind the cookie, if any.
///
/// # Errors
/// Database failure.
pub async fn close(state: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    if let Some(token) = state.cookies.token(headers) {
        let hash = token_hash(&token);
        state
            .db
            .call(move |c| Ok(c.execute("DELETE FROM sessions WHERE token_hash = ?1", [hash])?))
            .await?;
    }
    Ok(())
}

/// The signed-in account. Rejects with `unauthenticated` without a cookie and
/// `session-expired` for an unknown, idle or too-old session.
#[derive(Debug, Clone, Copy)]
pub struct CurrentAccount {
    pub account_id: i64,
    pub created_at: u64,
}

impl CurrentAccount {
    /// When the session ends at the latest, Unix seconds.
    #[must_use]
    pub fn expires_at(&self) -> u64 {
        self.created_at.saturating_add(ABSOLUTE_SECONDS)
    }
}

impl FromRequestParts<AppState> for CurrentAccount {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        // A route middleware that already looked the session up (the upload gate) leaves it
        // here, so the handler does not look it up again.
        if let Some(current) = parts.extensions.get::<Self>() {
            return Ok(*current);
        }
        current(state, &parts.headers).await
    }
}

/// The signed-in account behind the request's cookie.
///
/// # Errors
/// `unauthenticated` without a cookie, `session-expired` for an unknown, idle or too-old one.
pub async fn current(state: &AppState, headers: &HeaderMap) -> Result<CurrentAccount, ApiError> {
    let token = state
        .cookies
        .token(headers)
        .ok_or_else(|| ApiError::new(ApiErrorCode::Unauthenticated))?;
    let hash = token_hash(&token);
    let now = state.clock.now();
    let found = state
        .db
        .call(move |c| {
            let row: Option<(i64, i64, i64)> = c
                .query_row(
                    "SELECT account_id, created_at, last_seen FROM sessions WHERE token_hash = ?1",
                    [&hash],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            let Some((account_id, created_at, last_seen)) = row else {
                return Ok(None);
            };
            let (created_at, last_seen) = (
                u64::try_from(created_at).unwrap_or(0),
                u64::try_from(last_seen).unwrap_or(0),
            );
            let idle = now.saturating_sub(last_seen) > IDLE_SECONDS;
            let too_old = now.saturating_sub(created_at) > ABSOLUTE_SECONDS;
            if idle || too_old {
                c.execute("DELETE FROM sessions WHERE token_hash = ?1", [&hash])?;
                return Ok(None);
            }
            // Refreshing at most every 30 seconds keeps reads from writing on every request;
            // the idle limit is 15 minutes, so the error is negligible.
            if now.saturating_sub(last_seen) >= LAST_SEEN_RESOLUTION {
                c.execute(
                    "UPDATE sessions SET last_seen = ?2 WHERE token_hash = ?1",
                    rusqlite::params![hash, i64::try_from(now).unwrap_or(i64::MAX)],
                )?;
            }
            Ok(Some(CurrentAccount {
                account_id,
                created_at,
            }))
        })
        .await?;
    found.ok_or_else(|| ApiError::new(ApiErrorCode::SessionExpired))
}
