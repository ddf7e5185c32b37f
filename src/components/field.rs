//! Shared wiring for form fields: ids for the hint and error, `aria-describedby` chaining the
//! hint then the error, and the error message with its visually hidden "Error:" prefix.

use leptos::prelude::*;
use leptos::text_prop::TextProp;

use crate::i18n::{Msg, tr};

/// The ids belonging to one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldIds {
    pub input: String,
    pub hint: String,
    pub error: String,
}

impl FieldIds {
    #[must_use]
    pub fn new(id: &str) -> Self {
        Self {
            input: id.to_owned(),
            hint: format!("{id}-hint"),
            error: format!("{id}-error"),
        }
    }

    /// The hint's id then the error's id, for the ones shown.
    #[must_use]
    pub fn described_by(&self, has_hint: bool, has_error: bool) -> Option<String> {
        let ids: Vec<&str> = [
            (has_hint, self.hint.as_str()),
            (has_error, self.error.as_str()),
        ]
        .into_iter()
        .filter_map(|(shown, id)| shown.then_some(id))
        .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// `aria-describedby` of a single control: its hint, then its error while there is one.
pub fn described_by(
    id: &str,
    has_hint: bool,
    error: Signal<Option<String>>,
) -> impl Fn() -> Option<String> + Clone + 'static {
    let ids = FieldIds::new(id);
    move || ids.described_by(has_hint, error.with(Option::is_some))
}

/// A form group around one control whose id is `id`: its label, hint and error message, then
/// the control (which points at them with [`described_by`]).
pub fn labelled_field(
    id: &'static str,
    label: TextProp,
    hint: Option<TextProp>,
    error: Signal<Option<String>>,
    control: impl IntoView,
) -> impl IntoView {
    let ids = FieldIds::new(id);
    view! {
        <div class=group_class(error)>
            <label class="app-label" for=id>{move || label.get().to_string()}</label>
            {hint.map(|text| view! { <Hint id=ids.hint.clone() text /> })}
            <ErrorMessage id=ids.error.clone() message=error />
            {control}
        </div>
    }
}

/// The form group's class: red bar at the inline start while in error.
pub fn group_class(error: Signal<Option<String>>) -> impl Fn() -> &'static str + Copy {
    move || {
        if error.with(Option::is_some) {
            "app-form-group app-form-group--error"
        } else {
            "app-form-group"
        }
    }
}

#[component]
pub fn Hint(id: String, text: TextProp) -> impl IntoView {
    view! { <div id=id class="app-hint">{move || text.get().to_string()}</div> }
}

#[component]
pub fn ErrorMessage(id: String, #[prop(into)] message: Signal<Option<String>>) -> impl IntoView {
    move || {
        message.get().map(|text| {
            view! {
                <p id=id.clone() class="app-error-message">
                    <span class="app-visually-hidden">{tr(Msg::ErrorPrefix)}" "</span>
                    {text}
                </p>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn described_by_chains_hint_then_error() {
        let ids = FieldIds::new("surname");
        assert_eq!(
            ids.described_by(true, true).as_deref(),
            Some("surname-hint surname-error")
        );
        assert_eq!(
            ids.described_by(false, true).as_deref(),
            Some("surname-error")
        );
        assert_eq!(
            ids.described_by(true, false).as_deref(),
            Some("surname-hint")
        );
        assert_eq!(ids.described_by(false, false), None);
    }
}
