//! An application's stages in words, each with its official Chinese name beside it, and the
//! steps of an application as a list (done, current, to come).

use leptos::prelude::*;
use protocol::applications::ApplicationStage;

use crate::components::official_term::OfficialWords;
use crate::i18n::Msg;

/// Our name of a stage.
pub const fn stage_name(stage: ApplicationStage) -> Msg {
    match stage {
        ApplicationStage::Submitted => Msg::StageSubmitted,
        ApplicationStage::PreReview => Msg::StagePreReview,
        ApplicationStage::Accepted => Msg::StageAccepted,
        ApplicationStage::UnderReview => Msg::StageUnderReview,
        ApplicationStage::MoreDocuments => Msg::StageMoreDocuments,
        ApplicationStage::Approved => Msg::StageApproved,
        ApplicationStage::Refused => Msg::StageRefused,
    }
}

/// The stage's name in the official system.
pub const fn stage_zh(stage: ApplicationStage) -> &'static str {
    match stage {
        ApplicationStage::Submitted => "已提交",
        ApplicationStage::PreReview => "预审",
        ApplicationStage::Accepted => "已受理",
        ApplicationStage::UnderReview => "审查中",
        ApplicationStage::MoreDocuments => "补正材料",
        ApplicationStage::Approved => "准予许可",
        ApplicationStage::Refused => "不予许可",
    }
}

/// What a stage means for the applicant, and what comes next.
pub const fn stage_meaning(stage: ApplicationStage) -> Msg {
    match stage {
        ApplicationStage::Submitted => Msg::StageSubmittedMeaning,
        ApplicationStage::PreReview => Msg::StagePreReviewMeaning,
        ApplicationStage::Accepted => Msg::StageAcceptedMeaning,
        ApplicationStage::UnderReview => Msg::StageUnderReviewMeaning,
        ApplicationStage::MoreDocuments => Msg::StageMoreDocumentsMeaning,
        ApplicationStage::Approved => Msg::StageApprovedMeaning,
        ApplicationStage::Refused => Msg::StageRefusedMeaning,
    }
}

#[component]
pub fn StageName(stage: ApplicationStage) -> impl IntoView {
    view! { <OfficialWords msg=stage_name(stage) zh=stage_zh(stage) /> }
}

/// Where a step stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Done,
    Current,
    ToCome,
}

impl Step {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Done => "done",
            Self::Current => "current",
            Self::ToCome => "to-come",
        }
    }

    /// The words a screen reader hears before the step (the list's marks are visual).
    pub const fn label(self) -> Msg {
        match self {
            Self::Done => Msg::StepDone,
            Self::Current => Msg::StepCurrent,
            Self::ToCome => Msg::StepToCome,
        }
    }
}

/// The usual path's steps for an application now at `current`: those before it done, it
/// current (done once approved), the rest to come. A request for more documents or a refusal
/// leaves the path, so it has no steps of its own here.
pub fn path_steps(current: ApplicationStage) -> Vec<(ApplicationStage, Step)> {
    let at = ApplicationStage::PATH.iter().position(|s| *s == current);
    ApplicationStage::PATH
        .iter()
        .enumerate()
        .map(|(i, stage)| {
            let step = match at {
                Some(at) if i < at => Step::Done,
                Some(at) if i == at && current == ApplicationStage::Approved => Step::Done,
                Some(at) if i == at => Step::Current,
                _ => Step::ToCome,
            };
            (*stage, step)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_path_is_done_up_to_the_current_stage() {
        let steps: Vec<Step> = path_steps(ApplicationStage::Accepted)
            .into_iter()
            .map(|(_, s)| s)
            .collect();
        assert_eq!(
            steps,
            [
                Step::Done,
                Step::Done,
                Step::Current,
                Step::ToCome,
                Step::ToCome
            ]
        );
        assert!(
            path_steps(ApplicationStage::Approved)
                .iter()
                .all(|(_, s)| *s == Step::Done)
        );
    }
}
