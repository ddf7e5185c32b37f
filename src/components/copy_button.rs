//! A link-styled button that copies a value and says, politely, whether it worked. Not shown
//! on a shared kiosk, where the next person could paste what the last one copied.

use leptos::prelude::*;

use crate::i18n::{Msg, tr, use_i18n};
use crate::mode::{Mode, use_mode};

/// Copies `text` when pressed; `label` names the button.
#[component]
pub fn CopyButton(text: String, label: Msg) -> impl IntoView {
    let i18n = use_i18n();
    let state = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let text = text.clone();
        leptos::task::spawn_local(async move {
            state.set(Some(crate::browser::copy_text(&text).await));
        });
    };
    (use_mode() == Mode::Personal).then(|| {
        view! {
            <span class="app-copy">
                <button type="button" class="app-link-button app-no-print" on:click=copy>{tr(label)}</button>
                <span class="app-copy__status" role="status">
                    {move || state.get().map(|copied| i18n.t(if copied { Msg::Copied } else { Msg::CopyFailed }))}
                </span>
            </span>
        }
    })
}
