//! The face check (实人认证) that turns a registered, sealed card into a working one.
//!
//! One page, several stages: an explanation before the browser asks for the camera, a live
//! preview with a framing guide, a short challenge (look ahead, turn the head one way and
//! then the other) while frames are captured, the upload with its progress, and the outcome
//! with advice for each reason. The camera stops whenever the page is left.

pub mod help;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use protocol::api::{FaceCheckResponse, FaceFailure, FaceOutcome};
use protocol::problem::ApiErrorCode;

use crate::api::ApiFailure;
use crate::camera;
use crate::components::button::Button;
use crate::components::notice::{Notice, NoticeKind};
use crate::components::official_term::OfficialTerm;
use crate::components::page_heading::PageHeading;
use crate::glossary::Term;
use crate::i18n::{Msg, tr, use_i18n};
use crate::routes::AppRoute;
use crate::session::{require_sign_in, use_session};

/// Frames captured per attempt (the server needs at least 3 and reads at most 8).
const FRAMES: usize = 6;
/// Time between frames: the challenge takes about three seconds.
const FRAME_INTERVAL_MS: i32 = 500;
/// Fewer frames than this are not sent (the server's minimum).
const MIN_FRAMES: usize = 3;
/// How long to wait for the preview's first picture: 50 × 100 ms.
const FIRST_PICTURE_TRIES: u32 = 50;
const FIRST_PICTURE_POLL_MS: i32 = 100;

/// One instruction of the challenge, with its icon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prompt {
    LookAhead,
    TurnOneWay,
    TurnBack,
}

impl Prompt {
    /// The instruction shown while each frame is captured.
    const SEQUENCE: [Self; FRAMES] = [
        Self::LookAhead,
        Self::TurnOneWay,
        Self::TurnOneWay,
        Self::TurnBack,
        Self::TurnBack,
        Self::LookAhead,
    ];

    const fn message(self) -> Msg {
        match self {
            Self::LookAhead => Msg::FacePromptLookAhead,
            Self::TurnOneWay => Msg::FacePromptTurnOneWay,
            Self::TurnBack => Msg::FacePromptTurnBack,
        }
    }
}

