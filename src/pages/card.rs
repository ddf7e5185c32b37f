//! The signed-in holder's card: a rendering with masked values and the card's status. The
//! full card features (eye toggle, QR code) come with the card journey.

use leptos::prelude::*;
use leptos_router::components::A;
use protocol::api::{CardResponse, CardStatus};

use crate::components::notice::{Notice, NoticeKind};
use crate::components::official_term::OfficialTerm;
use crate::components::page_heading::PageHeading;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::glossary::Term;
use crate::i18n::{Msg, tr, use_i18n};
use crate::routes::AppRoute;
use crate::session::{require_sign_in, use_session};

#[component]
pub fn CardPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let sign_in_again = require_sign_in(AppRoute::Card);
    // Asks for the card only once someone is signed in, so a signed-out visit goes straight
    // to sign-in without an error round trip.
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
    let body = move || match card.get().flatten() {
        None => None,
        Some(Ok(card)) => Some(view! { <CardFace card /> }.into_any()),
        Some(Err(failure)) if failure.needs_sign_in() => None,
        Some(Err(failure)) => Some(
            view! {
                <Notice kind=NoticeKind::Warning>
                    <p>{tr(Msg::CardLoadFailed)}" "{i18n.failure_message(&failure)}</p>
                </Notice>
            }
            .into_any(),
        ),
    };
    view! {
        <PageHeading title=AppRoute::Card.title() />
        {body}
    }
}

#[component]
fn CardFace(card: CardResponse) -> impl IntoView {
    let i18n = use_i18n();
    let sealed = card.status == CardStatus::Sealed;
    let (status_msg, status_zh) = if sealed {
        (Msg::CardStatusSealed, "封存")
    } else {
        (Msg::CardStatusActive, "正常")
    };
    view! {
        <section class="app-card-face" aria-labelledby="card-face-title">
            <h2 id="card-face-title" class="app-card-face__title"><OfficialTerm term=Term::Essc /></h2>
            <SummaryList>
                <SummaryRow key=tr(Msg::CardHolder)>{card.holder_name_masked.clone()}</SummaryRow>
                <SummaryRow key=tr(Msg::TermSocialSecurityNumber)><span dir="ltr">{card.social_security_number_masked.clone()}</span></SummaryRow>
                <SummaryRow key=tr(Msg::CardNumber)><span dir="ltr">{card.card_number_masked.clone()}</span></SummaryRow>
                <SummaryRow key=tr(Msg::CardStatus)>
                    {tr(status_msg)}
                    {move || (!i18n.is_chinese()).then(|| view! { " "<span class="app-term__zh" lang="zh-CN">{status_zh}</span> })}
                </SummaryRow>
                {card.issued_on.map(|date| view! {
                    <SummaryRow key=tr(Msg::CardIssued)><span dir="ltr">{date.to_string()}</span></SummaryRow>
                })}
            </SummaryList>
            <p class="app-card-face__note">{tr(Msg::CardRenderingNote)}</p>
        </section>
        {sealed.then(|| view! {
            <Notice kind=NoticeKind::Info>
                <p>{tr(Msg::CardSealedExplained)}</p>
                <p><A href=AppRoute::FaceCheck.href()>{tr(Msg::CardVerifyNow)}</A></p>
            </Notice>
        })}
    }
}
