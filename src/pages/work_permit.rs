//! The signed-in holder's work-permit details, each label with its official Chinese term,
//! copy buttons for the number, the validity with the days left, and a clean A4 printout.

use leptos::prelude::*;
use protocol::api::{PermitCategory, WorkPermitDetails};

use crate::components::button::{Button, ButtonKind};
use crate::components::card_nav::{CardNav, loaded};
use crate::components::copy_button::CopyButton;
use crate::components::official_term::OfficialTerm;
use crate::components::page_heading::PageHeading;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::glossary::Term;
use crate::i18n::{Msg, args, tr, use_i18n};
use crate::routes::AppRoute;
use crate::session::load_signed_in;

/// The official term of a permit category.
#[must_use]
pub const fn category_term(category: PermitCategory) -> Term {
    match category {
        PermitCategory::A => Term::CategoryA,
        PermitCategory::B => Term::CategoryB,
        PermitCategory::C => Term::CategoryC,
    }
}

#[component]
pub fn WorkPermitPage() -> impl IntoView {
    let permit = load_signed_in(AppRoute::WorkPermit, crate::api::work_permit);
    let body = move || {
        loaded(permit.get().flatten(), |details| {
            view! { <Details details /> }.into_any()
        })
    };
    view! {
        <CardNav current=AppRoute::WorkPermit />
        <PageHeading title=AppRoute::WorkPermit.title() />
        {body}
    }
}

#[component]
fn Details(details: WorkPermitDetails) -> impl IntoView {
    let i18n = use_i18n();
    let days_left = crate::browser::today().map(|today| today.days_until(details.valid_until));
    let validity = move || {
        let range = format!("{} – {}", details.valid_from, details.valid_until);
        let left = match days_left {
            Some(days) if days >= 0 => i18n.text(args::PermitDaysLeft { days: days as f64 }),
            Some(days) => i18n.text(args::PermitExpiredDaysAgo {
                days: (-days) as f64,
            }),
            None => String::new(),
        };
        (range, left)
    };
    let expiring = days_left.is_some_and(|d| d < 90);
    view! {
        <SummaryList>
            <SummaryRow key=tr(Term::WorkPermitNumber.msg()) term=Term::WorkPermitNumber>
                <span dir="ltr" id="permit-number">{details.number.clone()}</span>
                " "<CopyButton text=details.number.clone() label=Msg::CopyNumber />
            </SummaryRow>
            <SummaryRow key=tr(Msg::PermitCategory)><OfficialTerm term=category_term(details.category) /></SummaryRow>
            <SummaryRow key=tr(Term::Employer.msg()) term=Term::Employer><span translate="no">{details.employer.clone()}</span></SummaryRow>
            <SummaryRow key=tr(Term::Workplace.msg()) term=Term::Workplace><span translate="no">{details.workplace.clone()}</span></SummaryRow>
            <SummaryRow key=tr(Term::Position.msg()) term=Term::Position><span translate="no">{details.position.clone()}</span></SummaryRow>
            <SummaryRow key=tr(Term::WorkAddress.msg()) term=Term::WorkAddress><span translate="no">{details.work_address.clone()}</span></SummaryRow>
            <SummaryRow key=tr(Term::Validity.msg()) term=Term::Validity>
                {move || { let (range, left) = validity(); view! { <span dir="ltr">{range}</span><br /><strong class:app-text-warning=expiring>{left}</strong> } }}
            </SummaryRow>
        </SummaryList>
        <p class="app-hint">{tr(Msg::PermitSource)}</p>
        <div class="app-button-group app-no-print">
            <Button label=tr(Msg::PrintPage) kind=ButtonKind::Secondary button_type="button" on_click=Callback::new(|()| crate::browser::print()) />
        </div>
    }
}
