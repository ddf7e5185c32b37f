//! Life events after the work permit (public, no account): a new passport, a permit about to
//! expire, a new employer, leaving China. Each page asks one date and shows the deadlines that
//! follow (`protocol::deadlines`, working days by `protocol::holidays`), which the person can
//! put in a calendar. Nothing typed is sent or stored. The journey also holds the public check
//! of an application's progress (`status`) and the signed-in holder's timeline (`timeline`).

pub mod deadline;
pub mod events;
pub mod stages;
pub mod status;
pub mod timeline;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::page_heading::PageHeading;
use crate::i18n::{Msg, tr};
use crate::routes::AppRoute;

/// The journey's page for a route.
pub fn page(route: AppRoute) -> AnyView {
    match route {
        AppRoute::NewPassport => events::NewPassportPage().into_any(),
        AppRoute::PermitExpiry => events::PermitExpiryPage().into_any(),
        AppRoute::ChangingEmployer => events::ChangingEmployerPage().into_any(),
        AppRoute::LeavingChina => events::LeavingChinaPage().into_any(),
        AppRoute::ApplicationStatus => status::StatusPage().into_any(),
        AppRoute::Timeline => timeline::TimelinePage().into_any(),
        _ => LifeEventsPage().into_any(),
    }
}

/// The events, each a link to its page.
pub const EVENTS: [(AppRoute, Msg); 4] = [
    (AppRoute::NewPassport, Msg::LifeNewPassportLink),
    (AppRoute::PermitExpiry, Msg::LifeExpiryLink),
    (AppRoute::ChangingEmployer, Msg::LifeEmployerLink),
    (AppRoute::LeavingChina, Msg::LifeLeavingLink),
];

#[component]
fn LifeEventsPage() -> impl IntoView {
    view! {
        <PageHeading title=AppRoute::LifeEvents.title() />
        <p class="app-body-l">{tr(Msg::LifeLead)}</p>
        <ul class="app-list app-list--documents">
            {EVENTS.iter().map(|(route, label)| view! {
                <li><A href=route.href()>{tr(*label)}</A></li>
            }).collect_view()}
        </ul>
        <p><A href=AppRoute::ApplicationStatus.href()>{tr(Msg::LifeStatusLink)}</A></p>
        <p class="app-hint">{tr(Msg::LifePrivacy)}</p>
    }
}
