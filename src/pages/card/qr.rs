//! The card's QR code for identity and medical settlement (医保结算). The server signs a token
//! valid for 60 seconds; the panel draws it as SVG, counts down visibly, fetches a new one
//! shortly before it expires (or when asked), and says plainly when it cannot.

use leptos::prelude::*;
use protocol::api::{QrPurpose, QrTokenResponse};

use crate::components::button::{Button, ButtonKind};
use crate::components::copy_button::CopyButton;
use crate::components::notice::{Notice, NoticeKind};
use crate::components::official_term::OfficialTerm;
use crate::glossary::Term;
use crate::i18n::{Msg, args, tr, use_i18n};
use crate::routes::AppRoute;
use crate::session::require_sign_in;

/// A new code is fetched this many seconds before the current one expires, so the code on
/// screen is always one a counter can still scan.
const REFRESH_BEFORE_SECONDS: u32 = 10;

/// Seconds left until `deadline_ms` (the browser clock), rounded up.
fn seconds_left(deadline_ms: f64, now_ms: f64) -> u32 {
    let left = ((deadline_ms - now_ms) / 1000.0).ceil();
    if left <= 0.0 {
        0
    } else {
        // At most the token's lifetime: far below u32::MAX (and `as` saturates).
        left as u32
    }
}

/// Without a touch, click or key press for this long, codes are no longer renewed on their
/// own: a card page left open (on a shared kiosk above all) then stops keeping the session
/// alive and stops showing a usable code. Refresh, or any interaction, starts them again.
const IDLE_LIMIT_MS: f64 = 3.0 * 60.0 * 1000.0;

/// Whether it is time to ask for a new code: the current one is about to expire, none is on
/// its way, the last try did not fail, the page is visible and someone used it recently.
fn needs_refresh(left: u32, pending: bool, failed: bool, hidden: bool, idle_ms: f64) -> bool {
    !pending && !failed && !hidden && idle_ms < IDLE_LIMIT_MS && left <= REFRESH_BEFORE_SECONDS
}

