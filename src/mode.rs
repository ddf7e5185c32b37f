//! Deployment mode: a personal device (the default) or a shared kiosk in a service hall.

use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Personal,
    /// A shared touch screen: the app writes nothing to any browser storage.
    Kiosk,
}

impl Mode {
    /// `?kiosk=1` in the address, or the server's `<meta name="app-mode" content="kiosk">`.
    #[must_use]
    pub fn decide(query_kiosk: Option<&str>, meta: Option<&str>) -> Self {
        let from_query = matches!(query_kiosk, Some("1" | "true" | "yes"));
        if from_query || meta == Some("kiosk") {
            Self::Kiosk
        } else {
            Self::Personal
        }
    }

    /// Reads the mode from the page.
    #[must_use]
    pub fn detect() -> Self {
        Self::decide(
            crate::browser::query_param("kiosk").as_deref(),
            crate::browser::meta_content("app-mode").as_deref(),
        )
    }

    /// Whether the kiosk mode came from the address (`?kiosk=1`, for trying it) rather than
    /// the server: the address must then keep saying so across navigation and reloads.
    #[must_use]
    pub fn from_address(self) -> bool {
        self == Self::Kiosk && crate::browser::meta_content("app-mode").as_deref() != Some("kiosk")
    }

    /// Whether anything may be written to browser storage.
    #[must_use]
    pub const fn may_store(self) -> bool {
        matches!(self, Self::Personal)
    }
}

/// The `autocomplete` of a personal field: the browser's suggestion (`hint`) on a personal
/// device, `off` on a kiosk, where it would offer the last person's answers.
#[must_use]
pub fn autocomplete(hint: &'static str) -> &'static str {
    if use_mode() == Mode::Kiosk {
        "off"
    } else {
        hint
    }
}

pub fn provide_mode(mode: Mode) {
    provide_context(mode);
    provide_context(IdleHold(RwSignal::new(0)));
}

/// Work a kiosk's idle reset must give more time (the face check's camera, an upload): the
/// person may stand still meanwhile. Counted, so overlapping holds each release their own.
#[derive(Debug, Clone, Copy)]
pub struct IdleHold(RwSignal<u32>);

impl IdleHold {
    /// Whether any work holds the idle reset back.
    #[must_use]
    pub fn held(self) -> bool {
        self.0.get() > 0
    }

    /// Holds the idle reset back until the returned guard is dropped.
    #[must_use]
    pub fn hold(self) -> IdleGuard {
        self.0.update(|n| *n += 1);
        IdleGuard(self)
    }
}

/// Releases its hold when dropped.
pub struct IdleGuard(IdleHold);

impl Drop for IdleGuard {
    fn drop(&mut self) {
        (self.0).0.try_update(|n| *n = n.saturating_sub(1));
    }
}

/// The app's idle hold (in a component or under the app's owner).
#[must_use]
pub fn use_idle_hold() -> Option<IdleHold> {
    use_context::<IdleHold>()
}

#[must_use]
pub fn use_mode() -> Mode {
    use_context::<Mode>().unwrap_or(Mode::Personal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kiosk_comes_from_the_query_or_the_server_meta() {
        assert_eq!(Mode::decide(Some("1"), None), Mode::Kiosk);
        assert_eq!(Mode::decide(None, Some("kiosk")), Mode::Kiosk);
        assert_eq!(Mode::decide(Some("0"), Some("personal")), Mode::Personal);
        assert_eq!(Mode::decide(None, None), Mode::Personal);
    }

    #[test]
    fn only_personal_devices_may_store() {
        assert!(Mode::Personal.may_store());
        assert!(!Mode::Kiosk.may_store());
    }
}
