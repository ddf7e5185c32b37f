//! The visit on a kiosk: watches for input, warns before the idle reset, and ends the visit
//! (signed out on the server for sure, then the page loaded afresh, so no answer, card or
//! camera survives in memory) when the countdown runs out or the person presses Finish.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::idle::{self, Phase, Timing};
use crate::i18n::{Msg, args, tr, use_i18n};
use crate::mode::{use_idle_hold, use_mode};
use crate::routes::AppRoute;
use crate::session::use_session;

/// The warning dialog's id.
const DIALOG_ID: &str = "kiosk-idle";
/// How often the idle time is looked at.
const TICK_MS: u64 = 1000;

/// Where a kiosk starts again after a visit.
fn welcome_url(from_address: bool) -> String {
    if from_address {
        format!("{}?kiosk=1", AppRoute::Home.href())
    } else {
        AppRoute::Home.href().to_owned()
    }
}

/// The kiosk's header controls, its idle watch and its warning dialog.
#[component]
pub fn Visit() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let from_address = use_mode().from_address();
    keep_kiosk_in_address(from_address);

    let timing = Timing::from_setting(crate::browser::meta_content("app-kiosk-idle").as_deref());
    let hold = use_idle_hold();
    // A visit starts at the welcome screen, on the start page (where an ended visit returns).
    let welcome = RwSignal::new(use_location().pathname.get_untracked() == AppRoute::Home.href());
    let last_input = StoredValue::new(crate::browser::now_ms());
    let now = RwSignal::new(crate::browser::now_ms());
    let phase = Memo::new(move |_| {
        let held = hold.is_some_and(crate::mode::IdleHold::held);
        // Nobody's visit runs while the welcome screen shows.
        if welcome.get() {
            return Phase::Active;
        }
        timing.phase(now.get() - last_input.get_value(), held)
    });
    Effect::new(move || {
        if !welcome.get() {
            last_input.set_value(crate::browser::now_ms());
        }
    });
    let warning = move || matches!(phase.get(), Phase::Warning { .. });

    // Any touch, key or pointer input restarts the idle time, except while the warning shows:
    // then only its button does, so that the person answers it.
    let input = move || {
        if !warning() {
            last_input.set_value(crate::browser::now_ms());
        }
    };
    let listeners = [
        window_event_listener(leptos::ev::pointerdown, move |_| input()),
        window_event_listener(leptos::ev::keydown, move |_| input()),
        window_event_listener(leptos::ev::wheel, move |_| input()),
        window_event_listener(leptos::ev::input, move |_| input()),
    ];
    let ticker = set_interval_with_handle(
        move || now.set(crate::browser::now_ms()),
        std::time::Duration::from_millis(TICK_MS),
    )
    .ok();
    on_cleanup(move || {
        for listener in listeners {
            listener.remove();
        }
        if let Some(ticker) = ticker {
            ticker.clear();
        }
    });

    // Ends the visit once: signed out for sure, then the welcome page loaded afresh.
    let ending = RwSignal::new(false);
    let waiting_for_network = RwSignal::new(false);
    let end = move || {
        if ending.get_untracked() {
            return;
        }
        ending.set(true);
        let _ = crate::browser::show_modal(DIALOG_ID, false);
        leptos::task::spawn_local(async move {
            crate::session::sign_out_for_sure(session, move || waiting_for_network.set(true)).await;
            crate::browser::replace_location(&welcome_url(from_address));
        });
    };
    Effect::new(move || match phase.get() {
        Phase::Over => end(),
        Phase::Warning { .. } if !ending.get_untracked() => {
            let _ = crate::browser::show_modal(DIALOG_ID, true);
        }
        _ => {
            let _ = crate::browser::show_modal(DIALOG_ID, false);
        }
    });
    let more_time = move || {
        last_input.set_value(crate::browser::now_ms());
        now.set(crate::browser::now_ms());
    };

    let seconds_left = move || match phase.get() {
        Phase::Warning { seconds_left } => seconds_left,
        _ => idle::WARNING_SECONDS,
    };
    let countdown = move || {
        i18n.text(args::IdleCountdown {
            seconds: f64::from(seconds_left()),
        })
    };
    // The live region speaks now and then, not every second (see `idle::announce`).
    let announcement = Memo::new(move |previous: Option<&String>| {
        let left = seconds_left();
        if warning() && idle::announce(left) {
            countdown()
        } else {
            previous.cloned().unwrap_or_default()
        }
    });

    // People in a wheelchair, or short, bring the page's controls within reach.
    let lowered = RwSignal::new(false);
    Effect::new(move || {
        crate::browser::set_root_attribute(
            "data-lowered",
            if lowered.get() { "true" } else { "false" },
        );
    });
    view! {
        <button
            type="button"
            class="app-button app-button--secondary app-header__finish"
            aria-pressed=move || if lowered.get() { "true" } else { "false" }
            on:click=move |_| lowered.update(|l| *l = !*l)
        >
            {tr(Msg::ReachLower)}
        </button>
        <button type="button" class="app-button app-button--secondary app-header__finish" on:click=move |_| end()>
            {tr(Msg::IdleFinish)}
        </button>
        <dialog
            id=DIALOG_ID
            class="app-dialog"
            aria-labelledby="kiosk-idle-title"
            aria-describedby="kiosk-idle-countdown"
            on:cancel=move |event: leptos::ev::Event| {
                // Escape answers "more time" rather than leaving the countdown running unseen.
                event.prevent_default();
                more_time();
            }
        >
            <h2 id="kiosk-idle-title" class="app-heading-l">{tr(Msg::IdleTitle)}</h2>
            <p id="kiosk-idle-countdown" class="app-dialog__timer" role="timer" aria-live="off">{countdown}</p>
            <p class="app-visually-hidden" aria-live="assertive">{move || announcement.get()}</p>
            <div class="app-button-group">
                <button type="button" class="app-button app-button--large" autofocus on:click=move |_| more_time()>
                    {tr(Msg::IdleMoreTime)}
                </button>
                <button type="button" class="app-button app-button--secondary" on:click=move |_| end()>
                    {tr(Msg::IdleFinishNow)}
                </button>
            </div>
        </dialog>
        <super::welcome::Welcome open=welcome />
        <super::keyboard::Keyboard />
        <Show when=move || ending.get()>
            <div class="app-kiosk-ending" role="status">
                <p class="app-heading-l">{tr(Msg::IdleEnding)}</p>
                <Show when=move || waiting_for_network.get()>
                    <p>{tr(Msg::IdleEndingWaiting)}</p>
                </Show>
            </div>
        </Show>
    }
}

/// A kiosk opened with `?kiosk=1` puts it back in the address after every in-app navigation,
/// so that a reload (or the next person after a reset) is still a kiosk.
fn keep_kiosk_in_address(from_address: bool) {
    if !from_address {
        return;
    }
    let location = use_location();
    Effect::new(move || {
        location.pathname.track();
        location.search.track();
        // After the router has written the new address.
        set_timeout(
            || crate::browser::set_query_param("kiosk", Some("1")),
            std::time::Duration::ZERO,
        );
    });
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_kiosk_tried_from_the_address_starts_again_as_one() {
        assert_eq!(super::welcome_url(true), "/?kiosk=1");
        assert_eq!(super::welcome_url(false), "/");
    }
}
