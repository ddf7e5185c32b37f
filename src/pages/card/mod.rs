//! The signed-in holder's card: the card face (masked, with an eye toggle) and, once the card
//! is active, the refreshing QR code for identity and medical settlement.

mod face;
mod qr;

use leptos::prelude::*;
use protocol::api::CardStatus;

use crate::components::card_nav::{CardNav, loaded};
use crate::components::page_heading::PageHeading;
use crate::routes::AppRoute;
use crate::session::load_signed_in;

#[component]
pub fn CardPage() -> impl IntoView {
    let card = load_signed_in(AppRoute::Card, crate::api::card);
    let body = move || {
        loaded(card.get().flatten(), |card| {
            let active = card.status == CardStatus::Active;
            view! {
                <face::CardFace card />
                {active.then(|| view! { <qr::QrPanel /> })}
            }
            .into_any()
        })
    };
    view! {
        <CardNav current=AppRoute::Card />
        <PageHeading title=AppRoute::Card.title() />
        {body}
    }
}
