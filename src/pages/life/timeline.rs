//! The signed-in holder's timeline: the application's stages (and earlier applications with
//! their outcome), the steps after approval (entry, e-SSC, residence permit, on-site
//! verification) done or due, the dates still to watch with days left counted from the
//! server's today, their calendar file, and the life events.

use leptos::prelude::*;
use leptos_router::components::A;
use protocol::api::PermitCategory;
use protocol::applications::{
    ApplicationHistory, ApplicationStage, StageReached, TimelineResponse,
};
use protocol::date::Date;
use protocol::deadlines::{self, DeadlineKind, Situation};
use protocol::points::Category;

use super::deadline::{Dated, calendar_controls, deadline_list};
use super::stages::{StageName, Step, path_steps};
use crate::components::card_nav::{CardNav, loaded};
use crate::components::official_term::{OfficialTerm, OfficialWords};
use crate::components::page_heading::PageHeading;
use crate::glossary::Term;
use crate::i18n::{I18n, Msg, args, tr, use_i18n};
use crate::intl;
use crate::routes::AppRoute;
use crate::session::load_signed_in;

const fn category(category: PermitCategory) -> Category {
    match category {
        PermitCategory::A => Category::A,
        PermitCategory::B => Category::B,
        PermitCategory::C => Category::C,
    }
}

const fn needs_on_site(category: PermitCategory) -> bool {
    matches!(category, PermitCategory::B | PermitCategory::C)
}

/// The deadlines still open for this holder on `today`, each with its label: a step already
/// done has none, the letter matters only until entry, the medical report only until the
/// on-site verification, and the extension window's opening only until it opens.
pub fn to_watch(timeline: &TimelineResponse, today: Date) -> Dated {
    let situation = Situation {
        category: Some(category(timeline.category)),
        letter_issued: timeline.letter_issued(),
        entry: timeline.entry,
        permit_expires: Some(timeline.permit_valid_until),
        medical_report_issued: timeline.medical_report_issued,
    };
    let before_on_site = needs_on_site(timeline.category) && timeline.on_site_verified.is_none();
    deadlines::deadlines(&situation)
        .into_iter()
        .filter_map(|d| {
            let label = match d.kind {
                DeadlineKind::NotificationLetterExpires if timeline.entry.is_none() => {
                    Msg::TimelineLetterExpires
                }
                DeadlineKind::ResidencePermit if timeline.residence_permit.is_none() => {
                    Msg::TimelineResidenceDue
                }
                DeadlineKind::OnSiteVerification if before_on_site => Msg::TimelineOnSiteDue,
                DeadlineKind::MedicalReportExpires if before_on_site => Msg::TimelineMedicalExpires,
                DeadlineKind::ExtensionOpens if d.days_left(today) >= 0 => Msg::LifeExpiryOpens,
                DeadlineKind::ExtensionCloses => Msg::LifeExpiryCloses,
                DeadlineKind::PermitExpires => Msg::LifeExpiryEnds,
                _ => return None,
            };
            Some((label, d))
        })
        .collect()
}

#[component]
pub fn TimelinePage() -> impl IntoView {
    let timeline = load_signed_in(AppRoute::Timeline, crate::api::timeline);
    let body = move || {
        loaded(timeline.get().flatten(), |timeline| {
            view! { <Timeline timeline /> }.into_any()
        })
    };
    view! {
        <CardNav current=AppRoute::Timeline />
        <PageHeading title=AppRoute::Timeline.title() />
        <p class="app-body-l">{tr(Msg::TimelineLead)}</p>
        {body}
    }
}

fn full_date(i18n: I18n, day: Date) -> String {
    intl::date(day, i18n.language().id)
}

/// One step of a list: where it stands (for screen readers; the mark is visual), its name and
/// what to say about it.
fn step_item(step: Step, kind: &'static str, name: AnyView, detail: AnyView) -> impl IntoView {
    view! {
        <li class="app-steps__item" data-step=step.as_str() data-kind=kind>
            <span class="app-visually-hidden">{tr(step.label())}" "</span>
            {name}
            <span class="app-steps__detail">{detail}</span>
        </li>
    }
}

