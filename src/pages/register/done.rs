//! The end of the journey: the e-SSC is ready, with a masked summary and the way to the card.

use leptos::prelude::*;
use leptos_router::components::A;
use protocol::api::CardStatus;

use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::components::panel::Panel;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::i18n::{Msg, tr, use_i18n};
use crate::routes::AppRoute;
use crate::session::{require_sign_in, use_session};

#[component]
pub fn RegisterDonePage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let sign_in_again = require_sign_in(AppRoute::RegisterDone);
    let card = LocalResource::new(move || {
        let signed_in = session.info().is_some();
        async move {
            if signed_in {
                Some(crate::api::card().await)
            } else {
                None
            }
        }
    });
    Effect::new(move || {
        if let Some(Some(Err(failure))) = card.get() {
            sign_in_again(&failure);
        }
    });
    let body = move || {
        match card.get().flatten()? {
        Ok(card) if card.status == CardStatus::Active => Some(
            view! {
                <Panel title=tr(Msg::RegisterDonePanel)>
                    <p>{tr(Msg::RegisterDonePanelBody)}</p>
                </Panel>
                <SummaryList>
                    <SummaryRow key=tr(Msg::CardHolder)>{card.holder_name_masked}</SummaryRow>
                    <SummaryRow key=tr(Msg::TermSocialSecurityNumber)><span dir="ltr">{card.social_security_number_masked}</span></SummaryRow>
                    <SummaryRow key=tr(Msg::CardNumber)><span dir="ltr">{card.card_number_masked}</span></SummaryRow>
                    <SummaryRow key=tr(Msg::CardStatus)>{tr(Msg::CardStatusActive)}</SummaryRow>
                </SummaryList>
                <h2 class="app-heading-m">{tr(Msg::RegisterDoneNextHeading)}</h2>
                <p>{tr(Msg::RegisterDoneNext)}</p>
                <A href=AppRoute::Card.href() attr:class="app-button" attr:draggable="false">{tr(Msg::RegisterDoneCardLink)}</A>
            }
            .into_any(),
        ),
        // Reached before the face check passed: say so, and lead there.
        Ok(_) => Some(
            view! {
                <Notice kind=NoticeKind::Info>
                    <p>{tr(Msg::CardSealedExplained)}</p>
                </Notice>
                <A href=AppRoute::FaceCheck.href() attr:class="app-button" attr:draggable="false">{tr(Msg::CardVerifyNow)}</A>
            }
            .into_any(),
        ),
        Err(failure) if failure.needs_sign_in() => None,
        Err(failure) => Some(
            view! {
                <Notice kind=NoticeKind::Warning>
                    <p>{tr(Msg::CardLoadFailed)}" "{i18n.failure_message(&failure)}</p>
                </Notice>
            }
            .into_any(),
        ),
    }
    };
    view! {
        <PageHeading title=AppRoute::RegisterDone.title() />
        {body}
    }
}
