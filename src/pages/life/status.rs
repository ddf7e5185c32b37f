//! The public check of an application's progress, without an account: the application number
//! and the date of birth give the stage and the day it was reached, nothing else (the server
//! answers a wrong pair with one generic message and limits the attempts). Nothing is stored.

use leptos::prelude::*;
use protocol::applications::{
    ApplicationStage, StatusCheckRequest, StatusCheckResponse, parse_number,
};
use protocol::forms::fields;
use protocol::validation::ValidationCode;

use super::stages::{StageName, path_steps, stage_meaning};
use crate::components::button::Button;
use crate::components::date_input::{DateInput, DateParts};
use crate::components::error_summary::ErrorSummary;
use crate::components::form_problems::Problems;
use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::components::text_input::TextInput;
use crate::i18n::{I18n, Msg, args, tr, use_i18n};
use crate::intl;
use crate::routes::AppRoute;
use crate::submission::submission;

const NUMBER: &str = fields::APPLICATION_NUMBER.id;
const BIRTH: &str = fields::BIRTH_DATE.id;
const RESULT: &str = "status-result";
/// Working days from acceptance to a decision for a permit of over 90 days (domain.md §8).
const DECISION_WORKING_DAYS: u16 = 20;

/// The form's own checks: every problem, or the request.
fn check(
    i18n: I18n,
    number: &str,
    birth: &DateParts,
) -> Result<StatusCheckRequest, Vec<(&'static str, String)>> {
    let mut found = Vec::new();
    let number = parse_number(number).map_err(|codes| match codes.first() {
        Some(ValidationCode::Required) | None => i18n.t(Msg::StatusNumberMissing),
        Some(code) => i18n.validation_message(code),
    });
    if let Err(message) = &number {
        found.push((NUMBER, message.clone()));
    }
    let birth = match birth.date() {
        Ok(Some(day)) => Some(day),
        Ok(None) => {
            found.push((BIRTH, i18n.t(Msg::StatusBirthMissing)));
            None
        }
        Err(_) => {
            found.push((BIRTH, i18n.t(Msg::LifeDateInvalid)));
            None
        }
    };
    match (number, birth) {
        (Ok(application_number), Some(birth_date)) if found.is_empty() => Ok(StatusCheckRequest {
            application_number,
            birth_date,
        }),
        _ => Err(found),
    }
}

#[component]
pub fn StatusPage() -> impl IntoView {
    let i18n = use_i18n();
    let problems = Problems::new();
    let number = RwSignal::new(String::new());
    let birth = RwSignal::new(DateParts::default());
    let answer = RwSignal::new(None::<StatusCheckResponse>);
    let submission = submission(
        |request: StatusCheckRequest| async move { crate::api::application_status(&request).await },
        move |result| match result {
            Ok(found) => {
                problems.set(Vec::new());
                answer.set(Some(found));
                request_animation_frame(|| crate::browser::focus_by_id(RESULT));
            }
            Err(failure) => {
                answer.set(None);
                problems.show_failure(i18n, &failure, NUMBER);
            }
        },
    );
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if submission.is_pending() {
            return;
        }
        match check(i18n, &number.get_untracked(), &birth.get_untracked()) {
            Ok(request) => {
                problems.set(Vec::new());
                submission.send(request);
            }
            Err(found) => {
                answer.set(None);
                problems.set(found);
            }
        }
    };
    view! {
        <ErrorSummary errors=problems.summary() />
        <PageHeading title=AppRoute::ApplicationStatus.title() has_error=problems.any() />
        <p class="app-body-l">{tr(Msg::StatusLead)}</p>
        <form novalidate on:submit=submit>
            <TextInput id=NUMBER label=tr(Msg::StatusNumber) hint=tr(Msg::StatusNumberHint)
                error=problems.for_field(NUMBER) value=number autocomplete="off" width_class="app-input--width-20" />
            <DateInput id=BIRTH legend=tr(Msg::StatusBirth) hint=tr(Msg::StatusBirthHint)
                error=problems.for_field(BIRTH) value=birth />
            <Button label=tr(Msg::StatusSubmit) pending=submission.pending() id="status-submit" />
        </form>
        <div aria-live="polite">{move || answer.get().map(|found| view! { <Answer found /> })}</div>
        <p class="app-hint">{tr(Msg::StatusPrivacy)}</p>
    }
}

#[component]
fn Answer(found: StatusCheckResponse) -> impl IntoView {
    let i18n = use_i18n();
    let StatusCheckResponse { stage, since } = found;
    let reached = move || {
        i18n.text(args::StatusSince {
            date: intl::date(since, i18n.language().id),
        })
    };
    let decision = (stage == ApplicationStage::Accepted).then(|| {
        let (due, known) = protocol::holidays::add_working_days(since, DECISION_WORKING_DAYS);
        view! {
            <p id="decision-due">
                {move || i18n.text(args::StatusDecisionDue { date: intl::date(due, i18n.language().id) })}
                {(!known).then(|| view! { " "{tr(Msg::StatusDecisionWeekdays)} })}
            </p>
        }
    });
    let kind = match stage {
        ApplicationStage::Approved => NoticeKind::Success,
        ApplicationStage::MoreDocuments | ApplicationStage::Refused => NoticeKind::Warning,
        _ => NoticeKind::Info,
    };
    let steps = (!matches!(
        stage,
        ApplicationStage::MoreDocuments | ApplicationStage::Refused
    ))
    .then(|| {
        view! {
            <ol class="app-steps">
                {path_steps(stage).into_iter().map(|(step_stage, step)| view! {
                    <li class="app-steps__item" data-step=step.as_str()>
                        <span class="app-visually-hidden">{tr(step.label())}" "</span>
                        <StageName stage=step_stage />
                    </li>
                }).collect_view()}
            </ol>
        }
    });
    view! {
        <h2 class="app-heading-m app-focus-target" id=RESULT tabindex="-1">{tr(Msg::StatusResultHeading)}</h2>
        <Notice kind>
            <p class="app-status" data-stage=stage.as_str()><strong><StageName stage /></strong></p>
            <p>{reached}</p>
        </Notice>
        <p>{tr(stage_meaning(stage))}</p>
        {decision}
        {steps}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_decision_is_due_twenty_working_days_after_acceptance() {
        // Accepted on Friday 25 September 2026: the National Day week does not count.
        let since = protocol::date::Date::new(2026, 9, 25).unwrap();
        let (due, known) = protocol::holidays::add_working_days(since, DECISION_WORKING_DAYS);
        assert!(known);
        assert_eq!(due.to_string(), "2026-10-29");
    }
}