/// What the authority said at a stage: the documents asked for, or the refusal's reason.
fn stage_note(reached: &StageReached) -> Option<AnyView> {
    if let Some(reason) = reached.reason {
        let msg = match reason {
            protocol::applications::RefusalReason::DocumentExpired => Msg::RefusalDocumentExpired,
            protocol::applications::RefusalReason::NotAuthenticated => Msg::RefusalNotAuthenticated,
            protocol::applications::RefusalReason::PointsTooLow => Msg::RefusalPointsTooLow,
        };
        return Some(
            view! { <p class="app-steps__note" data-reason=reason.as_str()>{tr(msg)}</p> }
                .into_any(),
        );
    }
    (!reached.documents.is_empty()).then(|| {
        let documents = reached.documents.clone();
        view! {
            <div class="app-steps__note">
                <p>{tr(Msg::TimelineAskedFor)}</p>
                <ul class="app-list app-list--bullet">
                    {documents.into_iter().map(|document| view! {
                        <li data-document=document.as_str()><OfficialTerm term=crate::pages::prepare::document_term(document) /></li>
                    }).collect_view()}
                </ul>
            </div>
        }
        .into_any()
    })
}

/// The current application: every stage it reached, then the usual path's stages to come.
fn application_steps(i18n: I18n, application: &ApplicationHistory) -> impl IntoView + use<> {
    let current = application.current().map(|s| s.stage);
    let reached: Vec<_> = application
        .stages
        .iter()
        .map(|s| {
            let on = s.on;
            let step = if Some(s.stage) == current && !s.stage.is_decided() {
                Step::Current
            } else {
                Step::Done
            };
            let detail = view! {
                {move || full_date(i18n, on)}
                {stage_note(s)}
            }
            .into_any();
            step_item(
                step,
                s.stage.as_str(),
                view! { <StageName stage=s.stage /> }.into_any(),
                detail,
            )
        })
        .collect();
    let to_come: Vec<_> = current
        .filter(|c| !c.is_decided())
        .map(path_steps)
        .unwrap_or_default()
        .into_iter()
        .filter(|(stage, step)| {
            *step == Step::ToCome && !application.stages.iter().any(|s| s.stage == *stage)
        })
        .map(|(stage, step)| {
            step_item(
                step,
                stage.as_str(),
                view! { <StageName stage /> }.into_any(),
                ().into_any(),
            )
        })
        .collect();
    view! {
        <p>{tr(Msg::TimelineApplicationNumber)}" "<span dir="ltr">{application.number.clone()}</span></p>
        <ol class="app-steps">{reached}{to_come}</ol>
    }
}

/// A step after approval: done on a day, due by a day, or to come.
fn after_step(
    i18n: I18n,
    kind: &'static str,
    name: AnyView,
    done: Option<Date>,
    due: Option<Date>,
) -> impl IntoView {
    let (step, detail) = match (done, due) {
        (Some(day), _) => (
            Step::Done,
            view! { {move || full_date(i18n, day)} }.into_any(),
        ),
        (None, Some(day)) => (
            Step::Current,
            view! { {move || i18n.text(args::LifeDue { date: full_date(i18n, day) })} }.into_any(),
        ),
        (None, None) => (Step::ToCome, ().into_any()),
    };
    step_item(step, kind, name, detail)
}

