//! The problems a form shows: one list feeding both the error summary and each field's inline
//! message, so the two can never disagree.

use leptos::prelude::*;

use protocol::validation;

use crate::api::ApiFailure;
use crate::components::error_summary::FieldError;
use crate::i18n::I18n;

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

    /// Shows the protocol's field errors, each at the control `place` finds for its JSON name
    /// (an error of a field not on this form at `fallback`).
    pub fn show_field_errors(
        &self,
        i18n: I18n,
        errors: &[validation::FieldError],
        fallback: &'static str,
        place: impl Fn(&str) -> Option<&'static str>,
    ) {
        self.0.set(
            placed(errors, fallback, place)
                .map(|(at, code)| (at, i18n.validation_message(code)))
                .collect(),
        );
    }

    /// Shows why a submission failed at the form's one control (or its submit button): for
    /// forms whose own checks already apply every field rule the server has. (Reading a
    /// problem's field errors brings the validation codes' JSON decoder into the page's chunks:
    /// 10–16 KB brotli on /sign-in and /verify, so only the registration does.)
    pub fn show_failure(&self, i18n: I18n, failure: &ApiFailure, at: &'static str) {
        self.0.set(vec![(at, i18n.failure_message(failure))]);
    }

    /// Shows why a submission failed: the server's field errors at their controls (as
    /// [`Self::show_field_errors`]), or else the failure's message at `fallback`.
    pub fn show_field_failure(
        &self,
        i18n: I18n,
        failure: &ApiFailure,
        fallback: &'static str,
        place: impl Fn(&str) -> Option<&'static str>,
    ) {
        let errors = match failure {
            ApiFailure::Problem(problem) => problem.field_errors(),
            _ => Vec::new(),
        };
        if errors.is_empty() {
            self.show_failure(i18n, failure, fallback);
        } else {
            self.show_field_errors(i18n, &errors, fallback, place);
        }
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

/// Each field error with the control it belongs at, in order.
fn placed<'a>(
    errors: &'a [validation::FieldError],
    fallback: &'static str,
    place: impl Fn(&str) -> Option<&'static str>,
) -> impl Iterator<Item = (&'static str, &'a validation::ValidationCode)> {
    errors
        .iter()
        .map(move |e| (place(&e.field).unwrap_or(fallback), &e.code))
}

#[cfg(test)]
mod tests {
    use protocol::forms::{Field, fields};
    use protocol::validation::{FieldError, ValidationCode};

    use super::*;

    #[test]
    fn a_field_error_goes_to_its_control_and_one_from_elsewhere_to_the_fallback() {
        let at =
            |fields: &'static [Field]| move |wire: &str| Field::by_wire(fields, wire).map(|f| f.id);
        let errors = [
            FieldError::new(fields::GIVEN_NAMES.wire, ValidationCode::Required),
            FieldError::new(fields::PHONE.wire, ValidationCode::NotAChinaMobile),
            FieldError::new(fields::PASSWORD.wire, ValidationCode::TooShort { min: 8 }),
        ];
        let shown: Vec<_> = placed(&errors, "submit", at(&fields::LOGIN)).collect();
        assert_eq!(
            shown,
            vec![
                ("submit", &ValidationCode::Required),
                ("submit", &ValidationCode::NotAChinaMobile),
                ("password", &ValidationCode::TooShort { min: 8 }),
            ]
        );
        let shown: Vec<_> = placed(&errors, "submit", at(&fields::REGISTRATION)).collect();
        assert_eq!(shown[0].0, "given-names");
        assert_eq!(shown[1].0, "phone");
    }
}
