//! No dead ends: when the camera cannot be used, or the face check failed three times, the
//! holder learns what to do instead, including verification in person at a service hall.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::camera::CameraError;
use crate::components::official_term::OfficialTerm;
use crate::components::page_heading::PageHeading;
use crate::glossary::Term;
use crate::i18n::{Msg, tr};
use crate::routes::AppRoute;

/// What the camera-problem page says for each reason.
const fn reason_message(reason: CameraError) -> Msg {
    match reason {
        CameraError::Denied => Msg::FaceCameraDenied,
        CameraError::Absent => Msg::FaceCameraAbsent,
        CameraError::Busy => Msg::FaceCameraBusy,
    }
}

#[component]
pub fn CameraProblemPage() -> impl IntoView {
    let query = use_query_map();
    let reason = move || CameraError::from_query(query.with(|q| q.get("reason")).as_deref());
    view! {
        <PageHeading title=AppRoute::FaceCheckCamera.title() />
        <p class="app-body-l" data-reason=move || reason().as_str()>{move || tr(reason_message(reason()))()}</p>
        {move || (reason() == CameraError::Denied).then(|| view! {
            <h2 class="app-heading-m">{tr(Msg::FaceCameraAllowHeading)}</h2>
            <ol class="app-list app-list--number">
                <li>{tr(Msg::FaceCameraAllowIcon)}</li>
                <li>{tr(Msg::FaceCameraAllowChoose)}</li>
                <li>{tr(Msg::FaceCameraAllowReload)}</li>
            </ol>
        })}
        <A href=AppRoute::FaceCheck.href() attr:class="app-button" attr:draggable="false">{tr(Msg::FaceTryAgain)}</A>
        <h2 class="app-heading-m">{tr(Msg::FaceCameraOtherHeading)}</h2>
        <ul class="app-list app-list--bullet">
            <li>{tr(Msg::FaceCameraOtherDevice)}</li>
            <li>{tr(Msg::FaceCameraOtherInPerson)}" "<A href=AppRoute::FaceCheckInPerson.href()>{tr(Msg::FaceInPersonLink)}</A></li>
        </ul>
    }
}

#[component]
pub fn InPersonPage() -> impl IntoView {
    view! {
        <PageHeading title=AppRoute::FaceCheckInPerson.title() />
        <p class="app-body-l">{tr(Msg::FaceInPersonLead)}</p>
        <p>{tr(Msg::FaceInPersonWhere)}" "<OfficialTerm term=Term::ServiceHall /></p>
        <h2 class="app-heading-m">{tr(Msg::FaceInPersonBringHeading)}</h2>
        <ul class="app-list app-list--bullet">
            <li>{tr(Msg::FaceInPersonBringPassport)}</li>
            <li>{tr(Msg::FaceInPersonBringNumber)}" "<OfficialTerm term=Term::NotificationLetter /></li>
            <li>{tr(Msg::FaceInPersonBringPhone)}</li>
        </ul>
        <p>{tr(Msg::FaceInPersonSaved)}</p>
        <p><A href=AppRoute::Card.href()>{tr(Msg::FaceInPersonCardLink)}</A></p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_camera_problem_has_its_own_explanation() {
        let all = [CameraError::Denied, CameraError::Absent, CameraError::Busy];
        let ids: std::collections::HashSet<_> =
            all.iter().map(|r| reason_message(*r).id()).collect();
        assert_eq!(ids.len(), all.len());
    }
}
