//! Providers, router and layout.

use leptos::prelude::*;
use leptos_router::StaticSegment;
use leptos_router::components::{Route, Router, Routes};

use crate::components::layout::Layout;
use crate::i18n::{I18n, provide_i18n};
use crate::journeys::JourneyPage;
use crate::mode::{Mode, provide_mode};
use crate::pages::{home::HomePage, not_found::NotFoundPage, register};
use crate::routes::AppRoute;

#[component]
pub fn App(mode: Mode, i18n: I18n) -> impl IntoView {
    provide_mode(mode);
    provide_i18n(i18n);
    crate::session::provide_session();
    register::state::provide_register_state(mode);
    view! {
        <Router>
            <Layout>
                <Routes fallback=NotFoundPage>
                    <Route path=StaticSegment(AppRoute::Home.segment()) view=HomePage />
                    <Route path=StaticSegment(AppRoute::Accessibility.segment()) view=|| view! { <JourneyPage route=AppRoute::Accessibility /> } />
                    <Route path=StaticSegment(AppRoute::DesignSystem.segment()) view=|| view! { <JourneyPage route=AppRoute::DesignSystem /> } />
                    <Route path=StaticSegment(AppRoute::SignIn.segment()) view=|| view! { <JourneyPage route=AppRoute::SignIn /> } />
                    <Route path=StaticSegment(AppRoute::SignedOut.segment()) view=|| view! { <JourneyPage route=AppRoute::SignedOut /> } />
                    <Route path=StaticSegment(AppRoute::Card.segment()) view=|| view! { <JourneyPage route=AppRoute::Card /> } />
                    <Route path=StaticSegment(AppRoute::Register.segment()) view=|| view! { <JourneyPage route=AppRoute::Register /> } />
                    <Route path=StaticSegment(AppRoute::RegisterName.segment()) view=|| view! { <JourneyPage route=AppRoute::RegisterName /> } />
                    <Route path=StaticSegment(AppRoute::RegisterNumber.segment()) view=|| view! { <JourneyPage route=AppRoute::RegisterNumber /> } />
                    <Route path=StaticSegment(AppRoute::RegisterPassword.segment()) view=|| view! { <JourneyPage route=AppRoute::RegisterPassword /> } />
                    <Route path=StaticSegment(AppRoute::RegisterPhone.segment()) view=|| view! { <JourneyPage route=AppRoute::RegisterPhone /> } />
                    <Route path=StaticSegment(AppRoute::RegisterCheck.segment()) view=|| view! { <JourneyPage route=AppRoute::RegisterCheck /> } />
                    <Route path=StaticSegment(AppRoute::RegisterCode.segment()) view=|| view! { <JourneyPage route=AppRoute::RegisterCode /> } />
                    <Route path=StaticSegment(AppRoute::FaceCheck.segment()) view=|| view! { <JourneyPage route=AppRoute::FaceCheck /> } />
                    <Route path=StaticSegment(AppRoute::FaceCheckCamera.segment()) view=|| view! { <JourneyPage route=AppRoute::FaceCheckCamera /> } />
                    <Route path=StaticSegment(AppRoute::FaceCheckInPerson.segment()) view=|| view! { <JourneyPage route=AppRoute::FaceCheckInPerson /> } />
                    <Route path=StaticSegment(AppRoute::RegisterDone.segment()) view=|| view! { <JourneyPage route=AppRoute::RegisterDone /> } />
                    <Route path=StaticSegment(AppRoute::WorkPermit.segment()) view=|| view! { <JourneyPage route=AppRoute::WorkPermit /> } />
                    <Route path=StaticSegment(AppRoute::Payments.segment()) view=|| view! { <JourneyPage route=AppRoute::Payments /> } />
                    <Route path=StaticSegment(AppRoute::Prepare.segment()) view=|| view! { <JourneyPage route=AppRoute::Prepare /> } />
                    <Route path=StaticSegment(AppRoute::PrepareNationality.segment()) view=|| view! { <JourneyPage route=AppRoute::PrepareNationality /> } />
                    <Route path=StaticSegment(AppRoute::PrepareDegree.segment()) view=|| view! { <JourneyPage route=AppRoute::PrepareDegree /> } />
                    <Route path=StaticSegment(AppRoute::PrepareApplication.segment()) view=|| view! { <JourneyPage route=AppRoute::PrepareApplication /> } />
                    <Route path=StaticSegment(AppRoute::PreparePoints.segment()) view=|| view! { <JourneyPage route=AppRoute::PreparePoints /> } />
                    <Route path=StaticSegment(AppRoute::PrepareEstimate.segment()) view=|| view! { <JourneyPage route=AppRoute::PrepareEstimate /> } />
                    <Route path=StaticSegment(AppRoute::PrepareTasks.segment()) view=|| view! { <JourneyPage route=AppRoute::PrepareTasks /> } />
                    <Route path=StaticSegment(AppRoute::PrepareDocument.segment()) view=|| view! { <JourneyPage route=AppRoute::PrepareDocument /> } />
                    <Route path=StaticSegment(AppRoute::LifeEvents.segment()) view=|| view! { <JourneyPage route=AppRoute::LifeEvents /> } />
                    <Route path=StaticSegment(AppRoute::NewPassport.segment()) view=|| view! { <JourneyPage route=AppRoute::NewPassport /> } />
                    <Route path=StaticSegment(AppRoute::PermitExpiry.segment()) view=|| view! { <JourneyPage route=AppRoute::PermitExpiry /> } />
                    <Route path=StaticSegment(AppRoute::ChangingEmployer.segment()) view=|| view! { <JourneyPage route=AppRoute::ChangingEmployer /> } />
                    <Route path=StaticSegment(AppRoute::LeavingChina.segment()) view=|| view! { <JourneyPage route=AppRoute::LeavingChina /> } />
                    <Route path=StaticSegment(AppRoute::ApplicationStatus.segment()) view=|| view! { <JourneyPage route=AppRoute::ApplicationStatus /> } />
                    <Route path=StaticSegment(AppRoute::Timeline.segment()) view=|| view! { <JourneyPage route=AppRoute::Timeline /> } />
                    <Route path=StaticSegment(AppRoute::Calculator.segment()) view=|| view! { <JourneyPage route=AppRoute::Calculator /> } />
                    <Route path=StaticSegment(AppRoute::Verify.segment()) view=|| view! { <JourneyPage route=AppRoute::Verify /> } />
                </Routes>
            </Layout>
        </Router>
    }
}
