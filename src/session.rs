//! Who is signed in, shared by the header and the pages. Filled once at start-up from
//! `GET /api/v1/session` and updated on sign-in and sign-out.

use leptos::prelude::*;
use protocol::api::SessionInfo;

#[derive(Clone, Copy)]
pub struct Session {
    info: RwSignal<Option<SessionInfo>>,
    /// Whether the start-up check has answered.
    checked: RwSignal<bool>,
}

impl Session {
    #[must_use]
    pub fn checked(&self) -> bool {
        self.checked.get()
    }

    #[must_use]
    pub fn info(&self) -> Option<SessionInfo> {
        self.info.get()
    }

    pub fn signed_in(&self, info: SessionInfo) {
        self.info.set(Some(info));
        self.checked.set(true);
    }

    pub fn signed_out(&self) {
        self.info.set(None);
    }
}

pub fn provide_session() -> Session {
    let session = Session {
        info: RwSignal::new(None),
        checked: RwSignal::new(false),
    };
    provide_context(session);
    leptos::task::spawn_local(async move {
        if let Ok(Some(info)) = crate::api::whoami().await {
            session.info.set(Some(info));
        }
        session.checked.set(true);
    });
    session
}

#[must_use]
pub fn use_session() -> Session {
    expect_context::<Session>()
}

/// A same-site path to return to after sign-in; anything else falls back to the card.
#[must_use]
pub fn safe_return_path(next: Option<&str>) -> &str {
    match next {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.contains("://")
                && !path.contains('\\') =>
        {
            path
        }
        _ => crate::routes::AppRoute::Card.href(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_returned_to() {
        assert_eq!(safe_return_path(Some("/card")), "/card");
        assert_eq!(safe_return_path(Some("/accessibility")), "/accessibility");
        for bad in [
            "//evil.example",
            "https://evil.example",
            "card",
            "/\\evil",
            "",
        ] {
            assert_eq!(safe_return_path(Some(bad)), "/card", "{bad}");
        }
        assert_eq!(safe_return_path(None), "/card");
    }
}
