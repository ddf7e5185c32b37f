//! Providers, router and layout.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_params_map;
use leptos_router::{ParamSegment, StaticSegment};

use crate::components::layout::Layout;
use crate::i18n::{I18n, provide_i18n};
use crate::journeys::JourneyPage;
use crate::mode::{Mode, provide_mode};
use crate::pages::{home::HomePage, not_found::NotFoundPage, register};
use crate::routes::AppRoute;

#[component]
pub fn App(mode: Mode, i18n: I18n) -> impl IntoView {
    provide_mode(mode);
    provide_i18n(i18n);
    crate::session::provide_session();
    register::state::provide_register_state(mode);
    view! {
        <Router>
            <Layout>
                <Routes fallback=NotFoundPage>
                    <Route path=StaticSegment(AppRoute::Home.segment()) view=HomePage />
                    <Route path=ParamSegment("page") view=LazyPage />
                </Routes>
            </Layout>
        </Router>
    }
}

/// Every page but home: one route for all, so the first download carries one route instead of
/// one per page. The segment names the page (`AppRoute::from_segment`); an unknown one is not
/// found. Moving between pages re-renders here, as separate routes did.
#[component]
fn LazyPage() -> impl IntoView {
    let params = use_params_map();
    move || {
        let segment = params.with(|p| p.get("page").unwrap_or_default());
        match AppRoute::from_segment(&segment) {
            Some(route) if route != AppRoute::Home => view! { <JourneyPage route /> }.into_any(),
            _ => view! { <NotFoundPage /> }.into_any(),
        }
    }
}
