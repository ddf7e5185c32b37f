//! A translated term with the official Chinese term beside it (outside Chinese locales).

use leptos::prelude::*;

use crate::glossary::Term;
use crate::i18n::{Msg, use_i18n};

#[component]
pub fn OfficialTerm(term: Term) -> impl IntoView {
    view! { <OfficialWords msg=term.msg() zh=term.zh() /> }
}

/// Our words for something with an official Chinese name that is not in the glossary's
/// table (a journey's own terms, such as an application's stages).
#[component]
pub fn OfficialWords(msg: Msg, zh: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class="app-term">
            {move || i18n.t(msg)}
            {move || (!i18n.is_chinese()).then(|| view! {
                " "
                <span class="app-term__zh" lang="zh-CN">{zh}</span>
            })}
        </span>
    }
}
