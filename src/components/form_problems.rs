//! The problems a form shows: one list feeding both the error summary and each field's inline
//! message, so the two can never disagree.

use leptos::prelude::*;

use crate::components::error_summary::FieldError;

#[derive(Clone, Copy)]
pub struct Problems(RwSignal<Vec<(&'static str, String)>>);

impl Default for Problems {
    fn default() -> Self {
        Self::new()
    }
}

impl Problems {
    #[must_use]
    pub fn new() -> Self {
        Self(RwSignal::new(Vec::new()))
    }

    /// Replaces the problems (field id, message), in page order.
    pub fn set(&self, problems: Vec<(&'static str, String)>) {
        self.0.set(problems);
    }

    /// Shows `found` and says whether the answers may go on (nothing was found).
    pub fn settle(&self, found: Vec<(&'static str, String)>) -> bool {
        let clear = found.is_empty();
        self.0.set(found);
        clear
    }

    /// For the error summary.
    #[must_use]
    pub fn summary(&self) -> Signal<Vec<FieldError>> {
        let list = self.0;
        Signal::derive(move || {
            list.get()
                .into_iter()
                .map(|(field, message)| FieldError {
                    field: field.to_owned(),
                    message,
                })
                .collect()
        })
    }

    /// The inline message of one field.
    #[must_use]
    pub fn for_field(&self, field: &'static str) -> Signal<Option<String>> {
        let list = self.0;
        Signal::derive(move || {
            list.with(|p| p.iter().find(|(f, _)| *f == field).map(|(_, m)| m.clone()))
        })
    }

    /// Every message of one field, one per line: for answers that can break several rules at once.
    #[must_use]
    pub fn all_for_field(&self, field: &'static str) -> Signal<Option<String>> {
        let list = self.0;
        Signal::derive(move || {
            let messages: Vec<String> = list.with(|p| {
                p.iter()
                    .filter(|(f, _)| *f == field)
                    .map(|(_, m)| m.clone())
                    .collect()
            });
            (!messages.is_empty()).then(|| messages.join("\n"))
        })
    }

    /// Whether any problem shows (for the title's "Error:" prefix).
    #[must_use]
    pub fn any(&self) -> Signal<bool> {
        let list = self.0;
        Signal::derive(move || list.with(|p| !p.is_empty()))
    }
}
