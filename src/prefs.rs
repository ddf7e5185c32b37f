//! The only things the app keeps in `localStorage`: preferences that identify nobody.
//! Callers check `Mode::may_store` first; kiosks keep nothing.

const LANGUAGE_KEY: &str = "essc.lang";

#[must_use]
pub fn language() -> Option<String> {
    crate::browser::local_storage()?
        .get_item(LANGUAGE_KEY)
        .ok()
        .flatten()
}

pub fn set_language(id: &str) {
    if let Some(storage) = crate::browser::local_storage() {
        let _ = storage.set_item(LANGUAGE_KEY, id);
    }
}
