//! A labelled multi-line input with hint and error, for pasted text such as the passport's
//! machine-readable zone.

use leptos::prelude::*;
use leptos::text_prop::TextProp;

use crate::components::field::{described_by, labelled_field};

#[component]
pub fn TextArea(
    id: &'static str,
    #[prop(into)] label: TextProp,
    #[prop(optional, into)] hint: Option<TextProp>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    value: RwSignal<String>,
    #[prop(default = 3)] rows: u32,
    /// An extra class, such as `app-textarea--code` for fixed-width text.
    #[prop(optional)]
    class: Option<&'static str>,
    /// `characters` for text printed in capitals (the passport lines); `off` for
    /// case-sensitive text such as a QR token.
    #[prop(default = "off")]
    autocapitalize: &'static str,
) -> impl IntoView {
    let described_by = described_by(id, hint.is_some(), error);
    let textarea_class = match class {
        Some(extra) => format!("app-input app-textarea {extra}"),
        None => "app-input app-textarea".to_owned(),
    };
    let control = view! {
        <textarea
            id=id
            name=id
            class=textarea_class
            rows=rows
            autocomplete="off"
            autocapitalize=autocapitalize
            spellcheck="false"
            dir="ltr"
            aria-describedby=described_by
            aria-invalid=move || error.with(Option::is_some).then_some("true")
            prop:value=move || value.get()
            on:input=move |ev| value.set(event_target_value(&ev))
        ></textarea>
    };
    labelled_field(id, label, hint, error, control)
}
