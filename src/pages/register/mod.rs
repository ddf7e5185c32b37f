//! The registration journey: one question per page, then check your answers and register.
//! Every answer is checked in the browser with the same protocol rules the server applies.

pub mod code;
pub mod done;
pub mod state;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use protocol::api::IdentifierKind;
use protocol::problem::ApiErrorCode;
use protocol::validation::ValidationCode;
use protocol::{forms, ids, names, password};

use crate::components::back_link::BackLink;
use crate::components::button::{Button, ButtonKind};
use crate::components::choices::{Choice, EnumRadios};
use crate::components::error_summary::ErrorSummary;
use crate::components::form_problems::Problems;
use crate::components::notice::{Notice, NoticeKind};
use crate::components::official_term::OfficialTerm;
use crate::components::page_heading::PageHeading;
use crate::components::password_input::PasswordInput;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::text_input::TextInput;
use crate::components::textarea::TextArea;
use crate::glossary::Term;
use crate::i18n::{I18n, Msg, tr, use_i18n};
use crate::routes::AppRoute;
use crate::session::use_session;
use state::use_register;

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

fn first_message(i18n: I18n, codes: &[ValidationCode]) -> Option<String> {
    codes.first().map(|code| i18n.validation_message(code))
}

/// A drawing of the Notification Letter (not a copy of it) showing where the work-permit
/// number is: the 18-digit number beside its label, marked ①.
#[component]
fn NotificationLetter() -> impl IntoView {
    let lines = [96, 112, 128, 186, 202, 218, 234, 250];
    view! {
        <svg viewBox="0 0 420 290" role="img" aria-label=tr(Msg::RegisterStartLetterAlt) focusable="false">
            <rect x="0" y="0" width="420" height="290" fill="#ffffff" />
            <text x="210" y="40" text-anchor="middle" font-size="20" font-weight="700" fill="#0b0c0c" lang="zh-CN">{Term::NotificationLetter.zh()}</text>
            <g fill="#0b0c0c">
                <rect x="344" y="60" width="52" height="52" fill="none" stroke="#0b0c0c" stroke-width="2" />
                <rect x="350" y="66" width="12" height="12" />
                <rect x="378" y="66" width="12" height="12" />
                <rect x="350" y="94" width="12" height="12" />
                <rect x="368" y="84" width="6" height="6" />
                <rect x="380" y="96" width="8" height="8" />
            </g>
            {lines.map(|y| view! { <rect x="24" y=y width=if y < 150 { "300" } else { "372" } height="6" fill="#d0d2d3" /> })}
            <rect x="18" y="142" width="384" height="34" fill="#fff7bf" stroke="#1d4f91" stroke-width="3" />
            <text x="30" y="164" font-size="12" fill="#0b0c0c" lang="zh-CN">{Term::WorkPermitNumber.zh()}</text>
            <text x="174" y="165" font-size="15" font-family="monospace" fill="#0b0c0c">"123456789012345678"</text>
            <circle cx="402" cy="142" r="13" fill="#1d4f91" />
            <text x="402" y="147" text-anchor="middle" font-size="15" font-weight="700" fill="#ffffff">"1"</text>
        </svg>
    }
}

#[component]
pub fn RegisterStartPage() -> impl IntoView {
    view! {
        <PageHeading title=AppRoute::Register.title() />
        <p class="app-body-l">{tr(Msg::RegisterStartLead)}</p>
        <h2 class="app-heading-m">{tr(Msg::RegisterStartNeedHeading)}</h2>
        <ul class="app-list app-list--bullet">
            <li>{tr(Msg::RegisterStartNeedPassport)}</li>
            <li>{tr(Msg::RegisterStartNeedNumber)}" "<OfficialTerm term=Term::WorkPermitNumber /></li>
            <li>{tr(Msg::RegisterStartNeedPhone)}</li>
            <li>{tr(Msg::RegisterStartNeedCamera)}</li>
        </ul>
        <h2 class="app-heading-m">{tr(Msg::RegisterStartLetterHeading)}</h2>
        <figure class="app-figure">
            <NotificationLetter />
            <figcaption>{tr(Msg::RegisterStartLetterCaption)}" "<OfficialTerm term=Term::WorkPermitNumber /></figcaption>
        </figure>
        <h2 class="app-heading-m">{tr(Msg::RegisterStartPhysicalHeading)}</h2>
        <p>{tr(Msg::RegisterStartPhysical)}</p>
        <A href=AppRoute::RegisterName.href() attr:class="app-button" attr:draggable="false">{tr(Msg::RegisterStartButton)}</A>
    }
}

