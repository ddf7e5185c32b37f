//! Buttons. While `pending`, the button is disabled for clicks but stays focusable and says
//! it is busy, so a double click can never submit twice.

use leptos::prelude::*;
use leptos::text_prop::TextProp;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ButtonKind {
    #[default]
    Primary,
    Secondary,
    Warning,
}

impl ButtonKind {
    const fn class(self) -> &'static str {
        match self {
            Self::Primary => "app-button",
            Self::Secondary => "app-button app-button--secondary",
            Self::Warning => "app-button app-button--warning",
        }
    }
}

#[component]
pub fn Button(
    #[prop(into)] label: TextProp,
    #[prop(optional)] kind: ButtonKind,
    /// `submit` inside forms; `button` otherwise.
    #[prop(default = "submit")]
    button_type: &'static str,
    #[prop(optional, into)] pending: Signal<bool>,
    #[prop(optional)] on_click: Option<Callback<()>>,
    /// An id, so an error summary can point at the button.
    #[prop(optional)]
    id: Option<&'static str>,
) -> impl IntoView {
    let click = move |event: leptos::ev::MouseEvent| {
        if pending.get_untracked() {
            event.prevent_default();
            return;
        }
        if let Some(callback) = on_click {
            callback.run(());
        }
    };
    view! {
        <button
            id=id
            type=button_type
            class=kind.class()
            aria-disabled=move || pending.get().then_some("true")
            aria-busy=move || pending.get().then_some("true")
            on:click=click
        >
            {move || label.get().to_string()}
        </button>
    }
}
