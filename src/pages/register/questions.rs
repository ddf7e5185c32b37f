//! The journey's four questions, one per page (GOV.UK "one thing per page"): the name as in
//! the passport, the number, a password and an optional phone. Each is a [`QuestionPage`]
//! with its own answers and checks.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use protocol::api::IdentifierKind;
use protocol::forms::fields;
use protocol::validation::ValidationCode;
use protocol::{forms, ids, names, password};

use super::state::use_register;
use crate::components::back_link::BackLink;
use crate::components::button::{Button, ButtonKind};
use crate::components::choices::{Choice, EnumRadios};
use crate::components::error_summary::ErrorSummary;
use crate::components::form_problems::Problems;
use crate::components::notice::Notice;
use crate::components::page_heading::PageHeading;
use crate::components::password_input::PasswordInput;
use crate::components::text_input::TextInput;
use crate::components::textarea::TextArea;
use crate::glossary::Term;
use crate::i18n::{I18n, Msg, tr, use_i18n};
use crate::routes::AppRoute;

/// Where Continue goes: the next question, or back to the summary after a Change link.
fn next_page(next: AppRoute) -> impl Fn() -> &'static str + Copy {
    let query = use_query_map();
    move || {
        if query.with_untracked(|q| q.get("change").is_some()) {
            AppRoute::RegisterCheck.href()
        } else {
            next.href()
        }
    }
}

pub fn first_message(i18n: I18n, codes: &[ValidationCode]) -> Option<String> {
    codes.first().map(|code| i18n.validation_message(code))
}

/// One question: Back, the error summary, the heading with the step caption, an optional
/// hint and whatever comes before the form, then the form with the answers and Continue.
/// On Continue, `check` gives the problems (field id, message); with none, the journey goes
/// on to `next` (or back to the summary after a Change link).
#[component]
fn QuestionPage<F>(
    route: AppRoute,
    back: AppRoute,
    next: AppRoute,
    problems: Problems,
    check: F,
    #[prop(optional)] hint: Option<Msg>,
    #[prop(optional, into)] before_form: ViewFn,
    children: Children,
) -> impl IntoView
where
    F: Fn() -> Vec<(&'static str, String)> + 'static,
{
    let navigate = use_navigate();
    let next = next_page(next);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if problems.settle(check()) {
            navigate(next(), Default::default());
        }
    };
    view! {
        <BackLink href=back.href() />
        <ErrorSummary errors=problems.summary() />
        <PageHeading title=route.title() has_error=problems.any() caption=Msg::RegisterStep />
        {hint.map(|hint| view! { <p class="app-hint">{tr(hint)}</p> })}
        {before_form.run()}
        <form novalidate on:submit=submit>
            {children()}
            <Button label=tr(Msg::RegisterContinue) />
        </form>
    }
}

const MRZ: &str = "mrz";

