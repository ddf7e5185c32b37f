//! A labelled drop-down list.

use leptos::prelude::*;
use leptos::text_prop::TextProp;

#[component]
pub fn Select(
    id: &'static str,
    #[prop(into)] label: TextProp,
    /// (value, visible text), in order.
    options: Vec<(String, TextProp)>,
    value: RwSignal<String>,
    /// The id of an error message (or hint) that describes this list, while there is one.
    #[prop(optional, into)]
    described_by: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <div class="app-form-group">
            <label class="app-label" for=id>{move || label.get().to_string()}</label>
            <select
                id=id
                name=id
                class="app-select"
                aria-describedby=move || described_by.get()
                aria-invalid=move || described_by.with(Option::is_some).then_some("true")
                prop:value=move || value.get()
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                {options.into_iter().map(|(option, text)| {
                    let selected = option.clone();
                    view! {
                        <option value=option selected=move || value.with(|v| *v == selected)>{move || text.get().to_string()}</option>
                    }
                }).collect_view()}
            </select>
        </div>
    }
}
