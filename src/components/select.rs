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
) -> impl IntoView {
    view! {
        <div class="app-form-group">
            <label class="app-label" for=id>{move || label.get().to_string()}</label>
            <select
                id=id
                name=id
                class="app-select"
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
