//! The answers of the registration journey, kept across its pages. Non-secret answers survive
//! a reload through `sessionStorage` on personal devices (never the password, never in kiosk
//! mode) and are cleared when registration completes or the user signs out.

use leptos::prelude::*;
use protocol::api::{IdentifierKind, RegistrationRequest};
use serde::{Deserialize, Serialize};

use crate::mode::Mode;

const STORAGE_KEY: &str = "essc.register";

/// What is kept on reload: everything but the password.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub surname: String,
    pub given_names: String,
    pub kind: Option<IdentifierKind>,
    pub identifier: String,
    pub phone: String,
}

impl Draft {
    /// The request these answers make, with the password given separately.
    #[must_use]
    pub fn request(&self, password: String) -> RegistrationRequest {
        RegistrationRequest {
            surname: self.surname.clone(),
            given_names: self.given_names.clone(),
            identifier_kind: self.kind,
            identifier: self.identifier.clone(),
            password,
            phone: Some(self.phone.clone()).filter(|p| !p.trim().is_empty()),
        }
    }
}

#[derive(Clone, Copy)]
pub struct RegisterState {
    pub surname: RwSignal<String>,
    pub given_names: RwSignal<String>,
    pub kind: RwSignal<Option<IdentifierKind>>,
    pub identifier: RwSignal<String>,
    pub phone: RwSignal<String>,
    /// Only in memory.
    pub password: RwSignal<String>,
    /// One key per intent to register, reused on retry and renewed when an answer changes.
    pub idempotency_key: StoredValue<Option<String>>,
    /// After registering with a phone: the number the SMS code goes to.
    pub code_phone: RwSignal<Option<String>>,
    mode: Mode,
}

impl RegisterState {
    #[must_use]
    pub fn draft(&self) -> Draft {
        Draft {
            surname: self.surname.get(),
            given_names: self.given_names.get(),
            kind: self.kind.get(),
            identifier: self.identifier.get(),
            phone: self.phone.get(),
        }
    }

    /// The key for this attempt, created on first use from the browser's cryptographic
    /// generator; `None` in a browser without one (a guessable key would let someone else's
    /// request be taken for this one).
    #[must_use]
    pub fn key(&self) -> Option<String> {
        if let Some(key) = self.idempotency_key.get_value() {
            return Some(key);
        }
        let key = crate::browser::random_uuid()?;
        self.idempotency_key.set_value(Some(key.clone()));
        Some(key)
    }

    /// Forgets every answer (after registering, or on sign-out).
    pub fn clear(&self) {
        for signal in [
            self.surname,
            self.given_names,
            self.identifier,
            self.phone,
            self.password,
        ] {
            signal.set(String::new());
        }
        self.kind.set(None);
        self.code_phone.set(None);
        self.idempotency_key.set_value(None);
        if let Some(storage) = crate::browser::session_storage() {
            let _ = storage.remove_item(STORAGE_KEY);
        }
    }
}

pub fn provide_register_state(mode: Mode) {
    let restored: Draft = if mode.may_store() {
        crate::browser::session_storage()
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    } else {
        Draft::default()
    };
    let state = RegisterState {
        surname: RwSignal::new(restored.surname),
        given_names: RwSignal::new(restored.given_names),
        kind: RwSignal::new(restored.kind),
        identifier: RwSignal::new(restored.identifier),
        phone: RwSignal::new(restored.phone),
        password: RwSignal::new(String::new()),
        idempotency_key: StoredValue::new(None),
        code_phone: RwSignal::new(None),
        mode,
    };
    // Keep the draft in sessionStorage as it changes; any change means a new intent.
    Effect::new(move |previous: Option<Draft>| {
        let draft = state.draft();
        let _ = state.password.get();
        if previous.is_some() {
            state.idempotency_key.set_value(None);
        }
        if state.mode.may_store()
            && draft != Draft::default()
            && let (Some(storage), Ok(text)) = (
                crate::browser::session_storage(),
                serde_json::to_string(&draft),
            )
        {
            let _ = storage.set_item(STORAGE_KEY, &text);
        }
        draft
    });
    // Signing out forgets a registration in progress on this device.
    crate::session::use_session().on_sign_out(move || state.clear());
    provide_context(state);
}

#[must_use]
pub fn use_register() -> RegisterState {
    expect_context::<RegisterState>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_draft_makes_the_request_and_an_empty_phone_is_none() {
        let draft = Draft {
            surname: "Müller".into(),
            given_names: "Lena".into(),
            kind: Some(IdentifierKind::WorkPermitNumber),
            identifier: "310000202200041873".into(),
            phone: "  ".into(),
        };
        let request = draft.request("pw".into());
        assert_eq!(
            request.identifier_kind,
            Some(IdentifierKind::WorkPermitNumber)
        );
        assert_eq!(request.phone, None);
        // A draft stored by an earlier version (the kind as its wire name) still reads back.
        let stored = r#"{"surname":"","given_names":"","kind":"social-security-number","identifier":"","phone":""}"#;
        let draft: Draft = serde_json::from_str(stored).unwrap();
        assert_eq!(draft.kind, Some(IdentifierKind::SocialSecurityNumber));
    }

    #[test]
    fn the_stored_draft_never_holds_the_password() {
        let text = serde_json::to_string(&Draft::default()).unwrap();
        assert!(!text.contains("password"));
    }
}