/// Splits pasted MRZ text into its two lines; one unbroken 88-character line is split in half.
fn mrz_lines(text: &str) -> (String, String) {
    let lines: Vec<String> = text
        .lines()
        .map(|line| line.split_whitespace().collect::<String>())
        .filter(|line| !line.is_empty())
        .collect();
    match lines.as_slice() {
        [one] if one.chars().count() == 2 * 44 => {
            // By characters: a pasted line may hold non-ASCII look-alikes of `<`.
            (
                one.chars().take(44).collect(),
                one.chars().skip(44).collect(),
            )
        }
        [one] => (one.clone(), String::new()),
        [first, second, ..] => (first.clone(), second.clone()),
        [] => (String::new(), String::new()),
    }
}

const MRZ: &str = "mrz";

#[component]
pub fn RegisterNamePage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_register();
    let navigate = use_navigate();
    let next = next_page(AppRoute::RegisterNumber);
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
        let (line1, line2) = mrz_lines(&mrz.get_untracked());
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
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut found = Vec::new();
        let surname = state.surname.get_untracked();
        if surname.trim().is_empty() {
            found.push(("surname", i18n.t(Msg::RegisterSurnameMissing)));
        } else if let Some(message) = names::normalize_part(&surname)
            .err()
            .and_then(|c| first_message(i18n, &c))
        {
            found.push(("surname", message));
        }
        if let Some(message) = names::normalize_part(&state.given_names.get_untracked())
            .err()
            .and_then(|c| first_message(i18n, &c))
        {
            found.push(("given-names", message));
        }
        if problems.settle(found) {
            navigate(next(), Default::default());
        }
    };
    view! {
        <BackLink href=AppRoute::Register.href() />
        <ErrorSummary errors=problems.summary() />
        <PageHeading title=AppRoute::RegisterName.title() has_error=problems.any() caption=Msg::RegisterStep />
        <p class="app-hint">{tr(Msg::RegisterNameHint)}</p>
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
        <form novalidate on:submit=submit>
            <TextInput id="surname" label=tr(Msg::RegisterSurnameLabel) error=problems.for_field("surname") value=state.surname autocomplete="family-name" width_class="app-input--width-20" />
            <TextInput id="given-names" label=tr(Msg::RegisterGivenLabel) hint=tr(Msg::RegisterGivenHint) error=problems.for_field("given-names") value=state.given_names autocomplete="given-name" width_class="app-input--width-20" />
            {move || compared().map(|name| view! {
                <Notice>
                    <p>{tr(Msg::RegisterNameCompared)}" "<strong class="app-compared" dir="ltr">{name}</strong></p>
                </Notice>
            })}
            <Button label=tr(Msg::RegisterContinue) />
        </form>
    }
}

#[component]
pub fn RegisterNumberPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_register();
    let navigate = use_navigate();
    let next = next_page(AppRoute::RegisterPassword);
    let problems = Problems::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut found = Vec::new();
        match state.kind.get_untracked() {
            None => found.push((
                "identifier-kind",
                i18n.t(Msg::RegisterIdentifierKindMissing),
            )),
            Some(_) if state.identifier.get_untracked().trim().is_empty() => {
                found.push(("identifier", i18n.t(Msg::RegisterIdentifierMissing)));
            }
            Some(kind) => {
                if let Some(message) =
                    forms::parse_identifier(kind, &state.identifier.get_untracked())
                        .err()
                        .and_then(|c| first_message(i18n, &c))
                {
                    found.push(("identifier", message));
                }
            }
        }
        if problems.settle(found) {
            navigate(next(), Default::default());
        }
    };
    let is_ssn = move || state.kind.get() == Some(IdentifierKind::SocialSecurityNumber);
    view! {
        <BackLink href=AppRoute::RegisterName.href() />
        <ErrorSummary errors=problems.summary() />
        <form novalidate on:submit=submit>
            <PageHeading title=AppRoute::RegisterNumber.title() has_error=problems.any() caption=Msg::RegisterStep />
            <EnumRadios
                name="identifier-kind"
                legend=tr(Msg::RegisterIdentifierTitle)
                error=problems.for_field("identifier-kind")
                selected=state.kind
                choices=vec![
                    Choice::of(IdentifierKind::WorkPermitNumber, tr(Msg::RegisterWpLabel)).term(Term::WorkPermitNumber).hint(tr(Msg::TermWorkPermitNumberWhere)),
                    Choice::of(IdentifierKind::SocialSecurityNumber, tr(Msg::RegisterSsnLabel)).term(Term::SocialSecurityNumber).hint(tr(Msg::TermSocialSecurityNumberWhere)),
                ]
            />
            {move || state.kind.get().is_some().then(|| view! {
                <TextInput
                    id="identifier"
                    label=move || i18n.t(if is_ssn() { Msg::RegisterSsnLabel } else { Msg::RegisterWpLabel })
                    hint=move || i18n.t(if is_ssn() { Msg::RegisterSsnHint } else { Msg::RegisterWpHint })
                    error=problems.for_field("identifier")
                    value=state.identifier
                    width_class="app-input--width-20"
                />
            })}
            <Button label=tr(Msg::RegisterContinue) />
        </form>
    }
}

