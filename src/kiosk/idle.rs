//! When a kiosk left alone clears itself: the rules, apart from the browser.
//!
//! After [`Timing::idle_ms`] without touch, key or pointer input a dialog warns, with a
//! countdown of [`WARNING_SECONDS`] (at least 20 s, WCAG 2.2.1 Timing Adjustable); at its end
//! the visit ends. While the camera or an upload works the person may stand still, so the
//! idle time is [`HELD_FACTOR`] times longer.

/// Seconds without input before the warning, unless the server says otherwise.
pub const DEFAULT_IDLE_SECONDS: u32 = 120;
/// The warning's countdown.
pub const WARNING_SECONDS: u32 = 30;
/// How much longer the idle time is while the face check's camera or an upload works.
pub const HELD_FACTOR: u32 = 3;
/// The shortest and longest idle times a server may set (`<meta name="app-kiosk-idle">`).
pub const IDLE_SECONDS_RANGE: std::ops::RangeInclusive<u32> = 30..=3600;

/// Where a visit stands after some time without input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Active,
    /// The warning is shown, with this many whole seconds left (rounded up).
    Warning {
        seconds_left: u32,
    },
    /// The visit ends.
    Over,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    pub idle_seconds: u32,
}

impl Timing {
    /// From the server's setting (seconds), falling back to the default when it is missing or
    /// unreadable, and kept within [`IDLE_SECONDS_RANGE`].
    #[must_use]
    pub fn from_setting(content: Option<&str>) -> Self {
        let idle_seconds = content
            .and_then(|text| text.trim().parse::<u32>().ok())
            .map_or(DEFAULT_IDLE_SECONDS, |seconds| {
                seconds.clamp(*IDLE_SECONDS_RANGE.start(), *IDLE_SECONDS_RANGE.end())
            });
        Self { idle_seconds }
    }

    /// The phase after `idle_ms` milliseconds without input.
    #[must_use]
    pub fn phase(self, idle_ms: f64, held: bool) -> Phase {
        let factor = if held { HELD_FACTOR } else { 1 };
        let warn_at = f64::from(self.idle_seconds * factor) * 1000.0;
        let end_at = warn_at + f64::from(WARNING_SECONDS) * 1000.0;
        if idle_ms < warn_at {
            Phase::Active
        } else if idle_ms >= end_at {
            Phase::Over
        } else {
            let left = ((end_at - idle_ms) / 1000.0).ceil();
            // Within (0, WARNING_SECONDS] by the branches above.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let seconds_left = left as u32;
            Phase::Warning { seconds_left }
        }
    }
}

/// Whether a screen reader should hear the countdown now: when it starts, every 10 seconds,
/// and each of the last 5, rather than every second, which would drown everything else.
#[must_use]
pub const fn announce(seconds_left: u32) -> bool {
    seconds_left == WARNING_SECONDS || seconds_left.is_multiple_of(10) || seconds_left <= 5
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEFAULT: Timing = Timing {
        idle_seconds: DEFAULT_IDLE_SECONDS,
    };

    #[test]
    fn the_warning_comes_after_the_idle_time_and_counts_down_whole_seconds() {
        assert_eq!(DEFAULT.phase(0.0, false), Phase::Active);
        assert_eq!(DEFAULT.phase(119_999.0, false), Phase::Active);
        assert_eq!(
            DEFAULT.phase(120_000.0, false),
            Phase::Warning { seconds_left: 30 }
        );
        assert_eq!(
            DEFAULT.phase(120_001.0, false),
            Phase::Warning { seconds_left: 30 }
        );
        assert_eq!(
            DEFAULT.phase(149_001.0, false),
            Phase::Warning { seconds_left: 1 }
        );
        assert_eq!(DEFAULT.phase(150_000.0, false), Phase::Over);
    }

    #[test]
    fn the_countdown_gives_at_least_twenty_seconds() {
        const { assert!(WARNING_SECONDS >= 20) };
    }

    #[test]
    fn a_held_visit_waits_longer() {
        assert_eq!(DEFAULT.phase(200_000.0, true), Phase::Active);
        assert_eq!(
            DEFAULT.phase(360_000.0, true),
            Phase::Warning { seconds_left: 30 }
        );
        assert_eq!(DEFAULT.phase(390_000.0, true), Phase::Over);
    }

    #[test]
    fn the_setting_is_read_and_kept_within_range() {
        assert_eq!(Timing::from_setting(None), DEFAULT);
        assert_eq!(Timing::from_setting(Some("abc")), DEFAULT);
        assert_eq!(Timing::from_setting(Some(" 300 ")).idle_seconds, 300);
        assert_eq!(Timing::from_setting(Some("5")).idle_seconds, 30);
        assert_eq!(Timing::from_setting(Some("99999")).idle_seconds, 3600);
    }

    #[test]
    fn the_countdown_is_announced_now_and_then_and_each_last_second() {
        let announced: Vec<u32> = (1..=WARNING_SECONDS)
            .rev()
            .filter(|s| announce(*s))
            .collect();
        assert_eq!(announced, vec![30, 20, 10, 5, 4, 3, 2, 1]);
    }
}
