//! A password field with a show/hide toggle. The value lives only in a signal: never stored.

use leptos::prelude::*;
use leptos::text_prop::TextProp;

use crate::components::field::{described_by, labelled_field};
use crate::i18n::{Msg, use_i18n};

#[component]
pub fn PasswordInput(
    id: &'static str,
    #[prop(into)] label: TextProp,
    #[prop(optional, into)] hint: Option<TextProp>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    value: RwSignal<String>,
    /// `current-password` to sign in, `new-password` to register.
    autocomplete: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let described_by = described_by(id, hint.is_some(), error);
    let shown = RwSignal::new(false);
    let control = view! {
        <div class="app-password">
            <input
                id=id
                name=id
                type=move || if shown.get() { "text" } else { "password" }
                class="app-input app-password__input"
                autocomplete=crate::mode::autocomplete(autocomplete)
                spellcheck="false"
                autocapitalize="none"
                aria-describedby=described_by
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
            <button
                type="button"
                class="app-button app-button--secondary app-password__toggle"
                aria-controls=id
                aria-pressed=move || if shown.get() { "true" } else { "false" }
                on:click=move |_| shown.update(|s| *s = !*s)
            >
                {move || i18n.t(if shown.get() { Msg::PasswordHide } else { Msg::PasswordShow })}
            </button>
        </div>
    };
    labelled_field(id, label, hint, error, control)
}
