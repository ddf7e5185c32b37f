//! Wall-clock seconds, with an offset tests can advance (session expiry, SMS code lifetime,
//! QR token expiry) without sleeping.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use protocol::date::Date;

#[derive(Debug, Default)]
pub struct Clock {
    offset: AtomicU64,
}

impl Clock {
    /// Unix seconds.
    #[must_use]
    pub fn now(&self) -> u64 {
        let real = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        real.saturating_add(self.offset.load(Ordering::Relaxed))
    }

    /// Moves this clock forward (tests only in practice).
    pub fn advance(&self, seconds: u64) {
        self.offset.fetch_add(seconds, Ordering::Relaxed);
    }

    /// Today's date in China (UTC+8), where the cards are used.
    #[must_use]
    pub fn today(&self) -> Date {
        date_of(self.now().saturating_add(8 * 3600))
    }
}

/// The civil date of a Unix time (days since 1970-01-01, proleptic Gregorian).
#[must_use]
pub fn date_of(unix_seconds: u64) -> Date {
    // Howard Hinnant's days-to-civil algorithm.
    let days = i64::try_from(unix_seconds / 86_400).unwrap_or(0);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date::new(
        u16::try_from(year).unwrap_or(1970),
        u8::try_from(month).unwrap_or(1),
        u8::try_from(day).unwrap_or(1),
    )
    .unwrap_or_else(|| Date::new(1970, 1, 1).unwrap_or(Date::MIN))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_times_map_to_civil_dates() {
        assert_eq!(date_of(0).to_string(), "1970-01-01");
        assert_eq!(date_of(951_782_400).to_string(), "2000-02-29");
        assert_eq!(date_of(1_733_011_200).to_string(), "2024-12-01");
    }

    #[test]
    fn advancing_moves_now_forward() {
        let clock = Clock::default();
        let before = clock.now();
        clock.advance(900);
        assert!(clock.now() >= before + 900);
    }
}
