//! One source of truth for the app's paths.

use crate::i18n::Msg;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppRoute {
    Home,
    Accessibility,
    DesignSystem,
    SignIn,
    SignedOut,
    Card,
    Register,
    RegisterName,
    RegisterNumber,
    RegisterPassword,
    RegisterPhone,
    RegisterCheck,
    RegisterCode,
    FaceCheck,
    FaceCheckCamera,
    FaceCheckInPerson,
    RegisterDone,
    WorkPermit,
    Payments,
    Calculator,
    Verify,
    Prepare,
    PrepareNationality,
    PrepareDegree,
    PrepareApplication,
    PreparePoints,
    PrepareEstimate,
    PrepareTasks,
    PrepareDocument,
    LifeEvents,
    NewPassport,
    PermitExpiry,
    ChangingEmployer,
    LeavingChina,
    ApplicationStatus,
    Timeline,
}

impl AppRoute {
    pub const ALL: &'static [AppRoute] = &[
        Self::Home,
        Self::Accessibility,
        Self::DesignSystem,
        Self::SignIn,
        Self::SignedOut,
        Self::Card,
        Self::Register,
        Self::RegisterName,
        Self::RegisterNumber,
        Self::RegisterPassword,
        Self::RegisterPhone,
        Self::RegisterCheck,
        Self::RegisterCode,
        Self::FaceCheck,
        Self::FaceCheckCamera,
        Self::FaceCheckInPerson,
        Self::RegisterDone,
        Self::WorkPermit,
        Self::Payments,
        Self::Calculator,
        Self::Verify,
        Self::Prepare,
        Self::PrepareNationality,
        Self::PrepareDegree,
        Self::PrepareApplication,
        Self::PreparePoints,
        Self::PrepareEstimate,
        Self::PrepareTasks,
        Self::PrepareDocument,
        Self::LifeEvents,
        Self::NewPassport,
        Self::PermitExpiry,
        Self::ChangingEmployer,
        Self::LeavingChina,
        Self::ApplicationStatus,
        Self::Timeline,
    ];

    /// The single path segment the router matches (empty for the home page).
    #[must_use]
    pub const fn segment(self) -> &'static str {
        match self {
            Self::Home => "",
            Self::Accessibility => "accessibility",
            Self::DesignSystem => "design-system",
            Self::SignIn => "sign-in",
            Self::SignedOut => "signed-out",
            Self::Card => "card",
            Self::Register => "register",
            Self::RegisterName => "register-name",
            Self::RegisterNumber => "register-number",
            Self::RegisterPassword => "register-password",
            Self::RegisterPhone => "register-phone",
            Self::RegisterCheck => "register-check",
            Self::RegisterCode => "register-code",
            Self::FaceCheck => "face-check",
            Self::FaceCheckCamera => "face-check-camera",
            Self::FaceCheckInPerson => "face-check-in-person",
            Self::RegisterDone => "register-done",
            Self::WorkPermit => "work-permit",
            Self::Payments => "payments",
            Self::Calculator => "calculator",
            Self::Verify => "verify",
            Self::Prepare => "prepare",
            Self::PrepareNationality => "prepare-nationality",
            Self::PrepareDegree => "prepare-degree",
            Self::PrepareApplication => "prepare-application",
            Self::PreparePoints => "prepare-points",
            Self::PrepareEstimate => "prepare-estimate",
            Self::PrepareTasks => "prepare-tasks",
            Self::PrepareDocument => "prepare-document",
            Self::LifeEvents => "life-events",
            Self::NewPassport => "new-passport",
            Self::PermitExpiry => "permit-expiry",
            Self::ChangingEmployer => "changing-employer",
            Self::LeavingChina => "leaving-china",
            Self::ApplicationStatus => "application-status",
            Self::Timeline => "timeline",
        }
    }

    /// The absolute path for links.
    #[must_use]
    pub const fn href(self) -> &'static str {
        match self {
            Self::Home => "/",
            Self::Accessibility => "/accessibility",
            Self::DesignSystem => "/design-system",
            Self::SignIn => "/sign-in",
            Self::SignedOut => "/signed-out",
            Self::Card => "/card",
            Self::Register => "/register",
            Self::RegisterName => "/register-name",
            Self::RegisterNumber => "/register-number",
            Self::RegisterPassword => "/register-password",
            Self::RegisterPhone => "/register-phone",
            Self::RegisterCheck => "/register-check",
            Self::RegisterCode => "/register-code",
            Self::FaceCheck => "/face-check",
            Self::FaceCheckCamera => "/face-check-camera",
            Self::FaceCheckInPerson => "/face-check-in-person",
            Self::RegisterDone => "/register-done",
            Self::WorkPermit => "/work-permit",
            Self::Payments => "/payments",
            Self::Calculator => "/calculator",
            Self::Verify => "/verify",
            Self::Prepare => "/prepare",
            Self::PrepareNationality => "/prepare-nationality",
            Self::PrepareDegree => "/prepare-degree",
            Self::PrepareApplication => "/prepare-application",
            Self::PreparePoints => "/prepare-points",
            Self::PrepareEstimate => "/prepare-estimate",
            Self::PrepareTasks => "/prepare-tasks",
            Self::PrepareDocument => "/prepare-document",
            Self::LifeEvents => "/life-events",
            Self::NewPassport => "/new-passport",
            Self::PermitExpiry => "/permit-expiry",
            Self::ChangingEmployer => "/changing-employer",
            Self::LeavingChina => "/leaving-china",
            Self::ApplicationStatus => "/application-status",
            Self::Timeline => "/timeline",
        }
    }

    /// The page's `<h1>` and the first part of its `<title>`.
    #[must_use]
    pub const fn title(self) -> Msg {
        match self {
            Self::Home => Msg::HomeTitle,
            Self::Accessibility => Msg::AccessibilityTitle,
            Self::DesignSystem => Msg::DesignSystemTitle,
            Self::SignIn => Msg::SignInTitle,
            Self::SignedOut => Msg::SignedOutTitle,
            Self::Card => Msg::CardTitle,
            Self::Register => Msg::RegisterStartTitle,
            Self::RegisterName => Msg::RegisterNameTitle,
            Self::RegisterNumber => Msg::RegisterIdentifierTitle,
            Self::RegisterPassword => Msg::RegisterPasswordTitle,
            Self::RegisterPhone => Msg::RegisterPhoneTitle,
            Self::RegisterCheck => Msg::RegisterCheckTitle,
            Self::RegisterCode => Msg::RegisterCodeTitle,
            Self::FaceCheck => Msg::FaceCheckTitle,
            Self::FaceCheckCamera => Msg::FaceCameraTitle,
            Self::FaceCheckInPerson => Msg::FaceInPersonTitle,
            Self::RegisterDone => Msg::RegisterDoneTitle,
            Self::WorkPermit => Msg::WorkPermitTitle,
            Self::Payments => Msg::PaymentsTitle,
            Self::Calculator => Msg::CalculatorTitle,
            Self::Verify => Msg::VerifyTitle,
            Self::Prepare => Msg::PrepareTitle,
            Self::PrepareNationality => Msg::PrepareNationalityTitle,
            Self::PrepareDegree => Msg::PrepareDegreeTitle,
            Self::PrepareApplication => Msg::PrepareApplicationTitle,
            Self::PreparePoints => Msg::PreparePointsTitle,
            Self::PrepareEstimate => Msg::PrepareEstimateTitle,
            Self::PrepareTasks => Msg::PrepareTasksTitle,
            Self::PrepareDocument => Msg::PrepareTasksTitle,
            Self::LifeEvents => Msg::LifeTitle,
            Self::NewPassport => Msg::LifeNewPassportTitle,
            Self::PermitExpiry => Msg::LifeExpiryTitle,
            Self::ChangingEmployer => Msg::LifeEmployerTitle,
            Self::LeavingChina => Msg::LifeLeavingTitle,
            Self::ApplicationStatus => Msg::StatusTitle,
            Self::Timeline => Msg::CardTimelineTitle,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn href_is_the_segment_under_the_root() {
        for route in AppRoute::ALL {
            assert_eq!(route.href(), format!("/{}", route.segment()));
        }
    }

    #[test]
    fn paths_are_unique_and_never_collide_with_the_api() {
        let mut seen = std::collections::HashSet::new();
        for route in AppRoute::ALL {
            assert!(seen.insert(route.href()), "{} twice", route.href());
            assert!(!protocol::paths::is_api(route.href()));
        }
    }
}
