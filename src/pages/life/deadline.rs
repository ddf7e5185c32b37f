//! The shape of a life-event page: one date asked, then the deadlines that follow from it
//! (`protocol::deadlines`) with days left, a warning at 10 days and an error once passed, and
//! the dates for the person's calendar (an `.ics` file made here; a print on a kiosk).

use leptos::prelude::*;
use protocol::date::Date;
use protocol::deadlines::{Deadline, Urgency};
use protocol::ics::{self, Event, Stamp};

use crate::components::back_link::BackLink;
use crate::components::button::{Button, ButtonKind};
use crate::components::date_input::{DateInput, DateParts};
use crate::components::error_summary::ErrorSummary;
use crate::components::form_problems::Problems;
use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::i18n::{I18n, Msg, args, tr, use_i18n};
use crate::intl;
use crate::routes::AppRoute;

/// The dates a page shows for an answer: each with its label.
pub type Dated = Vec<(Msg, Deadline)>;

/// What a page says about where the person stands, from today and the answer.
pub type Standing = fn(Date, Date) -> Option<(NoticeKind, Msg)>;

const RESULTS: &str = "dates";

/// Today on this device, or the answer itself if the device has no clock.
fn today_or(answer: Date) -> Date {
    crate::browser::today().unwrap_or(answer)
}

/// The moment now in UTC, for the calendar file's `DTSTAMP`.
fn stamp_now() -> Option<Stamp> {
    let ms = crate::browser::now_ms();
    if !ms.is_finite() || ms < 0.0 {
        return None;
    }
    let seconds = (ms / 1000.0).floor();
    let days = (seconds / 86_400.0).floor();
    let epoch = Date::new(1970, 1, 1)?;
    #[allow(clippy::cast_possible_truncation)]
    let day = epoch.add_days(days as i64);
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let seconds = (seconds - days * 86_400.0) as u32;
    Some(Stamp { day, seconds })
}

/// The calendar file of `dated`: one all-day event each, a reminder 7 days before.
pub fn calendar_file(i18n: I18n, dated: &Dated, explain: Msg) -> Option<String> {
    let stamp = stamp_now()?;
    let events: Vec<Event> = dated
        .iter()
        .map(|(label, deadline)| Event {
            uid: format!("{}-{}@essc", deadline.kind.as_str(), deadline.due),
            day: deadline.due,
            summary: i18n.t(*label),
            description: i18n.t(explain),
            remind_days_before: Some(7),
        })
        .collect();
    Some(ics::calendar(&events, stamp))
}

/// The last day the holiday table covers (`protocol::holidays`).
fn table_ends(fallback: Date) -> Date {
    protocol::holidays::SCHEDULES
        .last()
        .and_then(|s| Date::new(s.year, 12, 31))
        .unwrap_or(fallback)
}

/// The deadlines as a list, each with its days left and its flag.
pub fn deadline_list(i18n: I18n, dated: &Dated, today: Date) -> impl IntoView + use<> {
    let items = dated
        .iter()
        .map(|(label, deadline)| deadline_item(i18n, *label, *deadline, today))
        .collect_view();
    view! { <ul class="app-deadlines">{items}</ul> }
}

/// The dates for the person's calendar: an `.ics` download, or on a kiosk (which keeps no
/// files) a print button.
pub fn calendar_controls(i18n: I18n, dated: Dated, explain: Msg) -> impl IntoView {
    let export = if crate::mode::use_mode().may_store() {
        let save = Callback::new(move |()| {
            if let Some(text) = calendar_file(i18n, &dated, explain) {
                crate::browser::download("work-permit-dates.ics", "text/calendar", &text);
            }
        });
        view! {
            <Button label=tr(Msg::LifeCalendar) kind=ButtonKind::Secondary button_type="button" id="calendar" on_click=save />
            <p class="app-hint">{tr(Msg::LifeCalendarHint)}</p>
        }
        .into_any()
    } else {
        view! {
            <Button label=tr(Msg::LifePrint) kind=ButtonKind::Secondary button_type="button" id="print-dates"
                on_click=Callback::new(|()| crate::browser::print()) />
        }
        .into_any()
    };
    view! { <div class="app-no-print">{export}</div> }
}