#[component]
pub fn RegisterNamePage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_register();
    let problems = Problems::new();
    // Never saved: the zone also holds the passport number and the birth date.
    let mrz = RwSignal::new(String::new());
    let filled = RwSignal::new(false);
    // Once used, the section stays open so its errors or its confirmation stay in view.
    let mrz_used = RwSignal::new(false);
    let compared = move || {
        let surname = state.surname.get();
        (!surname.trim().is_empty())
            .then(|| names::normalize_passport_name(&surname, &state.given_names.get()).ok())
            .flatten()
            .map(|name| name.display())
    };
    let use_mrz = Callback::new(move |()| {
        mrz_used.set(true);
        filled.set(false);
        let (line1, line2) = protocol::mrz::split_lines(&mrz.get_untracked());
        // The device's date decides "expired"; the server checks nothing of the zone.
        let Some(today) = crate::browser::today().or(protocol::date::Date::new(2000, 1, 1)) else {
            return;
        };
        match protocol::mrz::parse_td3(&line1, &line2, today) {
            Ok(td3) => {
                state.surname.set(td3.surname);
                state.given_names.set(td3.given_names);
                problems.set(Vec::new());
                filled.set(true);
            }
            Err(codes) => problems.set(
                codes
                    .iter()
                    .map(|code| (MRZ, i18n.validation_message(code)))
                    .collect(),
            ),
        }
    });
    let check = move || {
        let mut found = Vec::new();
        let surname = state.surname.get_untracked();
        if surname.trim().is_empty() {
            found.push((fields::SURNAME.id, i18n.t(Msg::RegisterSurnameMissing)));
        } else if let Some(message) = names::normalize_part(&surname)
            .err()
            .and_then(|c| first_message(i18n, &c))
        {
            found.push((fields::SURNAME.id, message));
        }
        if let Some(message) = names::normalize_part(&state.given_names.get_untracked())
            .err()
            .and_then(|c| first_message(i18n, &c))
        {
            found.push((fields::GIVEN_NAMES.id, message));
        }
        found
    };
    let passport_lines = move || {
        view! {
            <details class="app-details" open=move || mrz_used.get()>
                <summary class="app-details__summary">{tr(Msg::RegisterMrzSummary)}</summary>
                <div class="app-details__body">
                    <TextArea id=MRZ label=tr(Msg::RegisterMrzLabel) hint=tr(Msg::RegisterMrzHint) error=problems.all_for_field(MRZ) value=mrz rows=2 class="app-textarea--code" autocapitalize="characters" />
                    <Button label=tr(Msg::RegisterMrzUse) kind=ButtonKind::Secondary button_type="button" id="mrz-use" on_click=use_mrz />
                    <div role="status">
                        {move || filled.get().then(|| view! { <Notice><p>{tr(Msg::RegisterMrzFilled)}</p></Notice> })}
                    </div>
                </div>
            </details>
        }
    };
    view! {
        <QuestionPage route=AppRoute::RegisterName back=AppRoute::Register next=AppRoute::RegisterNumber problems check hint=Msg::RegisterNameHint before_form=passport_lines>
            <TextInput id=fields::SURNAME.id label=tr(Msg::RegisterSurnameLabel) error=problems.for_field(fields::SURNAME.id) value=state.surname autocomplete="family-name" width_class="app-input--width-20" />
            <TextInput id=fields::GIVEN_NAMES.id label=tr(Msg::RegisterGivenLabel) hint=tr(Msg::RegisterGivenHint) error=problems.for_field(fields::GIVEN_NAMES.id) value=state.given_names autocomplete="given-name" width_class="app-input--width-20" />
            {move || compared().map(|name| view! {
                <Notice>
                    <p>{tr(Msg::RegisterNameCompared)}" "<strong class="app-compared" dir="ltr">{name}</strong></p>
                </Notice>
            })}
        </QuestionPage>
    }
}

#[component]
pub fn RegisterNumberPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_register();
    let problems = Problems::new();
    let check = move || {
        let mut found = Vec::new();
        match state.kind.get_untracked() {
            None => found.push((
                fields::IDENTIFIER_KIND.id,
                i18n.t(Msg::RegisterIdentifierKindMissing),
            )),
            Some(_) if state.identifier.get_untracked().trim().is_empty() => {
                found.push((
                    fields::IDENTIFIER.id,
                    i18n.t(Msg::RegisterIdentifierMissing),
                ));
            }
            Some(kind) => {
                if let Some(message) =
                    forms::parse_identifier(kind, &state.identifier.get_untracked())
                        .err()
                        .and_then(|c| first_message(i18n, &c))
                {
                    found.push((fields::IDENTIFIER.id, message));
                }
            }
        }
        found
    };
    let is_ssn = move || state.kind.get() == Some(IdentifierKind::SocialSecurityNumber);
    view! {
        <QuestionPage route=AppRoute::RegisterNumber back=AppRoute::RegisterName next=AppRoute::RegisterPassword problems check>
            <EnumRadios
                name=fields::IDENTIFIER_KIND.id
                legend=tr(Msg::RegisterIdentifierTitle)
                error=problems.for_field(fields::IDENTIFIER_KIND.id)
                selected=state.kind
                choices=vec![
                    Choice::of(IdentifierKind::WorkPermitNumber, tr(Msg::RegisterWpLabel)).term(Term::WorkPermitNumber).hint(tr(Msg::TermWorkPermitNumberWhere)),
                    Choice::of(IdentifierKind::SocialSecurityNumber, tr(Msg::RegisterSsnLabel)).term(Term::SocialSecurityNumber).hint(tr(Msg::TermSocialSecurityNumberWhere)),
                ]
            />
            {move || state.kind.get().is_some().then(|| view! {
                <TextInput
                    id=fields::IDENTIFIER.id
                    label=move || i18n.t(if is_ssn() { Msg::RegisterSsnLabel } else { Msg::RegisterWpLabel })
                    hint=move || i18n.t(if is_ssn() { Msg::RegisterSsnHint } else { Msg::RegisterWpHint })
                    error=problems.for_field(fields::IDENTIFIER.id)
                    value=state.identifier
                    width_class="app-input--width-20"
                />
            })}
        </QuestionPage>
    }
}

