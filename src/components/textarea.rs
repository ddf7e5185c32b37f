//! A labelled multi-line input with hint and error, for pasted text such as the passport's
//! machine-readable zone.

use leptos::prelude::*;
use leptos::text_prop::TextProp;

use crate::components::field::{ErrorMessage, FieldIds, Hint, group_class};

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
    let ids = FieldIds::new(id);
    let has_hint = hint.is_some();
    let described_by = {
        let ids = ids.clone();
        move || ids.described_by(has_hint, error.with(Option::is_some))
    };
    let textarea_class = match class {
        Some(extra) => format!("app-input app-textarea {extra}"),
        None => "app-input app-textarea".to_owned(),
    };
    view! {
        <div class=group_class(error)>
            <label class="app-label" for=id>{move || label.get().to_string()}</label>
            {hint.map(|text| view! { <Hint id=ids.hint.clone() text /> })}
            <ErrorMessage id=ids.error.clone() message=error />
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
        </div>
    }
}
