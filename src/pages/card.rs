//! The signed-in holder's card: a rendering with masked values and the card's status. The
//! full card features (eye toggle, QR code) come with the card journey.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use protocol::api::{CardResponse, CardStatus};
use protocol::problem::ApiErrorCode;

use crate::api::ApiFailure;
use crate::components::notice::{Notice, NoticeKind};
use crate::components::official_term::OfficialTerm;
use crate::components::page_heading::PageHeading;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::glossary::Term;
use crate::i18n::{Msg, tr, use_i18n};
use crate::routes::AppRoute;
use crate::session::use_session;

/// Where to send someone whose session is missing or over, to come back here afterwards.
#[must_use]
pub fn sign_in_path(failure: &ApiFailure, here: &str) -> String {
    let expired = if failure.code() == Some(&ApiErrorCode::SessionExpired) {
        "&expired=1"
    } else {
        ""
    };
    format!("{}?next={here}{expired}", AppRoute::SignIn.href())
}

#[component]
pub fn CardPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let navigate = use_navigate();
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
    {
        // Only a visitor who arrives signed out is sent to sign in; after signing out here,
        // the account menu takes them to the signed-out page instead.
        let navigate = navigate.clone();
        let was_signed_in = StoredValue::new(false);
        Effect::new(move || {
            if session.info().is_some() {
                was_signed_in.set_value(true);
            } else if session.checked() && !was_signed_in.get_value() {
                navigate(
                    &format!("{}?next={}", AppRoute::SignIn.href(), AppRoute::Card.href()),
                    Default::default(),
                );
            }
        });
    }
    Effect::new(move || {
        if let Some(Some(Err(failure))) = card.get()
            && failure.needs_sign_in()
        {
            session.signed_out();
            navigate(
                &sign_in_path(&failure, AppRoute::Card.href()),
                Default::default(),
            );
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
            </Notice>
        })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use protocol::problem::Problem;

    #[test]
    fn an_expired_session_returns_here_after_signing_in_again() {
        let expired = ApiFailure::Problem(Problem::new(ApiErrorCode::SessionExpired));
        assert_eq!(
            sign_in_path(&expired, "/card"),
            "/sign-in?next=/card&expired=1"
        );
        let anonymous = ApiFailure::Problem(Problem::new(ApiErrorCode::Unauthenticated));
        assert_eq!(sign_in_path(&anonymous, "/card"), "/sign-in?next=/card");
    }
}
