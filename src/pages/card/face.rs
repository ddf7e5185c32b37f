//! The card face: our own rendering (not the official artwork) of the holder's card, masked by
//! default. The eye toggle shows the full values and they are masked again whenever the page
//! is hidden (another tab, the phone locked, the kiosk left alone), and on a kiosk after 30 s.

use leptos::prelude::*;
use leptos_router::components::A;
use protocol::api::{CardResponse, CardStatus};

use crate::components::notice::{Notice, NoticeKind};
use crate::components::official_term::OfficialTerm;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::glossary::Term;
use crate::i18n::{Msg, tr, use_i18n};
use crate::routes::AppRoute;

/// How long a kiosk shows the card's full details before masking them again.
pub const KIOSK_REVEAL: std::time::Duration = std::time::Duration::from_secs(30);

#[component]
pub fn CardFace(card: CardResponse) -> impl IntoView {
    let i18n = use_i18n();
    let revealed = RwSignal::new(false);
    let listener = window_event_listener(leptos::ev::visibilitychange, move |_| {
        let hidden = leptos::prelude::document().hidden();
        if hidden {
            revealed.set(false);
        }
    });
    on_cleanup(move || listener.remove());
    // On a kiosk, shown details are masked again after a while, in case the person walks away.
    if crate::mode::use_mode() == crate::mode::Mode::Kiosk {
        let shown_at = StoredValue::new(0_u32);
        Effect::new(move || {
            if revealed.get() {
                let this = shown_at.get_value().wrapping_add(1);
                shown_at.set_value(this);
                set_timeout(
                    move || {
                        if shown_at.try_get_value() == Some(this) {
                            revealed.try_set(false);
                        }
                    },
                    KIOSK_REVEAL,
                );
            }
        });
    }

    let sealed = card.status == CardStatus::Sealed;
    let (status_msg, status_zh) = if sealed {
        (Msg::CardStatusSealed, "封存")
    } else {
        (Msg::CardStatusActive, "正常")
    };
    let shown = move |clear: &str, masked: &str| {
        let (clear, masked) = (clear.to_owned(), masked.to_owned());
        move || {
            if revealed.get() {
                clear.clone()
            } else {
                masked.clone()
            }
        }
    };
    let name = shown(&card.holder_name, &card.holder_name_masked);
    let number = shown(
        &card.social_security_number,
        &card.social_security_number_masked,
    );
    let card_number = shown(&card.card_number, &card.card_number_masked);
    view! {
        <section class="app-card-face" aria-labelledby="card-face-title">
            <div class="app-card-face__top">
                <h2 id="card-face-title" class="app-card-face__title"><OfficialTerm term=Term::Essc /></h2>
                <button
                    type="button"
                    class="app-card-face__eye"
                    id="card-reveal"
                    aria-controls="card-face-values"
                    on:click=move |_| revealed.update(|r| *r = !*r)
                >
                    <EyeIcon open=revealed />
                    <span>{move || i18n.t(if revealed.get() { Msg::CardHideDetails } else { Msg::CardShowDetails })}</span>
                </button>
            </div>
            <div id="card-face-values">
            <SummaryList>
                <SummaryRow key=tr(Msg::CardHolder)><span dir="ltr" translate="no" class="app-card-face__value">{name}</span></SummaryRow>
                <SummaryRow key=tr(Msg::TermSocialSecurityNumber) term=Term::SocialSecurityNumber><span dir="ltr" translate="no" class="app-card-face__value">{number}</span></SummaryRow>
                <SummaryRow key=tr(Msg::CardNumber) term=Term::CardNumber><span dir="ltr" translate="no" class="app-card-face__value">{card_number}</span></SummaryRow>
                <SummaryRow key=tr(Msg::CardStatus)>
                    {tr(status_msg)}
                    {move || (!i18n.is_chinese()).then(|| view! { " "<span class="app-term__zh" lang="zh-CN">{status_zh}</span> })}
                </SummaryRow>
                {card.issued_on.map(|date| view! {
                    <SummaryRow key=tr(Msg::CardIssued)><span dir="ltr">{date.to_string()}</span></SummaryRow>
                })}
            </SummaryList>
            </div>
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

/// An eye, crossed out while the values are masked.
#[component]
fn EyeIcon(open: RwSignal<bool>) -> impl IntoView {
    view! {
        <svg class="app-icon app-icon--small" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z" fill="none" stroke="currentColor" stroke-width="1.8" />
            <circle cx="12" cy="12" r="3" fill="none" stroke="currentColor" stroke-width="1.8" />
            {move || (!open.get()).then(|| view! { <path d="M4 4l16 16" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" /> })}
        </svg>
    }
}