#[component]
pub fn RegisterPasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_register();
    let problems = Problems::new();
    let broken = Memo::new(move |_| password::check(&state.password.get()));
    let rule = move |msg: Msg, breaks: fn(&ValidationCode) -> bool| {
        let met = move || {
            let codes = broken.get();
            !state.password.with(String::is_empty) && !codes.iter().any(breaks)
        };
        view! {
            <li class="app-rule" data-met=move || if met() { "true" } else { "false" }>
                <span class="app-rule__mark" aria-hidden="true">{move || if met() { "✓" } else { "○" }}</span>
                {tr(msg)}
                <span class="app-visually-hidden">{move || format!(" ({})", i18n.t(if met() { Msg::RegisterPasswordRuleMet } else { Msg::RegisterPasswordRuleUnmet }))}</span>
            </li>
        }
    };
    let check = move || {
        password::check(&state.password.get_untracked())
            .iter()
            .map(|code| (fields::PASSWORD.id, i18n.validation_message(code)))
            .take(1)
            .collect()
    };
    view! {
        <QuestionPage route=AppRoute::RegisterPassword back=AppRoute::RegisterNumber next=AppRoute::RegisterPhone problems check>
            <p id="password-rules-intro">{tr(Msg::RegisterPasswordRules)}</p>
            // Polite: read when a rule changes state, not on every keystroke.
            <ul class="app-rules" aria-live="polite" aria-labelledby="password-rules-intro">
                {rule(Msg::RegisterPasswordRuleLength, |c| matches!(c, ValidationCode::TooShort { .. } | ValidationCode::TooLong { .. } | ValidationCode::Required))}
                {rule(Msg::RegisterPasswordRuleKinds, |c| matches!(c, ValidationCode::PasswordNeedsTwoKinds | ValidationCode::Required))}
                {rule(Msg::RegisterPasswordRuleCharset, |c| matches!(c, ValidationCode::InvalidCharacters | ValidationCode::Required))}
            </ul>
            <PasswordInput id=fields::PASSWORD.id label=tr(Msg::RegisterPasswordLabel) error=problems.for_field(fields::PASSWORD.id) value=state.password autocomplete="new-password" />
        </QuestionPage>
    }
}

#[component]
pub fn RegisterPhonePage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_register();
    let problems = Problems::new();
    let normalised = move || {
        let phone = state.phone.get();
        (!phone.trim().is_empty())
            .then(|| ids::normalize_china_mobile(&phone).ok())
            .flatten()
    };
    let check = move || {
        let phone = state.phone.get_untracked();
        if phone.trim().is_empty() {
            return Vec::new();
        }
        ids::normalize_china_mobile(&phone)
            .err()
            .and_then(|c| first_message(i18n, &c))
            .map(|m| (fields::PHONE.id, m))
            .into_iter()
            .collect()
    };
    view! {
        <QuestionPage route=AppRoute::RegisterPhone back=AppRoute::RegisterPassword next=AppRoute::RegisterCheck problems check hint=Msg::RegisterPhoneHint>
            <TextInput id=fields::PHONE.id label=tr(Msg::RegisterPhoneLabel) error=problems.for_field(fields::PHONE.id) value=state.phone input_type="tel" autocomplete="tel-national" inputmode="tel" width_class="app-input--width-20" />
            {move || normalised().map(|digits| view! {
                <Notice><p>{tr(Msg::RegisterPhoneNormalised)}" "<strong dir="ltr">{digits}</strong></p></Notice>
            })}
        </QuestionPage>
    }
}
