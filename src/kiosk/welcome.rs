//! The kiosk's welcome screen, where every visit starts: "Touch to start" in each shipped
//! language in turn, then the languages, each named in itself (no flags: a flag is a country,
//! not a language).

use leptos::prelude::*;

use crate::i18n::{LanguageDef, Msg, WELCOME_TOUCH, tr, use_i18n};

/// The welcome dialog's id.
pub const DIALOG_ID: &str = "kiosk-welcome";
/// How often, and how many times, opening the dialog is tried while it is not in the document.
const OPEN_RETRY_MS: i32 = 50;
const OPEN_TRIES: u32 = 100;
/// How long each language's "Touch to start" shows.
const TURN_MS: u64 = 2500;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// "Touch to start", turning through the languages.
    Touch,
    /// The languages to choose from.
    Choose,
}

/// "Touch to start" in every offered language, from the build (`i18n::WELCOME_TOUCH`), so
/// nothing is fetched to greet.
fn greetings() -> Vec<(&'static LanguageDef, &'static str)> {
    LanguageDef::offered()
        .filter_map(|lang| {
            WELCOME_TOUCH
                .iter()
                .find(|(id, _)| *id == lang.id)
                .map(|(_, text)| (lang, *text))
        })
        .collect()
}

/// The welcome screen, a modal dialog over the page while `open`; closed by choosing a
/// language.
#[component]
pub fn Welcome(open: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let step = RwSignal::new(Step::Touch);
    let greetings = greetings();
    let turn = RwSignal::new(0_usize);
    let ticker = set_interval_with_handle(
        move || {
            if open.get_untracked() && step.get_untracked() == Step::Touch {
                turn.update(|n| *n = n.wrapping_add(1));
            }
        },
        std::time::Duration::from_millis(TURN_MS),
    )
    .ok();
    on_cleanup(move || {
        if let Some(ticker) = ticker {
            ticker.clear();
        }
    });
    Effect::new(move || {
        let shown = open.get();
        if shown {
            step.set(Step::Touch);
        }
        // At start the dialog may not be in the document yet (its chunk's view is put in
        // place after this runs): try again shortly until it is.
        leptos::task::spawn_local(async move {
            for _ in 0..OPEN_TRIES {
                if open.get_untracked() != shown || crate::browser::show_modal(DIALOG_ID, shown) {
                    return;
                }
                crate::browser::sleep(OPEN_RETRY_MS).await;
            }
        });
    });

    // The greeting now showing: each language in turn.
    let greeting = move || {
        greetings
            .get(turn.get() % greetings.len().max(1))
            .map_or_else(
                || (i18n.language(), i18n.t(Msg::WelcomeTouch)),
                |(lang, text)| (*lang, (*text).to_owned()),
            )
    };
    let choose = move |lang: &'static LanguageDef| {
        if i18n.language() != lang {
            i18n.switch(lang);
        }
        open.set(false);
    };

    let touch = move || {
        let (lang, text) = greeting();
        view! {
            <button
                type="button"
                class="app-welcome__touch"
                lang=lang.id
                dir=lang.dir()
                on:click=move |_| step.set(Step::Choose)
            >
                <span id="kiosk-welcome-title">{text}</span>
            </button>
        }
    };
    let languages = move || {
        view! {
            <h2 id="kiosk-welcome-title" class="app-heading-l">{tr(Msg::WelcomeChoose)}</h2>
            <ul class="app-welcome__languages">
                {LanguageDef::offered()
                    .map(|lang| {
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="app-button app-button--secondary app-welcome__language"
                                    lang=lang.id
                                    dir=lang.dir()
                                    on:click=move |_| choose(lang)
                                >
                                    {lang.name}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    };
    view! {
        <dialog
            id=DIALOG_ID
            class="app-welcome"
            aria-labelledby="kiosk-welcome-title"
            on:cancel=move |event: leptos::ev::Event| {
                // Escape keeps the language on screen and starts.
                event.prevent_default();
                choose(i18n.language());
            }
        >
            {move || match step.get() {
                Step::Touch => touch().into_any(),
                Step::Choose => languages().into_any(),
            }}
        </dialog>
    }
}
