//! The four life events, each a [`DeadlinePage`] with its question, its deadlines and its
//! advice. The figures and their status are domain.md §8's; the uncertain ones say so.

use leptos::prelude::*;
use leptos_router::components::A;
use protocol::date::Date;
use protocol::deadlines::{self, DeadlineKind, Situation};

use super::deadline::{Dated, DeadlinePage};
use crate::components::notice::NoticeKind;
use crate::i18n::{Msg, args, tr, use_i18n};
use crate::routes::AppRoute;

fn new_passport(issued: Date) -> Dated {
    vec![(Msg::LifePassportChange, deadlines::new_passport(issued))]
}

#[component]
pub fn NewPassportPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <DeadlinePage route=AppRoute::NewPassport lead=Msg::LifeNewPassportLead field="passport-issued"
            legend=Msg::LifePassportIssued hint=Msg::LifePassportIssuedHint dates=new_passport
            explain=Msg::LifePassportChangeHow>
            <p>{tr(Msg::LifePassportChangeHow)}</p>
            <p>{tr(Msg::LifePassportResidence)}</p>
            <p>{tr(Msg::LifePassportBring)}</p>
            <p class="app-hint">{move || i18n.text(args::LifeSource { source: i18n.t(Msg::LifePassportSource) })}</p>
        </DeadlinePage>
    }
}

fn permit_expiry(expires: Date) -> Dated {
    let situation = Situation {
        permit_expires: Some(expires),
        ..Situation::default()
    };
    deadlines::deadlines(&situation)
        .into_iter()
        .map(|d| {
            let label = match d.kind {
                DeadlineKind::ExtensionOpens => Msg::LifeExpiryOpens,
                DeadlineKind::ExtensionCloses => Msg::LifeExpiryCloses,
                _ => Msg::LifeExpiryEnds,
            };
            (label, d)
        })
        .collect()
}

/// Before, inside or after the extension window.
fn window(today: Date, expires: Date) -> Option<(NoticeKind, Msg)> {
    let dated = permit_expiry(expires);
    let on = |kind| {
        dated
            .iter()
            .find(|(_, d)| d.kind == kind)
            .map(|(_, d)| d.due)
    };
    let (opens, closes) = (
        on(DeadlineKind::ExtensionOpens)?,
        on(DeadlineKind::ExtensionCloses)?,
    );
    Some(if today.days_until(opens) > 0 {
        (NoticeKind::Info, Msg::LifeExpiryNotYet)
    } else if today.days_until(closes) >= 0 {
        (NoticeKind::Success, Msg::LifeExpiryOpen)
    } else {
        (NoticeKind::Warning, Msg::LifeExpiryClosed)
    })
}

#[component]
pub fn PermitExpiryPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <DeadlinePage route=AppRoute::PermitExpiry lead=Msg::LifeExpiryLead field="permit-expires"
            legend=Msg::LifeExpiryDate hint=Msg::LifeExpiryDateHint dates=permit_expiry standing=window
            explain=Msg::LifeExpiryLead>
            <p class="app-hint">{move || i18n.text(args::LifeSource { source: i18n.t(Msg::LifeExpirySource) })}</p>
        </DeadlinePage>
    }
}

fn cancellation(last_day: Date) -> Dated {
    vec![(Msg::LifeCancel, deadlines::cancellation(last_day))]
}

#[component]
pub fn ChangingEmployerPage() -> impl IntoView {
    view! {
        <DeadlinePage route=AppRoute::ChangingEmployer lead=Msg::LifeEmployerLead field="last-day"
            legend=Msg::LifeLastDay hint=Msg::LifeLastDayHint dates=cancellation explain=Msg::LifeCancelWho>
            <p>{tr(Msg::LifeCancelWho)}</p>
            <p>{tr(Msg::LifeEmployerNew)}" "<A href=AppRoute::Prepare.href()>{tr(Msg::LifePrepareLink)}</A></p>
            <p>{tr(Msg::LifeEmployerCard)}</p>
            <p class="app-hint">{tr(Msg::LifeHolidaysSource)}</p>
        </DeadlinePage>
    }
}

#[component]
pub fn LeavingChinaPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <DeadlinePage route=AppRoute::LeavingChina lead=Msg::LifeLeavingLead field="last-day"
            legend=Msg::LifeLastDay hint=Msg::LifeLastDayHint dates=cancellation explain=Msg::LifeCancelWho>
            <p>{tr(Msg::LifeCancelWho)}</p>
            <p>{tr(Msg::LifeLeavingResidence)}</p>
            <p>{tr(Msg::LifeLeavingInsurance)}</p>
            <p class="app-hint">{move || i18n.text(args::LifeSource { source: i18n.t(Msg::LifeLeavingInsuranceSource) })}</p>
            <p class="app-hint">{tr(Msg::LifeHolidaysSource)}</p>
        </DeadlinePage>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: u16, month: u8, day: u8) -> Date {
        Date::new(year, month, day).unwrap()
    }

    #[test]
    fn the_extension_window_is_before_inside_or_after() {
        let expires = d(2027, 6, 30);
        // Opens 1 April 2027, closes 31 May 2027.
        assert_eq!(
            window(d(2027, 3, 31), expires).map(|w| w.1),
            Some(Msg::LifeExpiryNotYet)
        );
        assert_eq!(
            window(d(2027, 4, 1), expires).map(|w| w.1),
            Some(Msg::LifeExpiryOpen)
        );
        assert_eq!(
            window(d(2027, 5, 31), expires).map(|w| w.1),
            Some(Msg::LifeExpiryOpen)
        );
        assert_eq!(
            window(d(2027, 6, 1), expires).map(|w| w.1),
            Some(Msg::LifeExpiryClosed)
        );
    }
}
