//! In-memory fixed-window rate limits, per client address and per identifier. A reference
//! server runs as one process, so memory is the honest place for this state.

use std::collections::HashMap;
use std::sync::Mutex;

use protocol::problem::ApiErrorCode;

use crate::error::ApiError;

/// A limit: at most `max` requests per `window_seconds`.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub name: &'static str,
    pub max: u32,
    pub window_seconds: u64,
}

pub const REGISTRATION_PER_CLIENT: Limit = Limit {
    name: "registration-client",
    max: 20,
    window_seconds: 600,
};
pub const REGISTRATION_PER_IDENTIFIER: Limit = Limit {
    name: "registration-identifier",
    max: 5,
    window_seconds: 600,
};
pub const LOGIN_PER_CLIENT: Limit = Limit {
    name: "login-client",
    max: 30,
    window_seconds: 600,
};
pub const LOGIN_PER_IDENTIFIER: Limit = Limit {
    name: "login-identifier",
    max: 5,
    window_seconds: 300,
};
pub const SMS_PER_CLIENT: Limit = Limit {
    name: "sms-client",
    max: 20,
    window_seconds: 3600,
};
pub const SMS_PER_ACCOUNT: Limit = Limit {
    name: "sms-account",
    max: 5,
    window_seconds: 3600,
};
pub const QR_VERIFY_PER_CLIENT: Limit = Limit {
    name: "qr-verify-client",
    max: 60,
    window_seconds: 60,
};

/// (limit name, key).
type WindowKey = (&'static str, String);
/// (window start, requests counted).
type Window = (u64, u32);

#[derive(Debug, Default)]
pub struct RateLimiter {
    windows: Mutex<HashMap<WindowKey, Window>>,
    disabled: bool,
}

impl RateLimiter {
    /// A limiter that lets everything through, for load tests only.
    #[must_use]
    pub fn disabled() -> Self {
        Self {
            disabled: true,
            ..Self::default()
        }
    }

    /// Counts one request for `key` under `limit` at `now`.
    ///
    /// # Errors
    /// `rate-limited` with the seconds until the window resets.
    pub fn check(&self, limit: Limit, key: &str, now: u64) -> Result<(), ApiError> {
        self.ensure_open(limit, key, now)?;
        self.record(limit, key, now);
        Ok(())
    }

    /// Refuses when `key` has used up `limit`, without counting this request.
    ///
    /// # Errors
    /// `rate-limited` with the seconds until the window resets.
    pub fn ensure_open(&self, limit: Limit, key: &str, now: u64) -> Result<(), ApiError> {
        if self.disabled {
            return Ok(());
        }
        let windows = self
            .windows
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match windows.get(&(limit.name, key.to_owned())) {
            Some((start, count))
                if now < start.saturating_add(limit.window_seconds) && *count >= limit.max =>
            {
                let retry = start
                    .saturating_add(limit.window_seconds)
                    .saturating_sub(now)
                    .max(1);
                Err(ApiError::new(ApiErrorCode::RateLimited {
                    retry_after_seconds: u32::try_from(retry).unwrap_or(u32::MAX),
                }))
            }
            _ => Ok(()),
        }
    }

    /// Counts one event for `key` under `limit`.
    pub fn record(&self, limit: Limit, key: &str, now: u64) {
        if self.disabled {
            return;
        }
        let mut windows = self
            .windows
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if windows.len() > 100_000 {
            windows.retain(|_, (start, _)| now < start.saturating_add(limit.window_seconds));
        }
        let entry = windows
            .entry((limit.name, key.to_owned()))
            .or_insert((now, 0));
        if now >= entry.0.saturating_add(limit.window_seconds) {
            *entry = (now, 0);
        }
        entry.1 = entry.1.saturating_add(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_resets_after_its_window_and_says_when() {
        let limiter = RateLimiter::default();
        let limit = Limit {
            name: "t",
            max: 2,
            window_seconds: 60,
        };
        assert!(limiter.check(limit, "a", 1000).is_ok());
        assert!(limiter.check(limit, "a", 1001).is_ok());
        let error = limiter.check(limit, "a", 1010).unwrap_err();
        assert_eq!(
            error.code(),
            &ApiErrorCode::RateLimited {
                retry_after_seconds: 50
            }
        );
        assert!(
            limiter.check(limit, "b", 1010).is_ok(),
            "keys are independent"
        );
        assert!(limiter.check(limit, "a", 1060).is_ok());
    }
}