/// The reason's short name and its advice: every reason the protocol knows has both.
const fn failure_messages(failure: FaceFailure) -> (Msg, Msg) {
    match failure {
        FaceFailure::Undecodable => (Msg::FaceFailureUndecodable, Msg::FaceAdviceUndecodable),
        FaceFailure::ResolutionTooLow => (
            Msg::FaceFailureResolutionTooLow,
            Msg::FaceAdviceResolutionTooLow,
        ),
        FaceFailure::TooDark => (Msg::FaceFailureTooDark, Msg::FaceAdviceTooDark),
        FaceFailure::TooBright => (Msg::FaceFailureTooBright, Msg::FaceAdviceTooBright),
        FaceFailure::Blurry => (Msg::FaceFailureBlurry, Msg::FaceAdviceBlurry),
        FaceFailure::NoMotion => (Msg::FaceFailureNoMotion, Msg::FaceAdviceNoMotion),
        FaceFailure::NoFace => (Msg::FaceFailureNoFace, Msg::FaceAdviceNoFace),
        FaceFailure::FaceTooSmall => (Msg::FaceFailureFaceTooSmall, Msg::FaceAdviceFaceTooSmall),
        FaceFailure::TooFewFrames => (Msg::FaceFailureTooFewFrames, Msg::FaceAdviceTooFewFrames),
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Stage {
    /// What happens and why, before the browser asks for the camera.
    Intro,
    /// Waiting for the permission prompt.
    Starting,
    /// The preview runs; the user starts the check when ready.
    Ready,
    /// Frames are being captured: the index of the current one.
    Capturing(usize),
    /// The frames are being sent.
    Uploading,
    /// The check did not pass: the reasons, and the attempts left.
    Failed(Vec<FaceFailure>, u8),
    /// The frames could not be sent or checked: the message; Try again resends them.
    NotSent(String),
    /// The camera gave too few pictures; nothing was sent and no attempt was used.
    NoPictures,
}

#[component]
pub fn FaceCheckPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let navigate = use_navigate();
    let sign_in_again = require_sign_in(AppRoute::FaceCheck);
    let stage = RwSignal::new(Stage::Intro);
    let progress = RwSignal::new(0.0_f64);
    let video = NodeRef::<leptos::html::Video>::new();
    let stream = StoredValue::new_local(None::<crate::camera::Stream>);
    let frames = StoredValue::new_local(Vec::<crate::camera::Frame>::new());
    let key = StoredValue::new(String::new());
    let error_box = NodeRef::<leptos::html::Div>::new();
    let ready_heading = NodeRef::<leptos::html::H2>::new();
    let capture_status = NodeRef::<leptos::html::Div>::new();

    let stop_camera = move || {
        if let Some(stream) = stream.try_update_value(Option::take).flatten() {
            camera::stop(&stream);
        }
    };
    on_cleanup(stop_camera);

    // Everything below may finish after the holder has left the page: then it must neither
    // touch the page's disposed state nor navigate, and a camera that arrives late is stopped.
    let gone = move || stage.is_disposed();
    let go = {
        let navigate = navigate.clone();
        move |route: AppRoute, query: &str| {
            stop_camera();
            if !gone() {
                navigate(&format!("{}{query}", route.href()), Default::default());
            }
        }
    };

    let start_camera = {
        let go = go.clone();
        Callback::new(move |()| {
            if stage.get_untracked() == Stage::Starting {
                return;
            }
            stage.set(Stage::Starting);
            let go = go.clone();
            leptos::task::spawn_local(async move {
                let media = match camera::start().await {
                    Ok(media) => media,
                    Err(reason) => {
                        go(
                            AppRoute::FaceCheckCamera,
                            &format!("?reason={}", reason.as_str()),
                        );
                        return;
                    }
                };
                let Some(element) = video.try_get_untracked().flatten() else {
                    camera::stop(&media);
                    return;
                };
                element.set_src_object(Some(&media));
                let _ = element.play();
                stream.set_value(Some(media));
                // Ready only once the preview shows a picture, so no attempt is spent on
                // frames that do not exist yet.
                for _ in 0..FIRST_PICTURE_TRIES {
                    if gone() || element.video_width() > 0 {
                        break;
                    }
                    crate::browser::sleep(FIRST_PICTURE_POLL_MS).await;
                }
                if gone() {
                    return;
                }
                if element.video_width() == 0 {
                    go(
                        AppRoute::FaceCheckCamera,
                        &format!("?reason={}", camera::CameraError::Busy.as_str()),
                    );
                } else {
                    stage.set(Stage::Ready);
                }
            });
        })
    };

    let outcome = {
        let go = go.clone();
        move |result: Result<FaceCheckResponse, ApiFailure>| match result {
            Ok(response) => match response.outcome {
                FaceOutcome::Passed => {
                    stop_camera();
                    let go = go.clone();
                    leptos::task::spawn_local(async move {
                        crate::session::refresh(session).await;
                        go(AppRoute::RegisterDone, "");
                    });
                }
                FaceOutcome::ManualReview => go(AppRoute::FaceCheckInPerson, ""),
                FaceOutcome::Failed => {
                    stage.set(Stage::Failed(
                        response.failures,
                        response.attempts_remaining,
                    ));
                }
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
    let send = {
        let outcome = outcome.clone();
        Callback::new(move |()| {
            if stage.get_untracked() == Stage::Uploading {
                return;
            }
            let (Some(captured), Some(attempt)) = (frames.try_get_value(), key.try_get_value())
            else {
                return;
            };
            stage.set(Stage::Uploading);
            progress.set(0.0);
            let outcome = outcome.clone();
            leptos::task::spawn_local(async move {
                let result = crate::api::face_check(&captured, &attempt, move |sent| {
                    progress.set(sent);
                })
                .await;
                outcome(result);
            });
        })
    };

    let run_check = Callback::new(move |()| {
        if !matches!(
            stage.get_untracked(),
            Stage::Ready | Stage::Failed(..) | Stage::NoPictures
        ) {
            return;
        }
        stage.set(Stage::Capturing(0));
        if let Some(status) = capture_status.get_untracked() {
            let _ = status.focus();
        }
        leptos::task::spawn_local(async move {
            let mut captured = Vec::with_capacity(FRAMES);
            for index in 0..FRAMES {
                stage.set(Stage::Capturing(index));
                crate::browser::sleep(FRAME_INTERVAL_MS).await;
                let Some(element) = video.try_get_untracked().flatten() else {
                    return;
                };
                if let Some(frame) = camera::capture(&element).await {
                    captured.push(frame);
                }
            }
            if gone() {
                return;
            }
            // Too few pictures would only spend one of the holder's attempts.
            if captured.len() < MIN_FRAMES {
                stage.set(Stage::NoPictures);
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
        if matches!(
            stage.get(),
            Stage::Failed(..) | Stage::NotSent(_) | Stage::NoPictures
        ) && let Some(element) = error_box.get()
        {
            let _ = element.focus();
        }
    });
    Effect::new(move || {
        if let Some(heading) = ready_heading.get() {
            let _ = heading.focus();
        }
    });

    let live = move || {
        matches!(
            stage.get(),
            Stage::Ready
                | Stage::Capturing(_)
                | Stage::Uploading
                | Stage::Failed(..)
                | Stage::NoPictures
        )
    };
    let capturing = move || match stage.get() {
        Stage::Capturing(index) => Some(index),
        _ => None,
    };

    view! {
        <PageHeading
            title=AppRoute::FaceCheck.title()
            caption=Msg::RegisterStep
            has_error=Signal::derive(move || matches!(stage.get(), Stage::Failed(..) | Stage::NotSent(_) | Stage::NoPictures))
        />
        <p class="app-body-l">{tr(Msg::FaceIntroLead)}" "<OfficialTerm term=Term::RealPersonVerification /></p>
        {move || matches!(stage.get(), Stage::Intro | Stage::Starting).then(|| view! {
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
            <video node_ref=video class="app-camera__video" autoplay muted playsinline aria-hidden="true"></video>
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
                <p class="app-hint">{i18n.t_with(Msg::FaceCapturing, &[("current", ((index + 1) as f64).into()), ("total", (FRAMES as f64).into())])}</p>
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
                        <p id="face-attempts">{i18n.t_with(Msg::FaceAttemptsRemaining, &[("remaining", f64::from(remaining).into())])}</p>
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

/// An oval the face should fill, with the surroundings dimmed.
#[component]
fn FramingGuide() -> impl IntoView {
    view! {
        <svg class="app-camera__guide" viewBox="0 0 400 300" preserveAspectRatio="xMidYMid slice" aria-hidden="true" focusable="false">
            <defs>
                <mask id="app-face-mask">
                    <rect width="400" height="300" fill="white" />
                    <ellipse cx="200" cy="145" rx="78" ry="105" fill="black" />
                </mask>
            </defs>
            <rect width="400" height="300" fill="rgba(0,0,0,0.45)" mask="url(#app-face-mask)" />
            <ellipse cx="200" cy="145" rx="78" ry="105" fill="none" stroke="white" stroke-width="4" stroke-dasharray="10 6" />
        </svg>
    }
}

/// A picture of the instruction that needs no language.
#[component]
fn PromptIcon(prompt: Prompt) -> impl IntoView {
    let arrows = match prompt {
        Prompt::LookAhead => None,
        Prompt::TurnOneWay => Some("M6 12 h-4 l3 -3 M2 12 l3 3"),
        Prompt::TurnBack => Some("M18 12 h4 l-3 -3 M22 12 l-3 3"),
    };
    view! {
        <svg class="app-icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
            <ellipse cx="12" cy="12" rx="6" ry="8" fill="none" stroke="currentColor" stroke-width="1.5" />
            <circle cx="10" cy="10.5" r="0.9" fill="currentColor" />
            <circle cx="14" cy="10.5" r="0.9" fill="currentColor" />
            <path d="M10 15 q2 1.5 4 0" fill="none" stroke="currentColor" stroke-width="1.2" />
            {arrows.map(|d| view! { <path d=d fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" /> })}
        </svg>
    }
}

#[component]
fn LightIcon() -> impl IntoView {
    view! {
        <svg class="app-icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
            <circle cx="12" cy="12" r="4" fill="none" stroke="currentColor" stroke-width="1.5" />
            <path d="M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1l2.1-2.1M17 7l2.1-2.1" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_challenge_starts_and_ends_looking_ahead_and_turns_both_ways() {
        assert_eq!(Prompt::SEQUENCE.first(), Some(&Prompt::LookAhead));
        assert_eq!(Prompt::SEQUENCE.last(), Some(&Prompt::LookAhead));
        assert!(Prompt::SEQUENCE.contains(&Prompt::TurnOneWay));
        assert!(Prompt::SEQUENCE.contains(&Prompt::TurnBack));
        // Within what the server accepts.
        assert!((3..=8).contains(&FRAMES));
    }

    #[test]
    fn every_reason_has_its_own_name_and_advice() {
        let all = [
            FaceFailure::Undecodable,
            FaceFailure::ResolutionTooLow,
            FaceFailure::TooDark,
            FaceFailure::TooBright,
            FaceFailure::Blurry,
            FaceFailure::NoMotion,
            FaceFailure::NoFace,
            FaceFailure::FaceTooSmall,
            FaceFailure::TooFewFrames,
        ];
        let mut seen = std::collections::HashSet::new();
        for failure in all {
            let (name, advice) = failure_messages(failure);
            assert!(seen.insert(name.id()), "{failure:?}");
            assert!(seen.insert(advice.id()), "{failure:?}");
        }
        assert_eq!(FaceFailure::TooDark.as_str(), "too-dark");
    }
}
