//! The page frame: skip link, header with the language switcher, main landmark, footer.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::account_menu::AccountMenu;
use crate::components::language_switcher::LanguageSwitcher;
use crate::components::notice::{Notice, NoticeKind};
use crate::i18n::{Msg, args, tr, use_i18n};
use crate::mode::{Mode, use_mode};
use crate::routes::AppRoute;

/// Id of the `<main>` element, the skip link's target.
pub const MAIN_ID: &str = "main-content";

/// The router handles in-page links itself without moving focus; the skip link must.
fn skip_to_main(event: leptos::ev::MouseEvent) {
    event.prevent_default();
    crate::browser::focus_by_id(MAIN_ID);
}

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let kiosk = use_mode() == Mode::Kiosk;
    // Ask the backend once whether it answers, so a user on a bad connection (or a kiosk whose
    // server is down) learns it before starting something that needs it.
    let backend = LocalResource::new(crate::api::health);
    let backend_down = move || {
        backend.get().and_then(|result| result.err()).map(|_| {
            view! {
                <Notice kind=NoticeKind::Warning>
                    <p>{tr(Msg::BackendUnreachable)}</p>
                </Notice>
            }
        })
    };
    let language_failed = move || {
        i18n.failed().map(|lang| {
            view! {
                <Notice kind=NoticeKind::Warning>
                    {move || i18n.text(args::LanguageLoadFailed { language: lang.name.to_owned() })}
                </Notice>
            }
        })
    };
    view! {
        <a class="app-skip-link" href=format!("#{MAIN_ID}") on:click=skip_to_main>{tr(Msg::SkipToContent)}</a>
        <header class="app-header">
            <div class="app-header__inner app-width-container">
                <A href=AppRoute::Home.href() attr:class="app-header__service">
                    <svg class="app-header__logo" aria-hidden="true" focusable="false" viewBox="0 0 32 32" width="32" height="32">
                        <rect x="2" y="6" width="28" height="20" rx="3" fill="none" stroke="currentColor" stroke-width="2.5" />
                        <rect x="6" y="11" width="8" height="10" rx="1" fill="currentColor" />
                        <path d="M17 13h9M17 17h9M17 21h6" stroke="currentColor" stroke-width="2" />
                    </svg>
                    <span class="app-header__service-full">{tr(Msg::ServiceName)}</span>
                    <span class="app-header__service-short" aria-hidden="true">{tr(Msg::ServiceNameShort)}</span>
                </A>
                {kiosk.then(|| view! {
                    <span class="app-tag app-header__mode">{tr(Msg::KioskBadge)}</span>
                    <crate::journeys::KioskControls />
                })}
                <AccountMenu />
                <LanguageSwitcher />
            </div>
        </header>
        <div class="app-width-container">
            {language_failed}
            {backend_down}
            <UpdateOffer />
            <main id=MAIN_ID class="app-main" tabindex="-1">
                {children()}
            </main>
        </div>
        <footer class="app-footer">
            <div class="app-width-container app-footer__inner">
                <nav aria-label=tr(Msg::FooterNavLabel)>
                    <ul class="app-footer__links">
                        <li><A href=AppRoute::Accessibility.href()>{tr(Msg::AccessibilityTitle)}</A></li>
                    </ul>
                </nav>
                <p class="app-footer__text">{tr(Msg::FooterHotlines)}</p>
                <p class="app-footer__text">{tr(Msg::FooterDisclaimer)}</p>
            </div>
        </footer>
    }
}

/// "A new version is ready: reload", once the service worker (personal devices only) has a new
/// build waiting; nothing changes until the person chooses it.
#[component]
fn UpdateOffer() -> impl IntoView {
    let ready = RwSignal::new(crate::browser::update_waiting());
    let listener = window_event_listener_untyped("essc-update", move |_| ready.set(true));
    on_cleanup(move || listener.remove());
    move || {
        ready.get().then(|| {
            view! {
                <Notice kind=NoticeKind::Info>
                    <p>{tr(Msg::UpdateReady)}</p>
                    <button type="button" class="app-button app-button--secondary" on:click=|_| crate::browser::apply_update()>
                        {tr(Msg::UpdateReload)}
                    </button>
                </Notice>
            }
        })
    }
}
