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

/// The public application-status check, per client address.
pub const STATUS_PER_CLIENT: Limit = Limit {
    name: "status-client",
    max: 20,
    window_seconds: 600,
};
/// Wrong dates of birth for one application number (a match gives its attempt back).
pub const STATUS_PER_APPLICATION: Limit = Limit {
    name: "status-application",
    max: 5,
    window_seconds: 600,
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

    /// Counts one request for `key` under `limit` at `now`, or refuses it: one step under one
    /// lock, so concurrent requests can never get past the limit together.
    ///
    /// # Errors
    /// `rate-limited` with the seconds until the window resets.
    pub fn check(&self, limit: Limit, key: &str, now: u64) -> Result<(), ApiError> {
        if self.disabled {
            return Ok(());
        }
        let mut windows = self.lock();
        if windows.len() > 100_000 {
            windows.retain(|_, (start, _)| now < start.saturating_add(limit.window_seconds));
        }
        let entry = windows
            .entry((limit.name, key.to_owned()))
            .or_insert((now, 0));
        if now >= entry.0.saturating_add(limit.window_seconds) {
            *entry = (now, 0);
        }
        if entry.1 >= limit.max {
            // The key (an address or a number) is never logged; the limit's name is.
            tracing::info!(
                event = "rate-limited",
                limit = limit.name,
                "a limit was reached"
            );
            let retry = entry
                .0
                .saturating_add(limit.window_seconds)
                .saturating_sub(now)
                .max(1);
            return Err(ApiError::new(ApiErrorCode::RateLimited {
                retry_after_seconds: u32::try_from(retry).unwrap_or(u32::MAX),
            }));
        }
        entry.1 += 1;
        Ok(())
    }

    /// Gives back an attempt [`check`](Self::check) counted, for limits that count failures
    /// only: the attempt is reserved before the expensive work and returned if it succeeded.
    pub fn refund(&self, limit: Limit, key: &str) {
        if self.disabled {
            return;
        }
        if let Some(entry) = self.lock().get_mut(&(limit.name, key.to_owned())) {
            entry.1 = entry.1.saturating_sub(1);
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<WindowKey, Window>> {
        self.windows
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
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

    #[test]
    fn concurrent_checks_never_pass_more_than_the_limit() {
        let limiter = std::sync::Arc::new(RateLimiter::default());
        let limit = Limit {
            name: "t",
            max: 5,
            window_seconds: 60,
        };
        let passed: usize = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..32)
                .map(|_| {
                    let limiter = &limiter;
                    scope.spawn(move || limiter.check(limit, "a", 1000).is_ok())
                })
                .collect();
            handles
                .into_iter()
                .map(|h| usize::from(h.join().unwrap()))
                .sum()
        });
        assert_eq!(passed, 5);
    }

    #[test]
    fn a_refunded_attempt_is_available_again() {
        let limiter = RateLimiter::default();
        let limit = Limit {
            name: "t",
            max: 1,
            window_seconds: 60,
        };
        assert!(limiter.check(limit, "a", 1000).is_ok());
        assert!(limiter.check(limit, "a", 1000).is_err());
        limiter.refund(limit, "a");
        assert!(limiter.check(limit, "a", 1000).is_ok());
    }
}