#[component]
fn Timeline(timeline: TimelineResponse) -> impl IntoView {
    let i18n = use_i18n();
    let today = timeline.today;
    let watch = to_watch(&timeline, today);
    let due = |kind| {
        watch
            .iter()
            .find(|(_, d)| d.kind == kind)
            .map(|(_, d)| d.due)
    };
    let current = timeline.applications.last().cloned();
    let earlier: Vec<ApplicationHistory> = timeline
        .applications
        .iter()
        .take(timeline.applications.len().saturating_sub(1))
        .cloned()
        .collect();
    let approved = current
        .as_ref()
        .and_then(|a| a.reached(ApplicationStage::Approved));
    let after = approved.map(|letter| {
        let on_site = needs_on_site(timeline.category).then(|| {
            after_step(
                i18n,
                "on-site-verification",
                view! { <OfficialWords msg=Msg::TimelineOnSite zh="现场核验" /> }.into_any(),
                timeline.on_site_verified,
                due(DeadlineKind::OnSiteVerification),
            )
        });
        view! {
            <h2 class="app-heading-m">{tr(Msg::TimelineAfterHeading)}</h2>
            <ol class="app-steps">
                {after_step(i18n, "letter", view! { <OfficialTerm term=Term::NotificationLetter /> }.into_any(), Some(letter), None)}
                {after_step(i18n, "entry", view! { <OfficialWords msg=Msg::TimelineEntry zh="Z字签证 · 入境" /> }.into_any(), timeline.entry, None)}
                {after_step(i18n, "card", view! { <OfficialTerm term=Term::Essc /> }.into_any(), timeline.card_issued, None)}
                {after_step(i18n, "residence-permit", view! { <OfficialWords msg=Msg::TimelineResidence zh="外国人居留许可（工作类）" /> }.into_any(), timeline.residence_permit, due(DeadlineKind::ResidencePermit))}
                {on_site}
            </ol>
        }
    });
    let today_text = move || {
        i18n.text(args::TimelineToday {
            date: full_date(i18n, today),
        })
    };
    view! {
        <p class="app-hint" id="timeline-today">{today_text}</p>
        <h2 class="app-heading-m">{tr(Msg::TimelineApplicationHeading)}</h2>
        {current.as_ref().map(|application| application_steps(i18n, application))}
        {current.is_none().then(|| view! { <p>{tr(Msg::TimelineNoApplication)}</p> })}
        {(!earlier.is_empty()).then(|| view! {
            <details class="app-details">
                <summary class="app-details__summary">{tr(Msg::TimelineEarlier)}</summary>
                <div class="app-details__text">
                    {earlier.iter().map(|application| application_steps(i18n, application)).collect_view()}
                </div>
            </details>
        })}
        {after}
        <h2 class="app-heading-m" id="to-watch">{tr(Msg::TimelineWatchHeading)}</h2>
        {deadline_list(i18n, &watch, today)}
        {calendar_controls(i18n, watch.clone(), Msg::TimelineLead)}
        <h2 class="app-heading-m">{tr(Msg::LifeTitle)}</h2>
        <ul class="app-list app-list--documents">
            {super::EVENTS.iter().map(|(route, label)| view! {
                <li><A href=route.href()>{tr(*label)}</A></li>
            }).collect_view()}
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: u16, month: u8, day: u8) -> Date {
        Date::new(year, month, day).unwrap()
    }

    fn timeline(entry: Option<Date>) -> TimelineResponse {
        TimelineResponse {
            today: d(2026, 11, 30),
            category: PermitCategory::B,
            applications: vec![ApplicationHistory {
                number: "3100000000412790".into(),
                stages: vec![StageReached {
                    stage: ApplicationStage::Approved,
                    on: d(2026, 10, 11),
                    documents: Vec::new(),
                    reason: None,
                }],
            }],
            entry,
            medical_report_issued: Some(d(2026, 6, 16)),
            card_issued: None,
            residence_permit: None,
            on_site_verified: None,
            permit_valid_until: d(2027, 11, 14),
        }
    }

    fn kinds(dated: &Dated) -> Vec<DeadlineKind> {
        dated.iter().map(|(_, d)| d.kind).collect()
    }

    #[test]
    fn before_entry_the_letter_counts_and_after_it_the_first_thirty_days() {
        let waiting = timeline(None);
        assert!(
            kinds(&to_watch(&waiting, waiting.today))
                .contains(&DeadlineKind::NotificationLetterExpires)
        );
        let arrived = timeline(Some(d(2026, 11, 8)));
        let watch = kinds(&to_watch(&arrived, arrived.today));
        assert!(!watch.contains(&DeadlineKind::NotificationLetterExpires));
        assert!(watch.contains(&DeadlineKind::ResidencePermit));
        assert!(watch.contains(&DeadlineKind::OnSiteVerification));
        assert!(watch.contains(&DeadlineKind::MedicalReportExpires));
    }

    #[test]
    fn steps_done_leave_the_list_and_an_open_window_drops_its_opening() {
        let mut done = timeline(Some(d(2026, 11, 8)));
        done.residence_permit = Some(d(2026, 11, 20));
        done.on_site_verified = Some(d(2026, 11, 21));
        let watch = kinds(&to_watch(&done, done.today));
        assert_eq!(
            watch,
            [
                DeadlineKind::ExtensionOpens,
                DeadlineKind::ExtensionCloses,
                DeadlineKind::PermitExpires
            ]
        );
        // Inside the window (opens 16 August 2027): the opening is no longer a date to watch.
        let inside = kinds(&to_watch(&done, d(2027, 9, 1)));
        assert_eq!(
            inside,
            [DeadlineKind::ExtensionCloses, DeadlineKind::PermitExpires]
        );
    }
}
