//! Shown for any path the app does not know.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::page_heading::PageHeading;
use crate::i18n::{Msg, tr};
use crate::routes::AppRoute;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <PageHeading title=Msg::NotFoundTitle />
        <p>{tr(Msg::NotFoundTyped)}</p>
        <p>{tr(Msg::NotFoundPasted)}</p>
        <p><A href=AppRoute::Home.href()>{tr(Msg::NotFoundHome)}</A></p>
    }
}
