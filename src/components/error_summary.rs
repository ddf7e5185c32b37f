//! The error summary shown at the top of a page after a failed submit: it takes focus when it
//! appears, and each entry links to its field (focusing the input and showing its label).

use leptos::html::Div;
use leptos::prelude::*;

use crate::i18n::{Msg, tr};

/// One problem: the id of the field it belongs to and its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

#[component]
pub fn ErrorSummary(#[prop(into)] errors: Signal<Vec<FieldError>>) -> impl IntoView {
    let container = NodeRef::<Div>::new();
    Effect::new(move || {
        if errors.with(|e| !e.is_empty())
            && let Some(element) = container.get()
        {
            let _ = element.focus();
        }
    });
    move || {
        let list = errors.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|error| {
                    let field = error.field.clone();
                    view! {
                        <li>
                            <a href=format!("#{}", error.field) on:click=move |ev| {
                                ev.prevent_default();
                                crate::browser::focus_field(&field);
                            }>{error.message}</a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="app-error-summary" tabindex="-1" node_ref=container aria-labelledby="error-summary-title">
                    <div role="alert">
                        <h2 id="error-summary-title" class="app-error-summary__title">{tr(Msg::ErrorSummaryTitle)}</h2>
                        <ul class="app-error-summary__list">{items}</ul>
                    </div>
                </div>
            }
        })
    }
}
