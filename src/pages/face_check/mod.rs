//! The face check (实人认证) that turns a registered, sealed card into a working one.
//!
//! One page, several stages: an explanation before the browser asks for the camera, a live
//! preview with a framing guide, a short challenge (look ahead, turn the head one way and
//! then the other) while frames are captured, the upload with its progress, and the outcome
//! with advice for each reason. The camera stops whenever the page is left.

pub mod help;
mod icons;
mod preview;
mod stage;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use protocol::api::FaceCheckResponse;
use protocol::problem::ApiErrorCode;

use crate::api::ApiFailure;
use crate::components::button::Button;
use crate::components::notice::{Notice, NoticeKind};
use crate::components::official_term::OfficialTerm;
use crate::components::page_heading::PageHeading;
use crate::glossary::Term;
use crate::i18n::{Msg, args, tr, use_i18n};
use crate::routes::AppRoute;
use crate::session::{require_sign_in, use_session};
use crate::submission::submission;
use icons::{FramingGuide, LightIcon, PromptIcon};
use preview::{Preview, Started};
use stage::{FRAMES, Next, Prompt, Stage, failure_messages};

#[component]
pub fn FaceCheckPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let navigate = use_navigate();
    let sign_in_again = require_sign_in(AppRoute::FaceCheck);
    let stage = RwSignal::new(Stage::Intro);
    let progress = RwSignal::new(0.0_f64);
    let preview = Preview::new();
    let frames = StoredValue::new_local(Vec::<crate::camera::Frame>::new());
    let key = StoredValue::new(String::new());
    let error_box = NodeRef::<leptos::html::Div>::new();
    let ready_heading = NodeRef::<leptos::html::H2>::new();
    let capture_status = NodeRef::<leptos::html::Div>::new();

    // Everything below may finish after the holder has left the page: then it must neither
    // touch the page's disposed state nor navigate, and a camera that arrives late is stopped.
    let gone = move || stage.is_disposed();
    let go = {
        let navigate = navigate.clone();
        move |route: AppRoute, query: &str| {
            preview.stop();
            if !gone() {
                navigate(&format!("{}{query}", route.href()), Default::default());
            }
        }
    };

    let start_camera = {
        let go = go.clone();
        Callback::new(move |()| {
            if !stage.get_untracked().may_start_camera() {
                return;
            }
            stage.set(Stage::Starting);
            let go = go.clone();
            leptos::task::spawn_local(async move {
                match preview.start(gone).await {
                    Ok(Started::Ready) => stage.set(Stage::Ready),
                    Ok(Started::Gone) => {}
                    Err(reason) => go(
                        AppRoute::FaceCheckCamera,
                        &format!("?reason={}", reason.as_str()),
                    ),
                }
            });
        })
    };

    let outcome = {
        let go = go.clone();
        move |result: Result<FaceCheckResponse, ApiFailure>| match result {
            Ok(response) => match Stage::after_answer(response) {
                Next::Done => {
                    preview.stop();
                    let go = go.clone();
                    leptos::task::spawn_local(async move {
                        crate::session::refresh(session).await;
                        go(AppRoute::RegisterDone, "");
                    });
                }
                Next::InPerson => go(AppRoute::FaceCheckInPerson, ""),
                Next::Show(next) => stage.set(next),
            },
            Err(failure) if failure.code() == Some(&ApiErrorCode::ManualReviewRequired) => {
                go(AppRoute::FaceCheckInPerson, "");
            }
            Err(failure) => {
                if gone() || sign_in_again(&failure) {
                    return;
                }
                // Only a lost answer is sent again under the same key (the server may have
                // checked the pictures); after any answer, the server keeps that answer for
                // the key, so a new try needs a new one.
                if failure != ApiFailure::Network {
                    key.set_value(crate::browser::random_uuid().unwrap_or_default());
                }
                stage.set(Stage::NotSent(i18n.failure_message(&failure)));
            }
        }
    };

    // Sends the captured frames; a retry after a lost response reuses the attempt's key, so
    // the server answers it once and never counts it twice.
    // A kiosk waits longer before clearing the screen while the pictures travel.
    let idle_hold = crate::mode::use_idle_hold();
    let upload = submission(
        move |(captured, attempt): (Vec<crate::camera::Frame>, String)| async move {
            let _held = idle_hold.map(crate::mode::IdleHold::hold);
            crate::api::face_check(&captured, &attempt, move |sent| {
                progress.set(sent);
            })
            .await
        },
        outcome,
    );
    let send = Callback::new(move |()| {
        if !stage.get_untracked().may_send() {
            return;
        }
        let (Some(captured), Some(attempt)) = (frames.try_get_value(), key.try_get_value()) else {
            return;
        };
        stage.set(Stage::Uploading);
        progress.set(0.0);
        upload.send((captured, attempt));
    });

    let run_check = Callback::new(move |()| {
        if !stage.get_untracked().may_run_check() {
            return;
        }
        stage.set(Stage::Capturing(0));
        if let Some(status) = capture_status.get_untracked() {
            let _ = status.focus();
        }
        leptos::task::spawn_local(async move {
            let captured = preview
                .capture(|index| stage.set(Stage::Capturing(index)))
                .await;
            let Some(captured) = captured.filter(|_| !gone()) else {
                return;
            };
            // Too few pictures would only spend one of the holder's attempts.
            if let Some(next) = Stage::after_capture(captured.len()) {
                stage.set(next);
                return;
            }
            frames.set_value(captured);
            key.set_value(crate::browser::random_uuid().unwrap_or_default());
            send.try_run(());
        });
    });

    // Problems take focus, as an error summary does; a ready preview moves focus to its
    // instructions (the button that had focus is gone).
    Effect::new(move || {
        if stage.with(Stage::is_problem)
            && let Some(element) = error_box.get()
        {
            let _ = element.focus();
        }
    });
    Effect::new(move || {
        if let Some(heading) = ready_heading.get() {
            let _ = heading.focus();
        }
    });

    let live = move || stage.with(Stage::shows_preview);
    let capturing = move || stage.with(Stage::capturing);

    view! {
        <PageHeading
            title=AppRoute::FaceCheck.title()
            caption=Msg::RegisterStep
            has_error=Signal::derive(move || stage.with(Stage::is_problem))
        />
        <p class="app-body-l">{tr(Msg::FaceIntroLead)}" "<OfficialTerm term=Term::RealPersonVerification /></p>
        {move || stage.with(Stage::shows_intro).then(|| view! {
            <h2 class="app-heading-m">{tr(Msg::FaceIntroWhatHeading)}</h2>
            <ol class="app-list app-list--number">
                <li>{tr(Msg::FaceIntroStepAllow)}</li>
                <li>{tr(Msg::FaceIntroStepFrame)}</li>
                <li>{tr(Msg::FaceIntroStepTurn)}</li>
            </ol>
            <p>{tr(Msg::FaceIntroPrivacy)}</p>
            <Button
                label=tr(Msg::FaceStartCamera)
                button_type="button"
                id="face-start-camera"
                pending=Signal::derive(move || stage.get() == Stage::Starting)
                on_click=start_camera
            />
        })}
        <div class="app-camera" hidden=move || !live()>
            <video node_ref=preview.video class="app-camera__video" autoplay muted playsinline aria-hidden="true"></video>
            <FramingGuide />
        </div>
        // The instruction is read when it changes (three times in a check); the picture count
        // and the upload percentage are shown but not announced on every step.
        <div class="app-camera__status app-focus-target" tabindex="-1" node_ref=capture_status>
            <div role="status">
                {move || capturing().map(|index| {
                    let prompt = Prompt::SEQUENCE[index];
                    view! {
                        <p class="app-prompt">
                            <PromptIcon prompt />
                            <span>{i18n.t(prompt.message())}</span>
                        </p>
                    }
                })}
                {move || (stage.get() == Stage::Uploading).then(|| view! { <p>{tr(Msg::FaceUploading)}</p> })}
            </div>
            {move || capturing().map(|index| view! {
                <p class="app-hint">{i18n.text(args::FaceCapturing { current: (index + 1) as f64, total: FRAMES as f64 })}</p>
            })}
            {move || (stage.get() == Stage::Uploading).then(|| view! {
                <progress class="app-progress" max="100" aria-label=tr(Msg::FaceUploading) value=move || (progress.get() * 100.0).round()></progress>
                <span class="app-hint">{move || format!(" {}%", (progress.get() * 100.0).round())}</span>
            })}
        </div>
        {move || (stage.get() == Stage::Ready).then(|| view! {
            <h2 class="app-heading-m app-focus-target" tabindex="-1" node_ref=ready_heading>{tr(Msg::FaceReadyHeading)}</h2>
            <ul class="app-instructions">
                <li><PromptIcon prompt=Prompt::LookAhead />{tr(Msg::FaceReadyFrame)}</li>
                <li><PromptIcon prompt=Prompt::TurnOneWay />{tr(Msg::FaceReadyTurn)}</li>
                <li><LightIcon />{tr(Msg::FaceReadyLight)}</li>
            </ul>
            <Button label=tr(Msg::FaceStartCheck) button_type="button" id="face-start-check" on_click=run_check />
        })}
        <div node_ref=error_box id="face-outcome" tabindex="-1" class="app-focus-target">
            {move || match stage.get() {
                Stage::Failed(failures, remaining) => Some(view! {
                    <Notice kind=NoticeKind::Warning>
                        <h2 class="app-heading-m">{tr(Msg::FaceFailedHeading)}</h2>
                        <ul class="app-list">
                            {failures.into_iter().map(|failure| {
                                let (name, advice) = failure_messages(failure);
                                view! { <li data-reason=failure.as_str()><strong>{i18n.t(name)}</strong>" "{i18n.t(advice)}</li> }
                            }).collect_view()}
                        </ul>
                        <p id="face-attempts">{i18n.text(args::FaceAttemptsRemaining { remaining: f64::from(remaining) })}</p>
                    </Notice>
                    <Button label=tr(Msg::FaceTryAgain) button_type="button" id="face-try-again" on_click=run_check />
                }.into_any()),
                Stage::NotSent(message) => Some(view! {
                    <Notice kind=NoticeKind::Warning>
                        <p>{tr(Msg::FaceNotSent)}" "{message}</p>
                    </Notice>
                    <Button label=tr(Msg::FaceSendAgain) button_type="button" id="face-send-again" on_click=send />
                }.into_any()),
                Stage::NoPictures => Some(view! {
                    <Notice kind=NoticeKind::Warning>
                        <p>{tr(Msg::FaceNoPictures)}" "{tr(Msg::FaceAdviceTooFewFrames)}</p>
                    </Notice>
                    <Button label=tr(Msg::FaceTryAgain) button_type="button" id="face-try-again" on_click=run_check />
                }.into_any()),
                _ => None,
            }}
        </div>
        <p class="app-body-s">
            <a href=AppRoute::FaceCheckInPerson.href()>{tr(Msg::FaceInPersonLink)}</a>
        </p>
    }
}
