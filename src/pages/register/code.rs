//! The SMS code step after registering with a Chinese mobile number: the code goes out when
//! the page opens, a visible countdown says when a new one can be asked for, and wrong,
//! expired and too-many-tries answers each get their own message.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use protocol::problem::ApiErrorCode;

use crate::components::button::{Button, ButtonKind};
use crate::components::error_summary::ErrorSummary;
use crate::components::form_problems::Problems;
use crate::components::notice::Notice;
use crate::components::page_heading::PageHeading;
use crate::components::text_input::TextInput;
use crate::i18n::{Msg, args, tr, use_i18n};
use crate::routes::AppRoute;
use crate::submission::submission;

use super::state::use_register;

const CODE: &str = "code";

#[component]
pub fn RegisterCodePage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_register();
    let navigate = use_navigate();
    let problems = Problems::new();
    let code = RwSignal::new(String::new());
    let masked = RwSignal::new(None::<String>);
    let wait = RwSignal::new(0u32);

    // One tick a second while a cooldown runs; the interval ends with the page.
    let ticker = leptos::prelude::set_interval_with_handle(
        move || {
            if wait.get_untracked() > 0 {
                wait.update(|w| *w -= 1);
            }
        },
        std::time::Duration::from_secs(1),
    )
    .ok();
    on_cleanup(move || {
        if let Some(handle) = ticker {
            handle.clear();
        }
    });

    let sending = submission(
        |phone: String| async move { crate::api::sms_send(&phone).await },
        move |result| match result {
            Ok(sent) => {
                masked.set(Some(sent.phone_masked));
                wait.set(sent.resend_after_seconds);
            }
            Err(failure) => {
                if let Some(ApiErrorCode::RateLimited {
                    retry_after_seconds,
                }) = failure.code()
                {
                    wait.set(*retry_after_seconds);
                } else {
                    problems.show_failure(i18n, &failure, CODE);
                }
            }
        },
    );
    let send = move || {
        if let Some(phone) = state.code_phone.get_untracked() {
            sending.send(phone);
        }
    };
    // Without a number to send to (a reload lost it, or none was given), go on to the face check.
    {
        let navigate = navigate.clone();
        Effect::new(move || {
            if state.code_phone.get().is_none() {
                navigate(AppRoute::FaceCheck.href(), Default::default());
            }
        });
    }
    send();

    let checking = {
        let navigate = navigate.clone();
        submission(
            |typed: String| async move { crate::api::sms_verify(&typed).await },
            move |result| match result {
                Ok(_) => {
                    state.code_phone.set(None);
                    navigate(AppRoute::FaceCheck.href(), Default::default());
                }
                Err(failure) => problems.show_failure(i18n, &failure, CODE),
            },
        )
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed: String = code
            .get_untracked()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        if typed.is_empty() {
            problems.set(vec![(CODE, i18n.t(Msg::RegisterCodeMissing))]);
            return;
        }
        checking.send(typed);
    };
    let resend = Callback::new(move |()| {
        if wait.get_untracked() == 0 {
            problems.set(Vec::new());
            send();
        }
    });

    view! {
        <ErrorSummary errors=problems.summary() />
        <PageHeading title=AppRoute::RegisterCode.title() has_error=problems.any() caption=Msg::RegisterStep />
        {move || masked.get().map(|phone| view! {
            <p>{move || i18n.text(args::RegisterCodeSent { phone: phone.clone() })}</p>
        })}
        <form novalidate on:submit=submit>
            <TextInput
                id=CODE
                label=tr(Msg::RegisterCodeLabel)
                hint=tr(Msg::RegisterCodeHint)
                error=problems.for_field(CODE)
                value=code
                autocomplete="one-time-code"
                inputmode="numeric"
                width_class="app-input--width-10"
            />
            <div class="app-button-group">
                <Button label=tr(Msg::RegisterContinue) pending=checking.pending() />
                <Button label=tr(Msg::RegisterCodeResend) kind=ButtonKind::Secondary button_type="button" pending=Signal::derive(move || wait.get() > 0) on_click=resend />
            </div>
        </form>
        // The countdown is visible, and read politely only when it starts and ends.
        <div aria-live="polite">
            {move || (wait.get() > 0).then(|| view! {
                <Notice><p>{move || i18n.text(args::RegisterCodeResendWait { seconds: f64::from(wait.get()) })}</p></Notice>
            })}
        </div>
        <p><A href=AppRoute::FaceCheck.href()>{tr(Msg::RegisterCodeSkip)}</A></p>
    }
}
