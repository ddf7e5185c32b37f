//! A labelled text input with hint and error.

use leptos::prelude::*;
use leptos::text_prop::TextProp;

use crate::components::field::{described_by, labelled_field};

#[component]
pub fn TextInput(
    id: &'static str,
    #[prop(into)] label: TextProp,
    #[prop(optional, into)] hint: Option<TextProp>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    value: RwSignal<String>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    /// A width modifier such as `app-input--width-10` for fixed-length answers.
    #[prop(optional)]
    width_class: Option<&'static str>,
) -> impl IntoView {
    let described_by = described_by(id, hint.is_some(), error);
    let input_class = match width_class {
        Some(width) => format!("app-input {width}"),
        None => "app-input".to_owned(),
    };
    let control = view! {
        <input
            id=id
            name=id
            type=input_type
            class=input_class
            autocomplete=autocomplete.map(crate::mode::autocomplete)
            inputmode=inputmode
            spellcheck="false"
            aria-describedby=described_by
            aria-invalid=move || error.with(Option::is_some).then_some("true")
            prop:value=move || value.get()
            on:input=move |ev| value.set(event_target_value(&ev))
        />
    };
    labelled_field(id, label, hint, error, control)
}
