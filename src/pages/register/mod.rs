//! The registration journey: one question per page, then check your answers and register.
//! Every answer is checked in the browser with the same protocol rules the server applies.

pub mod code;
pub mod done;
mod questions;
mod start;
pub mod state;

pub use questions::{
    RegisterNamePage, RegisterNumberPage, RegisterPasswordPage, RegisterPhonePage,
};
pub use start::RegisterStartPage;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use protocol::api::IdentifierKind;
use protocol::problem::ApiErrorCode;
use protocol::{forms, ids, names};

use crate::components::back_link::BackLink;
use crate::components::button::Button;
use crate::components::error_summary::ErrorSummary;
use crate::components::form_problems::Problems;
use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::i18n::{Msg, tr, use_i18n};
use crate::routes::AppRoute;
use crate::session::use_session;
use state::use_register;

/// The check page's problems point at the Change link of the answer concerned.
fn change_anchor(field: &str) -> &'static str {
    match field {
        forms::fields::SURNAME | forms::fields::GIVEN_NAMES => "change-name",
        forms::fields::IDENTIFIER_KIND | forms::fields::IDENTIFIER => "change-number",
        forms::fields::PASSWORD => "change-password",
        forms::fields::PHONE => "change-phone",
        _ => "register-submit",
    }
}

#[component]
pub fn RegisterCheckPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_register();
    let session = use_session();
    let navigate = use_navigate();
    let problems = Problems::new();
    let pending = RwSignal::new(false);
    let mismatch = RwSignal::new(false);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let request = state.draft().request(state.password.get_untracked());
        // The same rules the server applies, before anything is sent.
        if let Err(errors) = forms::validate_registration(&request) {
            problems.set(
                errors
                    .iter()
                    .map(|e| (change_anchor(&e.field), i18n.validation_message(&e.code)))
                    .collect(),
            );
            return;
        }
        let Some(key) = state.key() else {
            problems.set(vec![(
                "register-submit",
                i18n.t(Msg::RegisterNoSecureRandom),
            )]);
            return;
        };
        let navigate = navigate.clone();
        pending.set(true);
        mismatch.set(false);
        leptos::task::spawn_local(async move {
            let result = crate::api::register(&request, &key).await;
            pending.set(false);
            match result {
                Ok(response) => {
                    let phone = request.phone.clone();
                    state.clear();
                    session.signed_in(response.session);
                    let next = match response.next {
                        protocol::api::NextStep::SmsVerification => {
                            state.code_phone.set(phone);
                            AppRoute::RegisterCode
                        }
                        protocol::api::NextStep::FaceCheck => AppRoute::FaceCheck,
                        protocol::api::NextStep::Done => AppRoute::RegisterDone,
                    };
                    navigate(next.href(), Default::default());
                }
                Err(failure) => {
                    let errors = match &failure {
                        crate::api::ApiFailure::Problem(problem) => problem.field_errors(),
                        _ => Vec::new(),
                    };
                    let field_errors = if errors.is_empty() {
                        vec![("register-submit", i18n.failure_message(&failure))]
                    } else {
                        errors
                            .iter()
                            .map(|e| (change_anchor(&e.field), i18n.validation_message(&e.code)))
                            .collect()
                    };
                    mismatch.set(failure.code() == Some(&ApiErrorCode::IdentityMismatch));
                    problems.set(field_errors);
                }
            }
        });
    };

    let name = move || {
        names::normalize_passport_name(&state.surname.get(), &state.given_names.get())
            .map(|n| n.display())
            .unwrap_or_else(|_| state.surname.get())
    };
    let number = move || {
        let kind = if state.kind.get() == Some(IdentifierKind::SocialSecurityNumber) {
            Msg::RegisterSsnLabel
        } else {
            Msg::RegisterWpLabel
        };
        format!("{}: {}", i18n.t(kind), state.identifier.get())
    };
    let phone = move || {
        let phone = state.phone.get();
        if phone.trim().is_empty() {
            i18n.t(Msg::RegisterCheckPhoneNone)
        } else {
            ids::normalize_china_mobile(&phone).unwrap_or(phone)
        }
    };
    let change = move |page: AppRoute| {
        (
            format!("{}?change=1", page.href()),
            tr(Msg::ChangeLink).into(),
        )
    };
    view! {
        <BackLink href=AppRoute::RegisterPhone.href() />
        <ErrorSummary errors=problems.summary() />
        <PageHeading title=AppRoute::RegisterCheck.title() has_error=problems.any() caption=Msg::RegisterStep />
        {move || mismatch.get().then(|| view! { <Notice kind=NoticeKind::Info><p>{tr(Msg::RegisterMismatchHelp)}</p></Notice> })}
        <SummaryList>
            <SummaryRow key=tr(Msg::RegisterCheckName) action=change(AppRoute::RegisterName) action_id="change-name"><span dir="ltr">{name}</span></SummaryRow>
            <SummaryRow key=tr(Msg::RegisterCheckNumber) action=change(AppRoute::RegisterNumber) action_id="change-number">{number}</SummaryRow>
            <SummaryRow key=tr(Msg::RegisterCheckPassword) action=change(AppRoute::RegisterPassword) action_id="change-password">
                {move || if state.password.with(String::is_empty) { String::new() } else { i18n.t(Msg::RegisterCheckPasswordSet) }}
            </SummaryRow>
            <SummaryRow key=tr(Msg::RegisterCheckPhone) action=change(AppRoute::RegisterPhone) action_id="change-phone"><span dir="ltr">{phone}</span></SummaryRow>
        </SummaryList>
        <h2 class="app-heading-m">{tr(Msg::RegisterDeclarationHeading)}</h2>
        <p>{tr(Msg::RegisterDeclaration)}</p>
        <form novalidate on:submit=submit>
            <Button label=tr(Msg::RegisterSubmit) pending id="register-submit" />
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_field_errors_point_at_the_answer_to_change() {
        assert_eq!(change_anchor("surname"), "change-name");
        assert_eq!(change_anchor("givenNames"), "change-name");
        assert_eq!(change_anchor("identifierKind"), "change-number");
        assert_eq!(change_anchor("identifier"), "change-number");
        assert_eq!(change_anchor("password"), "change-password");
        assert_eq!(change_anchor("phone"), "change-phone");
        assert_eq!(change_anchor("other"), "register-submit");
    }
}
