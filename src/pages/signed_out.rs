//! Shown after signing out.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::page_heading::PageHeading;
use crate::i18n::{Msg, tr};
use crate::routes::AppRoute;

#[component]
pub fn SignedOutPage() -> impl IntoView {
    view! {
        <PageHeading title=AppRoute::SignedOut.title() />
        <p>{tr(Msg::SignedOutBody)}</p>
        <p><A href=AppRoute::SignIn.href()>{tr(Msg::SignedOutAgain)}</A></p>
    }
}
