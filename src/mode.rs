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

    /// Whether anything may be written to browser storage.
    #[must_use]
    pub const fn may_store(self) -> bool {
        matches!(self, Self::Personal)
    }
}

pub fn provide_mode(mode: Mode) {
    provide_context(mode);
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
