//! A confirmation panel: the outcome of a completed journey.

use leptos::prelude::*;
use leptos::text_prop::TextProp;

#[component]
pub fn Panel(#[prop(into)] title: TextProp, children: Children) -> impl IntoView {
    view! {
        <div class="app-panel">
            <h2 class="app-panel__title">{move || title.get().to_string()}</h2>
            <div class="app-panel__body">{children()}</div>
        </div>
    }
}
