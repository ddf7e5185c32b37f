//! The header's account area: who is signed in and a sign-out button, or a sign-in link.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::i18n::{Msg, args, tr, use_i18n};
use crate::routes::AppRoute;
use crate::session::use_session;

#[component]
pub fn AccountMenu() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let navigate = use_navigate();
    let signing_out = RwSignal::new(false);
    let sign_out = move |_| {
        if signing_out.get_untracked() {
            return;
        }
        signing_out.set(true);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            crate::session::sign_out(session).await;
            signing_out.set(false);
            navigate(AppRoute::SignedOut.href(), Default::default());
        });
    };
    move || {
        match session.info() {
        Some(info) => view! {
            <div class="app-header__account">
                <span>{i18n.text(args::HeaderSignedInAs { name: info.holder_name_masked.clone() })}</span>
                <button type="button" class="app-header__sign-out" on:click=sign_out.clone() aria-busy=move || signing_out.get().then_some("true")>
                    {tr(Msg::HeaderSignOut)}
                </button>
            </div>
        }
        .into_any(),
        None => view! {
            <div class="app-header__account">
                <A href=AppRoute::SignIn.href() attr:class="app-header__sign-in">{tr(Msg::HeaderSignIn)}</A>
            </div>
        }
        .into_any(),
    }
    }
}
