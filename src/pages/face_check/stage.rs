//! The face check's stages and the rules for moving between them, apart from the view, so
//! each rule is tested on its own.

use protocol::api::{FaceCheckResponse, FaceFailure, FaceOutcome};

use crate::i18n::Msg;

/// Frames captured per attempt (the server needs at least 3 and reads at most 8).
pub const FRAMES: usize = 6;
/// Time between frames: the challenge takes about three seconds.
pub const FRAME_INTERVAL_MS: i32 = 500;
/// Fewer frames than this are not sent (the server's minimum).
pub const MIN_FRAMES: usize = 3;

/// One instruction of the challenge, with its icon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prompt {
    LookAhead,
    TurnOneWay,
    TurnBack,
}

impl Prompt {
    /// The instruction shown while each frame is captured.
    pub const SEQUENCE: [Self; FRAMES] = [
        Self::LookAhead,
        Self::TurnOneWay,
        Self::TurnOneWay,
        Self::TurnBack,
        Self::TurnBack,
        Self::LookAhead,
    ];

    #[must_use]
    pub const fn message(self) -> Msg {
        match self {
            Self::LookAhead => Msg::FacePromptLookAhead,
            Self::TurnOneWay => Msg::FacePromptTurnOneWay,
            Self::TurnBack => Msg::FacePromptTurnBack,
        }
    }
}

/// The reason's short name and its advice: every reason the protocol knows has both.
#[must_use]
pub const fn failure_messages(failure: FaceFailure) -> (Msg, Msg) {
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

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stage {
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

/// Where a checked attempt leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    /// Passed: the card is active; on to the done page.
    Done,
    /// Three failures: the identity is checked in person.
    InPerson,
    /// Failed: say why, and offer another try.
    Show(Stage),
}

impl Stage {
    /// The camera may be asked for (not while the permission prompt is open).
    #[must_use]
    pub fn may_start_camera(&self) -> bool {
        *self != Self::Starting
    }

    /// A check may start: the preview is ready, or a try ended without a pass.
    #[must_use]
    pub const fn may_run_check(&self) -> bool {
        matches!(self, Self::Ready | Self::Failed(..) | Self::NoPictures)
    }

    /// Frames may be sent (not while they are being sent: a double press sends once).
    #[must_use]
    pub fn may_send(&self) -> bool {
        *self != Self::Uploading
    }

    /// The explanation and its start button are shown.
    #[must_use]
    pub const fn shows_intro(&self) -> bool {
        matches!(self, Self::Intro | Self::Starting)
    }

    /// The camera preview is shown.
    #[must_use]
    pub const fn shows_preview(&self) -> bool {
        matches!(
            self,
            Self::Ready
                | Self::Capturing(_)
                | Self::Uploading
                | Self::Failed(..)
                | Self::NoPictures
        )
    }

    /// Something went wrong: the page says so and the problem takes focus.
    #[must_use]
    pub const fn is_problem(&self) -> bool {
        matches!(self, Self::Failed(..) | Self::NotSent(_) | Self::NoPictures)
    }

    /// The index of the frame being captured.
    #[must_use]
    pub const fn capturing(&self) -> Option<usize> {
        match self {
            Self::Capturing(index) => Some(*index),
            _ => None,
        }
    }

    /// After capturing `count` frames: `NoPictures` if too few to send (no attempt is spent),
    /// otherwise `None` and the frames are sent.
    #[must_use]
    pub const fn after_capture(count: usize) -> Option<Self> {
        if count < MIN_FRAMES {
            Some(Self::NoPictures)
        } else {
            None
        }
    }

    /// Where the server's answer leads.
    #[must_use]
    pub fn after_answer(response: FaceCheckResponse) -> Next {
        match response.outcome {
            FaceOutcome::Passed => Next::Done,
            FaceOutcome::ManualReview => Next::InPerson,
            FaceOutcome::Failed => {
                Next::Show(Self::Failed(response.failures, response.attempts_remaining))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use protocol::codec::WireCode as _;

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
        let mut seen = std::collections::HashSet::new();
        for &failure in FaceFailure::ALL {
            let (name, advice) = failure_messages(failure);
            assert!(seen.insert(name.id()), "{failure:?}");
            assert!(seen.insert(advice.id()), "{failure:?}");
        }
    }

    #[test]
    fn a_check_runs_only_from_a_ready_preview_or_after_a_try() {
        let failed = Stage::Failed(vec![FaceFailure::TooDark], 2);
        for stage in [Stage::Ready, failed.clone(), Stage::NoPictures] {
            assert!(stage.may_run_check(), "{stage:?}");
        }
        for stage in [
            Stage::Intro,
            Stage::Starting,
            Stage::Capturing(2),
            Stage::Uploading,
            Stage::NotSent("offline".into()),
        ] {
            assert!(!stage.may_run_check(), "{stage:?}");
        }
        assert!(!Stage::Starting.may_start_camera());
        assert!(Stage::Intro.may_start_camera());
        assert!(!Stage::Uploading.may_send());
        assert!(Stage::NotSent("offline".into()).may_send());
    }

    #[test]
    fn what_each_stage_shows() {
        assert!(Stage::Intro.shows_intro() && Stage::Starting.shows_intro());
        assert!(!Stage::Ready.shows_intro());
        assert!(Stage::Capturing(0).shows_preview());
        assert!(!Stage::Intro.shows_preview() && !Stage::NotSent(String::new()).shows_preview());
        assert!(Stage::NotSent(String::new()).is_problem());
        assert!(!Stage::Uploading.is_problem());
        assert_eq!(Stage::Capturing(4).capturing(), Some(4));
        assert_eq!(Stage::Ready.capturing(), None);
    }

    #[test]
    fn too_few_frames_are_not_sent() {
        assert_eq!(
            Stage::after_capture(MIN_FRAMES - 1),
            Some(Stage::NoPictures)
        );
        assert_eq!(Stage::after_capture(0), Some(Stage::NoPictures));
        assert_eq!(Stage::after_capture(MIN_FRAMES), None);
        assert_eq!(Stage::after_capture(FRAMES), None);
    }

    #[test]
    fn the_answer_leads_to_done_in_person_or_the_reasons() {
        let answer = |outcome, failures: Vec<FaceFailure>, remaining| FaceCheckResponse {
            outcome,
            failures,
            attempts_remaining: remaining,
            metrics: None,
        };
        assert_eq!(
            Stage::after_answer(answer(FaceOutcome::Passed, vec![], 2)),
            Next::Done
        );
        assert_eq!(
            Stage::after_answer(answer(
                FaceOutcome::ManualReview,
                vec![FaceFailure::NoFace],
                0
            )),
            Next::InPerson
        );
        assert_eq!(
            Stage::after_answer(answer(FaceOutcome::Failed, vec![FaceFailure::NoFace], 1)),
            Next::Show(Stage::Failed(vec![FaceFailure::NoFace], 1))
        );
    }
}
