//! The end of the journey: the e-SSC is ready, with a masked summary and the way to the card.

use leptos::prelude::*;
use leptos_router::components::A;
use protocol::api::CardStatus;

use crate::components::button::{Button, ButtonKind};
use crate::components::card_nav::loaded;
use crate::components::notice::{Notice, NoticeKind};
use crate::components::page_heading::PageHeading;
use crate::components::panel::Panel;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::i18n::{Msg, tr};
use crate::routes::AppRoute;
use crate::session::load_signed_in;

#[component]
pub fn RegisterDonePage() -> impl IntoView {
    let card = load_signed_in(AppRoute::RegisterDone, crate::api::card);
    let body = move || {
        loaded(card.get().flatten(), |card| {
            if card.status == CardStatus::Active {
                view! {
                    <Panel title=tr(Msg::RegisterDonePanel)>
                        <p>{tr(Msg::RegisterDonePanelBody)}</p>
                    </Panel>
                    <SummaryList>
                        <SummaryRow key=tr(Msg::CardHolder)><span translate="no">{card.holder_name_masked}</span></SummaryRow>
                        <SummaryRow key=tr(Msg::TermSocialSecurityNumber)><span dir="ltr">{card.social_security_number_masked}</span></SummaryRow>
                        <SummaryRow key=tr(Msg::CardNumber)><span dir="ltr">{card.card_number_masked}</span></SummaryRow>
                        <SummaryRow key=tr(Msg::CardStatus)>{tr(Msg::CardStatusActive)}</SummaryRow>
                    </SummaryList>
                    <h2 class="app-heading-m">{tr(Msg::RegisterDoneNextHeading)}</h2>
                    <p>{tr(Msg::RegisterDoneNext)}</p>
                    <A href=AppRoute::Card.href() attr:class="app-button" attr:draggable="false">{tr(Msg::RegisterDoneCardLink)}</A>
                }
                .into_any()
            } else {
                // Reached before the face check passed: say so, and lead there.
                view! {
                    <Notice kind=NoticeKind::Info>
                        <p>{tr(Msg::CardSealedExplained)}</p>
                    </Notice>
                    <A href=AppRoute::FaceCheck.href() attr:class="app-button" attr:draggable="false">{tr(Msg::CardVerifyNow)}</A>
                }
                .into_any()
            }
        })
    };
    view! {
        <PageHeading title=AppRoute::RegisterDone.title() />
        {body}
        // The confirmation on paper (a receipt on a kiosk with a receipt printer).
        <Button label=tr(Msg::PrintPage) kind=ButtonKind::Secondary button_type="button" on_click=Callback::new(|()| crate::browser::print()) />
    }
}
