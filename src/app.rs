//! Providers, router and layout.

use leptos::prelude::*;
use leptos_router::StaticSegment;
use leptos_router::components::{Route, Router, Routes};

use crate::components::layout::Layout;
use crate::i18n::{I18n, provide_i18n};
use crate::mode::{Mode, provide_mode};
use crate::pages::{
    accessibility::AccessibilityPage, calculator, card::CardPage, design_system::DesignSystemPage,
    face_check, home::HomePage, not_found::NotFoundPage, payments, register, sign_in::SignInPage,
    signed_out::SignedOutPage, verify, work_permit,
};
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
                    <Route path=StaticSegment(AppRoute::Accessibility.segment()) view=AccessibilityPage />
                    <Route path=StaticSegment(AppRoute::DesignSystem.segment()) view=DesignSystemPage />
                    <Route path=StaticSegment(AppRoute::SignIn.segment()) view=SignInPage />
                    <Route path=StaticSegment(AppRoute::SignedOut.segment()) view=SignedOutPage />
                    <Route path=StaticSegment(AppRoute::Card.segment()) view=CardPage />
                    <Route path=StaticSegment(AppRoute::Register.segment()) view=register::RegisterStartPage />
                    <Route path=StaticSegment(AppRoute::RegisterName.segment()) view=register::RegisterNamePage />
                    <Route path=StaticSegment(AppRoute::RegisterNumber.segment()) view=register::RegisterNumberPage />
                    <Route path=StaticSegment(AppRoute::RegisterPassword.segment()) view=register::RegisterPasswordPage />
                    <Route path=StaticSegment(AppRoute::RegisterPhone.segment()) view=register::RegisterPhonePage />
                    <Route path=StaticSegment(AppRoute::RegisterCheck.segment()) view=register::RegisterCheckPage />
                    <Route path=StaticSegment(AppRoute::RegisterCode.segment()) view=register::code::RegisterCodePage />
                    <Route path=StaticSegment(AppRoute::FaceCheck.segment()) view=face_check::FaceCheckPage />
                    <Route path=StaticSegment(AppRoute::FaceCheckCamera.segment()) view=face_check::help::CameraProblemPage />
                    <Route path=StaticSegment(AppRoute::FaceCheckInPerson.segment()) view=face_check::help::InPersonPage />
                    <Route path=StaticSegment(AppRoute::RegisterDone.segment()) view=register::done::RegisterDonePage />
                    <Route path=StaticSegment(AppRoute::WorkPermit.segment()) view=work_permit::WorkPermitPage />
                    <Route path=StaticSegment(AppRoute::Payments.segment()) view=payments::PaymentsPage />
                    <Route path=StaticSegment(AppRoute::Calculator.segment()) view=calculator::CalculatorPage />
                    <Route path=StaticSegment(AppRoute::Verify.segment()) view=verify::VerifyPage />
                </Routes>
            </Layout>
        </Router>
    }
}