#[component]
pub fn QrPanel() -> impl IntoView {
    let i18n = use_i18n();
    let sign_in_again = require_sign_in(AppRoute::Card);
    let token = RwSignal::new(None::<QrTokenResponse>);
    // When the code on screen expires, by the browser's clock (the server's clock may differ).
    let deadline = RwSignal::new(0.0_f64);
    let left = RwSignal::new(0_u32);
    let pending = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    // Read politely when a new code appears, never on each tick of the countdown.
    let announcement = RwSignal::new(String::new());

    let refresh = Callback::new(move |()| {
        if pending.get_untracked() {
            return;
        }
        pending.set(true);
        let sign_in_again = sign_in_again.clone();
        leptos::task::spawn_local(async move {
            let result = crate::api::qr_token(QrPurpose::Identity).await;
            pending.set(false);
            match result {
                Ok(fresh) => {
                    deadline.set(
                        crate::browser::now_ms() + f64::from(fresh.valid_for_seconds) * 1000.0,
                    );
                    left.set(fresh.valid_for_seconds);
                    token.set(Some(fresh));
                    failure.set(None);
                    announcement.set(i18n.t(Msg::QrRefreshed));
                }
                Err(error) => {
                    if !sign_in_again(&error) {
                        failure.set(Some(i18n.failure_message(&error)));
                    }
                }
            }
        });
    });
    refresh.run(());

    let last_active = StoredValue::new(crate::browser::now_ms());
    let touched = move || last_active.set_value(crate::browser::now_ms());
    let listeners = [
        window_event_listener(leptos::ev::pointerdown, move |_| touched()),
        window_event_listener(leptos::ev::keydown, move |_| touched()),
        window_event_listener(leptos::ev::visibilitychange, move |_| touched()),
        // Back online after a failed refresh: try again without waiting to be asked.
        window_event_listener(leptos::ev::online, move |_| {
            if failure.with_untracked(Option::is_some) {
                failure.set(None);
                refresh.run(());
            }
        }),
    ];
    on_cleanup(move || {
        for listener in listeners {
            listener.remove();
        }
    });

    let tick = move || {
        let now = crate::browser::now_ms();
        let now_left = seconds_left(deadline.get_untracked(), now);
        left.set(now_left);
        if token.with_untracked(Option::is_some)
            && needs_refresh(
                now_left,
                pending.get_untracked(),
                failure.with_untracked(Option::is_some),
                leptos::prelude::document().hidden(),
                now - last_active.get_value(),
            )
        {
            refresh.run(());
        }
    };
    let ticker = set_interval_with_handle(tick, std::time::Duration::from_secs(1)).ok();
    on_cleanup(move || {
        if let Some(handle) = ticker {
            handle.clear();
        }
    });

    let expired = move || left.get() == 0;
    let code = move || {
        token.get().and_then(|t| {
            let svg = crate::qr::encode(&t.token)?;
            Some((t.token, svg))
        })
    };
    // The code's text, for pasting into the public check on the same device; a memo, so the
    // button (and its "Copied") stays while the countdown ticks.
    let copyable = Memo::new(move |_| token.get().map(|t| t.token).filter(|_| !expired()));
    view! {
        <section class="app-qr" aria-labelledby="qr-title">
            <h2 id="qr-title" class="app-heading-m">{tr(Msg::QrTitle)}" "<OfficialTerm term=Term::QrCode /></h2>
            <p>{tr(Msg::QrUse)}" "<OfficialTerm term=Term::MedicalSettlement /></p>
            <div class="app-qr__code" data-expired=move || if expired() { "true" } else { "false" }>
                {move || match (code(), expired()) {
                    (Some((text, svg)), false) => Some(view! {
                        <svg
                            class="app-qr__svg"
                            viewBox=format!("0 0 {0} {0}", svg.size)
                            role="img"
                            aria-label=tr(Msg::QrImageLabel)
                            data-token=text
                            shape-rendering="crispEdges"
                        >
                            <rect width="100%" height="100%" fill="#ffffff" />
                            <path d=svg.path fill="#000000" />
                        </svg>
                    }.into_any()),
                    _ => Some(view! { <p class="app-qr__placeholder">{move || i18n.t(if pending.get() { Msg::QrLoading } else { Msg::QrExpired })}</p> }.into_any()),
                }}
            </div>
            {move || copyable.get().map(|text| view! {
                <p class="app-qr__copy"><CopyButton text label=Msg::QrCopyText /></p>
            })}
            <p class="app-qr__countdown" role="timer">
                {move || (!expired()).then(|| i18n.text(args::QrCountdown { seconds: f64::from(left.get()) }))}
            </p>
            <p class="app-visually-hidden" aria-live="polite">{move || announcement.get()}</p>
            <div aria-live="polite">
                {move || failure.get().map(|message| view! {
                    <Notice kind=NoticeKind::Warning>
                        <p>{tr(Msg::QrRefreshFailed)}" "{message}</p>
                    </Notice>
                })}
            </div>
            <Button label=tr(Msg::QrRefresh) kind=ButtonKind::Secondary button_type="button" id="qr-refresh" pending on_click=Callback::new(move |()| { failure.set(None); refresh.run(()); }) />
            <p class="app-hint">{tr(Msg::QrBrightness)}</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_countdown_rounds_up_and_stops_at_zero() {
        assert_eq!(seconds_left(60_000.0, 0.0), 60);
        assert_eq!(seconds_left(60_000.0, 100.0), 60);
        assert_eq!(seconds_left(60_000.0, 59_001.0), 1);
        assert_eq!(seconds_left(60_000.0, 60_000.0), 0);
        assert_eq!(seconds_left(60_000.0, 120_000.0), 0);
    }

    #[test]
    fn a_new_code_is_fetched_before_expiry_unless_one_is_on_its_way_or_failed() {
        assert!(!needs_refresh(11, false, false, false, 0.0));
        assert!(needs_refresh(10, false, false, false, 0.0));
        assert!(needs_refresh(0, false, false, false, 0.0));
        assert!(!needs_refresh(5, true, false, false, 0.0));
        assert!(!needs_refresh(5, false, true, false, 0.0));
    }

    #[test]
    fn a_hidden_or_unattended_page_stops_renewing_codes() {
        assert!(!needs_refresh(5, false, false, true, 0.0));
        assert!(needs_refresh(5, false, false, false, IDLE_LIMIT_MS - 1.0));
        assert!(!needs_refresh(5, false, false, false, IDLE_LIMIT_MS));
    }
}
