//! The signed-in holder's pages (card, work permit, payments, timeline), one tab-like list of links, and
//! the notice a signed-in page shows when its data cannot be loaded.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::ApiFailure;
use crate::components::notice::{Notice, NoticeKind};
use crate::i18n::{Msg, tr, use_i18n};
use crate::routes::AppRoute;

const PAGES: [AppRoute; 4] = [
    AppRoute::Card,
    AppRoute::WorkPermit,
    AppRoute::Payments,
    AppRoute::Timeline,
];

#[component]
pub fn CardNav(current: AppRoute) -> impl IntoView {
    view! {
        <nav class="app-sub-nav app-no-print" aria-label=tr(Msg::CardNavLabel)>
            <ul class="app-sub-nav__list">
                {PAGES.map(|page| view! {
                    <li class="app-sub-nav__item">
                        <A href=page.href() attr:class="app-sub-nav__link" attr:aria-current=(page == current).then_some("page")>{tr(page.title())}</A>
                    </li>
                })}
            </ul>
        </nav>
    }
}

/// What a signed-in page shows of its data (see `session::load_signed_in`): nothing while it
/// loads or while the visitor is sent to sign in, `render` once it is there, and
/// [`LoadFailed`] when it could not be loaded.
pub fn loaded<T>(
    data: Option<Result<T, ApiFailure>>,
    render: impl FnOnce(T) -> AnyView,
) -> Option<AnyView> {
    match data? {
        Ok(value) => Some(render(value)),
        Err(failure) if failure.needs_sign_in() => None,
        Err(failure) => Some(view! { <LoadFailed failure /> }.into_any()),
    }
}

#[component]
pub fn LoadFailed(failure: ApiFailure) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Notice kind=NoticeKind::Warning>
            <p>{tr(Msg::CardLoadFailed)}" "{i18n.failure_message(&failure)}</p>
        </Notice>
    }
}
