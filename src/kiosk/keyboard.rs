//! The kiosk's on-screen keyboard for the Latin-letter and digit fields (the name as in the
//! passport, the numbers, the SMS code): a kiosk's own keyboard is often set to a Chinese input
//! method. Letters, digits, space, hyphen, apostrophe, backspace and Done; it types into the
//! text field last focused, as typing would (the form hears an `input` event). A key pressed by
//! touch or mouse leaves the focus in the field; each key is a button a screen reader names.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::browser::Keystroke;
use crate::i18n::{Msg, tr};

/// The keys, row by row, as on a passport's machine-readable zone: capitals and digits.
const ROWS: &[&[&str]] = &[
    &["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"],
    &["Q", "W", "E", "R", "T", "Y", "U", "I", "O", "P"],
    &["A", "S", "D", "F", "G", "H", "J", "K", "L"],
    &["Z", "X", "C", "V", "B", "N", "M"],
];

/// Keeps the focus in the field when a key is touched or clicked.
fn keep_focus(event: leptos::ev::PointerEvent) {
    event.prevent_default();
}

#[component]
pub fn Keyboard() -> impl IntoView {
    let field = RwSignal::new(None::<String>);
    let open = RwSignal::new(false);
    let listener = window_event_listener(leptos::ev::focusin, move |event| {
        if let Some(id) = crate::browser::text_field_id(&event) {
            field.set(Some(id));
            open.set(true);
        }
    });
    on_cleanup(move || listener.remove());
    // A new page has new fields: the keyboard waits for one to be chosen.
    let location = use_location();
    Effect::new(move || {
        location.pathname.track();
        open.set(false);
    });
    Effect::new(move || {
        let state = if open.get() { "open" } else { "closed" };
        crate::browser::set_root_attribute("data-keyboard", state);
    });
    let press = move |stroke: Keystroke| {
        let typed = field
            .get_untracked()
            .is_some_and(|id| crate::browser::type_into(&id, stroke));
        if !typed {
            open.set(false);
        }
    };
    let key = move |label: &'static str, name: Option<Msg>| {
        view! {
            <button
                type="button"
                class="app-osk__key"
                aria-label=name.map(tr)
                on:pointerdown=keep_focus
                on:click=move |_| press(Keystroke::Text(label))
            >
                {label}
            </button>
        }
    };
    move || {
        open.get().then(|| {
            view! {
                <div class="app-osk" role="group" aria-label=tr(Msg::OskLabel) dir="ltr">
                    {ROWS
                        .iter()
                        .map(|row| {
                            view! {
                                <div class="app-osk__row">
                                    {row.iter().map(|label| key(label, None)).collect_view()}
                                </div>
                            }
                        })
                        .collect_view()}
                    <div class="app-osk__row">
                        {key("-", Some(Msg::OskHyphen))}
                        {key("'", Some(Msg::OskApostrophe))}
                        <button type="button" class="app-osk__key app-osk__key--wide" on:pointerdown=keep_focus on:click=move |_| press(Keystroke::Text(" "))>
                            {tr(Msg::OskSpace)}
                        </button>
                        <button type="button" class="app-osk__key app-osk__key--action" on:pointerdown=keep_focus on:click=move |_| press(Keystroke::Backspace)>
                            {tr(Msg::OskBackspace)}
                        </button>
                        <button type="button" class="app-osk__key app-osk__key--action" on:click=move |_| open.set(false)>
                            {tr(Msg::OskDone)}
                        </button>
                    </div>
                </div>
            }
        })
    }
}