#[component]
pub fn RegisterPasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_register();
    let navigate = use_navigate();
    let next = next_page(AppRoute::RegisterPhone);
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
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let codes = password::check(&state.password.get_untracked());
        let found: Vec<(&'static str, String)> = codes
            .iter()
            .map(|code| ("password", i18n.validation_message(code)))
            .take(1)
            .collect();
        if problems.settle(found) {
            navigate(next(), Default::default());
        }
    };
    view! {
        <BackLink href=AppRoute::RegisterNumber.href() />
        <ErrorSummary errors=problems.summary() />
        <PageHeading title=AppRoute::RegisterPassword.title() has_error=problems.any() caption=Msg::RegisterStep />
        <form novalidate on:submit=submit>
            <p id="password-rules-intro">{tr(Msg::RegisterPasswordRules)}</p>
            // Polite: read when a rule changes state, not on every keystroke.
            <ul class="app-rules" aria-live="polite" aria-labelledby="password-rules-intro">
                {rule(Msg::RegisterPasswordRuleLength, |c| matches!(c, ValidationCode::TooShort { .. } | ValidationCode::TooLong { .. } | ValidationCode::Required))}
                {rule(Msg::RegisterPasswordRuleKinds, |c| matches!(c, ValidationCode::PasswordNeedsTwoKinds | ValidationCode::Required))}
                {rule(Msg::RegisterPasswordRuleCharset, |c| matches!(c, ValidationCode::InvalidCharacters | ValidationCode::Required))}
            </ul>
            <PasswordInput id="password" label=tr(Msg::RegisterPasswordLabel) error=problems.for_field("password") value=state.password autocomplete="new-password" />
            <Button label=tr(Msg::RegisterContinue) />
        </form>
    }
}

#[component]
pub fn RegisterPhonePage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_register();
    let navigate = use_navigate();
    let next = next_page(AppRoute::RegisterCheck);
    let problems = Problems::new();
    let normalised = move || {
        let phone = state.phone.get();
        (!phone.trim().is_empty())
            .then(|| ids::normalize_china_mobile(&phone).ok())
            .flatten()
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let phone = state.phone.get_untracked();
        let found: Vec<(&'static str, String)> = if phone.trim().is_empty() {
            Vec::new()
        } else {
            ids::normalize_china_mobile(&phone)
                .err()
                .and_then(|c| first_message(i18n, &c))
                .map(|m| ("phone", m))
                .into_iter()
                .collect()
        };
        if problems.settle(found) {
            navigate(next(), Default::default());
        }
    };
    view! {
        <BackLink href=AppRoute::RegisterPassword.href() />
        <ErrorSummary errors=problems.summary() />
        <PageHeading title=AppRoute::RegisterPhone.title() has_error=problems.any() caption=Msg::RegisterStep />
        <p class="app-hint">{tr(Msg::RegisterPhoneHint)}</p>
        <form novalidate on:submit=submit>
            <TextInput id="phone" label=tr(Msg::RegisterPhoneLabel) error=problems.for_field("phone") value=state.phone input_type="tel" autocomplete="tel-national" inputmode="tel" width_class="app-input--width-20" />
            {move || normalised().map(|digits| view! {
                <Notice><p>{tr(Msg::RegisterPhoneNormalised)}" "<strong dir="ltr">{digits}</strong></p></Notice>
            })}
            <Button label=tr(Msg::RegisterContinue) />
        </form>
    }
}

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
    fn pasted_zones_are_split_into_two_lines_without_spaces() {
        let line1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
        let line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
        assert_eq!(
            mrz_lines(&format!("{line1}\n{line2}\n")),
            (line1.to_owned(), line2.to_owned())
        );
        assert_eq!(
            mrz_lines(&format!("  {line1}\r\n\r\n {line2} ")),
            (line1.to_owned(), line2.to_owned())
        );
        assert_eq!(
            mrz_lines(&format!("{line1}{line2}")),
            (line1.to_owned(), line2.to_owned())
        );
        assert_eq!(
            mrz_lines("P<UTO ERIKSSON"),
            ("P<UTOERIKSSON".to_owned(), String::new())
        );
        assert_eq!(mrz_lines(""), (String::new(), String::new()));
    }

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
