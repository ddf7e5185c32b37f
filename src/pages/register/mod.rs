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
use protocol::api::{IdentifierKind, NextStep, RegistrationRequest};
use protocol::forms::{Field, fields};
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
use crate::submission::submission;
use state::use_register;

const CHANGE_NAME: &str = "change-name";
const CHANGE_NUMBER: &str = "change-number";
const CHANGE_PASSWORD: &str = "change-password";
const CHANGE_PHONE: &str = "change-phone";

/// The check page's answers: each row's Change link and the request fields it covers, so a
/// field error points at the link of its answer.
const ANSWERS: [(&str, &[Field]); 4] = [
    (CHANGE_NAME, &[fields::SURNAME, fields::GIVEN_NAMES]),
    (
        CHANGE_NUMBER,
        &[fields::IDENTIFIER_KIND, fields::IDENTIFIER],
    ),
    (CHANGE_PASSWORD, &[fields::PASSWORD]),
    (CHANGE_PHONE, &[fields::PHONE]),
];
const SUBMIT: &str = "register-submit";

/// The Change link of the answer with this request field.
fn change_link(wire: &str) -> Option<&'static str> {
    ANSWERS
        .iter()
        .find(|(_, covers)| Field::by_wire(covers, wire).is_some())
        .map(|(link, _)| *link)
}

#[component]
pub fn RegisterCheckPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_register();
    let session = use_session();
    let navigate = use_navigate();
    let problems = Problems::new();
    let mismatch = RwSignal::new(false);

    let submission = submission(
        |(request, key): (RegistrationRequest, String)| async move {
            (crate::api::register(&request, &key).await, request.phone)
        },
        move |(result, phone)| match result {
            Ok(response) => {
                state.clear();
                session.signed_in(response.session);
                let next = match response.next {
                    NextStep::SmsVerification => {
                        state.code_phone.set(phone);
                        AppRoute::RegisterCode
                    }
                    NextStep::FaceCheck => AppRoute::FaceCheck,
                    NextStep::Done => AppRoute::RegisterDone,
                };
                navigate(next.href(), Default::default());
            }
            Err(failure) => {
                mismatch.set(failure.code() == Some(&ApiErrorCode::IdentityMismatch));
                problems.show_field_failure(i18n, &failure, SUBMIT, change_link);
            }
        },
    );

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if submission.is_pending() {
            return;
        }
        let request = state.draft().request(state.password.get_untracked());
        // The same rules the server applies, before anything is sent.
        if let Err(errors) = forms::validate_registration(&request) {
            problems.show_field_errors(i18n, &errors, SUBMIT, change_link);
            return;
        }
        let Some(key) = state.key() else {
            problems.set(vec![(SUBMIT, i18n.t(Msg::RegisterNoSecureRandom))]);
            return;
        };
        mismatch.set(false);
        submission.send((request, key));
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
    let password = move || {
        if state.password.with(String::is_empty) {
            String::new()
        } else {
            i18n.t(Msg::RegisterCheckPasswordSet)
        }
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
            <SummaryRow key=tr(Msg::RegisterCheckName) action=change(AppRoute::RegisterName) action_id=CHANGE_NAME><span dir="ltr">{name}</span></SummaryRow>
            <SummaryRow key=tr(Msg::RegisterCheckNumber) action=change(AppRoute::RegisterNumber) action_id=CHANGE_NUMBER>{number}</SummaryRow>
            <SummaryRow key=tr(Msg::RegisterCheckPassword) action=change(AppRoute::RegisterPassword) action_id=CHANGE_PASSWORD>{password}</SummaryRow>
            <SummaryRow key=tr(Msg::RegisterCheckPhone) action=change(AppRoute::RegisterPhone) action_id=CHANGE_PHONE><span dir="ltr">{phone}</span></SummaryRow>
        </SummaryList>
        <h2 class="app-heading-m">{tr(Msg::RegisterDeclarationHeading)}</h2>
        <p>{tr(Msg::RegisterDeclaration)}</p>
        <form novalidate on:submit=submit>
            <Button label=tr(Msg::RegisterSubmit) pending=submission.pending() id=SUBMIT />
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_request_field_points_at_the_change_link_of_its_answer() {
        let link = |field: protocol::forms::Field| change_link(field.wire);
        assert_eq!(link(fields::SURNAME), Some("change-name"));
        assert_eq!(link(fields::GIVEN_NAMES), Some("change-name"));
        assert_eq!(link(fields::IDENTIFIER_KIND), Some("change-number"));
        assert_eq!(link(fields::IDENTIFIER), Some("change-number"));
        assert_eq!(link(fields::PASSWORD), Some("change-password"));
        assert_eq!(link(fields::PHONE), Some("change-phone"));
        assert_eq!(change_link("other"), None);
        for field in fields::REGISTRATION {
            assert!(
                change_link(field.wire).is_some(),
                "{field:?} has no answer row"
            );
        }
    }
}
