//! A labelled text input with hint and error.

use leptos::prelude::*;
use leptos::text_prop::TextProp;

use crate::components::field::{ErrorMessage, FieldIds, Hint, group_class};

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
    let ids = FieldIds::new(id);
    let has_hint = hint.is_some();
    let described_by = {
        let ids = ids.clone();
        move || ids.described_by(has_hint, error.with(Option::is_some))
    };
    let input_class = match width_class {
        Some(width) => format!("app-input {width}"),
        None => "app-input".to_owned(),
    };
    view! {
        <div class=group_class(error)>
            <label class="app-label" for=id>{move || label.get().to_string()}</label>
            {hint.map(|text| view! { <Hint id=ids.hint.clone() text /> })}
            <ErrorMessage id=ids.error.clone() message=error />
            <input
                id=id
                name=id
                type=input_type
                class=input_class
                autocomplete=autocomplete
                inputmode=inputmode
                spellcheck="false"
                aria-describedby=described_by
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        </div>
    }
}
