//! Sign in with the work-permit or social security number and the password. After an expired
//! session the user lands here and returns to where they were.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use protocol::api::{IdentifierKind, LoginRequest};
use protocol::forms::{fields, parse_identifier};

use crate::components::button::Button;
use crate::components::choices::{Choice, EnumRadios};
use crate::components::error_summary::ErrorSummary;
use crate::components::form_problems::Problems;
use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::components::password_input::PasswordInput;
use crate::components::text_input::TextInput;
use crate::glossary::Term;
use crate::i18n::{I18n, Msg, tr, use_i18n};
use crate::routes::AppRoute;
use crate::session::{safe_return_path, use_session};
use crate::submission::submission;

const KIND: &str = fields::IDENTIFIER_KIND.id;
const IDENTIFIER: &str = fields::IDENTIFIER.id;
const PASSWORD: &str = fields::PASSWORD.id;

/// The problems with the answers before anything is sent (field id, message).
fn check(
    i18n: I18n,
    kind: Option<IdentifierKind>,
    identifier: &str,
    password: &str,
) -> Vec<(&'static str, String)> {
    let mut problems = Vec::new();
    match kind {
        None => problems.push((KIND, i18n.t(Msg::SignInKindMissing))),
        Some(_) if identifier.trim().is_empty() => {
            problems.push((IDENTIFIER, i18n.t(Msg::SignInIdentifierMissing)))
        }
        Some(kind) => {
            if let Some(code) = parse_identifier(kind, identifier)
                .err()
                .and_then(|codes| codes.into_iter().next())
            {
                problems.push((IDENTIFIER, i18n.validation_message(&code)));
            }
        }
    }
    if password.is_empty() {
        problems.push((PASSWORD, i18n.t(Msg::SignInPasswordMissing)));
    }
    problems
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let navigate = use_navigate();
    let query = use_query_map();
    let expired = query.with_untracked(|q| q.get("expired").is_some());
    let next = query.with_untracked(|q| q.get("next"));

    let kind = RwSignal::new(None::<IdentifierKind>);
    let identifier = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let problems = Problems::new();
    let submission = submission(
        |request: LoginRequest| async move { crate::api::login(&request).await },
        move |result| match result {
            Ok(info) => {
                password.set(String::new());
                session.signed_in(info);
                navigate(safe_return_path(next.as_deref()), Default::default());
            }
            Err(failure) => {
                problems.show_failure(i18n, &failure, IDENTIFIER);
            }
        },
    );

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if submission.is_pending() {
            return;
        }
        let found = check(
            i18n,
            kind.get_untracked(),
            &identifier.get_untracked(),
            &password.get_untracked(),
        );
        if !found.is_empty() {
            problems.set(found);
            return;
        }
        let identifier_kind = kind
            .get_untracked()
            .unwrap_or(IdentifierKind::SocialSecurityNumber);
        submission.send(LoginRequest {
            identifier_kind,
            identifier: identifier.get_untracked(),
            password: password.get_untracked(),
        });
    };

    view! {
        <ErrorSummary errors=problems.summary() />
        {expired.then(|| view! {
            <Notice kind=NoticeKind::Info>
                <p>{tr(Msg::ApiSessionExpired)}</p>
            </Notice>
        })}
        <PageHeading title=AppRoute::SignIn.title() has_error=problems.any() />
        <p class="app-body-l">{tr(Msg::SignInLead)}</p>
        <form novalidate on:submit=submit>
            <EnumRadios
                name=KIND
                legend=tr(Msg::SignInKindLegend)
                error=problems.for_field(KIND)
                selected=kind
                choices=vec![
                    Choice::of(IdentifierKind::WorkPermitNumber, tr(Msg::TermWorkPermitNumber)).term(Term::WorkPermitNumber).hint(tr(Msg::TermWorkPermitNumberWhere)),
                    Choice::of(IdentifierKind::SocialSecurityNumber, tr(Msg::TermSocialSecurityNumber)).term(Term::SocialSecurityNumber).hint(tr(Msg::TermSocialSecurityNumberWhere)),
                ]
            />
            <TextInput
                id=IDENTIFIER
                label=tr(Msg::SignInIdentifierLabel)
                hint=tr(Msg::SignInIdentifierHint)
                error=problems.for_field(IDENTIFIER)
                value=identifier
                autocomplete="username"
                width_class="app-input--width-20"
            />
            <PasswordInput
                id=PASSWORD
                label=tr(Msg::SignInPasswordLabel)
                error=problems.for_field(PASSWORD)
                value=password
                autocomplete="current-password"
            />
            <Button label=tr(Msg::SignInSubmit) pending=submission.pending() />
        </form>
    }
}
