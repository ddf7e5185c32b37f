//! Language switcher: a disclosure listing every language by its own name. Works with the
//! keyboard (native `<details>` and buttons) and switches without reloading the page.

use leptos::html::Details;
use leptos::prelude::*;

use crate::i18n::{LanguageDef, Msg, tr, use_i18n};

#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let details = NodeRef::<Details>::new();
    let items = LanguageDef::offered()
        .map(|lang| {
            let current = move || i18n.language() == lang;
            let busy = move || i18n.loading() == Some(lang);
            let choose = move |_| {
                i18n.switch(lang);
                if let Some(details) = details.get() {
                    details.set_open(false);
                    crate::browser::focus_within(&details, "summary");
                }
            };
            view! {
                <li>
                    <button
                        type="button"
                        class="app-language__option"
                        lang=lang.id
                        dir=lang.dir()
                        aria-current=move || current().then_some("true")
                        aria-busy=move || busy().then_some("true")
                        on:click=choose
                    >
                        {lang.name}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="app-language" node_ref=details>
            <summary class="app-language__toggle">
                <svg class="app-language__icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
                    <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" />
                    <path d="M2 12h20M12 2c3 3 4 6.5 4 10s-1 7-4 10c-3-3-4-6.5-4-10s1-7 4-10z" fill="none" stroke="currentColor" stroke-width="2" />
                </svg>
                <span class="app-visually-hidden">{tr(Msg::LanguageSwitcherLabel)}": "</span>
                <span lang=move || i18n.language().id>{move || i18n.language().name}</span>
            </summary>
            <ul class="app-language__list" aria-label=tr(Msg::LanguageSwitcherLabel)>
                {items}
            </ul>
        </details>
    }
}