/// One deadline: its label, date, days left or passed, and a warning when it is close.
fn deadline_item(i18n: I18n, label: Msg, deadline: Deadline, today: Date) -> impl IntoView {
    let urgency = deadline.urgency(today);
    let left = deadline.days_left(today);
    #[allow(clippy::cast_precision_loss)]
    let when = match urgency {
        Urgency::Passed => i18n.text(args::LifeDaysPassed {
            days: (-left) as f64,
        }),
        _ => i18n.text(args::LifeDaysLeft { days: left as f64 }),
    };
    let class = match urgency {
        Urgency::Ahead => "app-deadline",
        Urgency::Soon => "app-deadline app-deadline--soon",
        Urgency::Passed => "app-deadline app-deadline--passed",
    };
    let due = move || {
        i18n.text(args::LifeDue {
            date: intl::date(deadline.due, i18n.language().id),
        })
    };
    view! {
        <li class=class data-kind=deadline.kind.as_str() data-urgency=match urgency {
            Urgency::Ahead => "ahead",
            Urgency::Soon => "soon",
            Urgency::Passed => "passed",
        }>
            <h3 class="app-heading-s">{tr(label)}</h3>
            <p><strong>{due}</strong>" "{when}</p>
            {match urgency {
                Urgency::Soon => Some(view! { <p class="app-deadline__flag">{tr(Msg::LifeSoon)}</p> }),
                Urgency::Passed => Some(view! { <p class="app-deadline__flag">{tr(Msg::LifePassed)}</p> }),
                Urgency::Ahead => None,
            }}
            {deadline.uncertain.then(|| view! { <p class="app-hint">{tr(Msg::LifeUncertain)}</p> })}
            {deadline.approximate.then(|| view! {
                <p class="app-hint">{move || i18n.text(args::LifeCountedWeekdays { date: intl::date(table_ends(deadline.due), i18n.language().id) })}</p>
            })}
        </li>
    }
}

/// A life-event page: the question, and once answered, the dates and the calendar.
#[component]
pub fn DeadlinePage(
    route: AppRoute,
    lead: Msg,
    /// The date field's id, legend and hint.
    field: &'static str,
    legend: Msg,
    hint: Msg,
    /// The deadlines that follow from the answer.
    dates: fn(Date) -> Dated,
    /// Where the person stands, if the page has more to say than the dates.
    #[prop(optional)]
    standing: Option<Standing>,
    /// The calendar events' description.
    explain: Msg,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let problems = Problems::new();
    let parts = RwSignal::new(DateParts::default());
    let answer = RwSignal::new(None::<Date>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let found = match parts.get_untracked().date() {
            Ok(Some(day)) => {
                answer.set(Some(day));
                Vec::new()
            }
            Ok(None) => vec![(field, i18n.t(Msg::LifeDateMissing))],
            Err(_) => vec![(field, i18n.t(Msg::LifeDateInvalid))],
        };
        if problems.settle(found) {
            // Once the dates have rendered.
            request_animation_frame(|| crate::browser::focus_by_id(RESULTS));
        } else {
            answer.set(None);
        }
    };
    let results = move || {
        let day = answer.get()?;
        let today = today_or(day);
        let dated = dates(day);
        let note = standing.and_then(|f| f(today, day)).map(|(kind, msg)| {
            view! { <Notice kind><p id="standing">{tr(msg)}</p></Notice> }
        });
        Some(view! {
            <h2 class="app-heading-m" id=RESULTS tabindex="-1">{tr(Msg::LifeDatesHeading)}</h2>
            {note}
            {deadline_list(i18n, &dated, today)}
            {calendar_controls(i18n, dated, explain)}
        })
    };
    view! {
        <BackLink href=AppRoute::LifeEvents.href() />
        <ErrorSummary errors=problems.summary() />
        <PageHeading title=route.title() has_error=problems.any() />
        <p class="app-body-l">{tr(lead)}</p>
        {children()}
        <form novalidate on:submit=submit class="app-no-print">
            <DateInput id=field legend=tr(legend) hint=tr(hint) error=problems.for_field(field) value=parts />
            <Button label=tr(Msg::LifeShow) />
        </form>
        <div aria-live="polite">{results}</div>
        <p class="app-hint">{tr(Msg::LifePrivacy)}</p>
    }
}
