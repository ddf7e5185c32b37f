//! A translated term with the official Chinese term beside it (outside Chinese locales).

use leptos::prelude::*;

use crate::glossary::Term;
use crate::i18n::use_i18n;

#[component]
pub fn OfficialTerm(term: Term) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class="app-term">
            {move || i18n.t(term.msg())}
            {move || (!i18n.is_chinese()).then(|| view! {
                " "
                <span class="app-term__zh" lang="zh-CN">{term.zh()}</span>
            })}
        </span>
    }
}
