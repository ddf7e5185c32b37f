//! "Back" at the top of a question page.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{Msg, tr};

#[component]
pub fn BackLink(href: &'static str) -> impl IntoView {
    view! {
        <A href=href attr:class="app-back-link">{tr(Msg::BackLink)}</A>
    }
}
