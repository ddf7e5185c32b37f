//! Key–value rows, as on a "check your answers" page, each with an optional change link.

use leptos::prelude::*;
use leptos::text_prop::TextProp;
use leptos_router::components::A;

#[component]
pub fn SummaryList(children: Children) -> impl IntoView {
    view! { <dl class="app-summary-list">{children()}</dl> }
}

#[component]
pub fn SummaryRow(
    #[prop(into)] key: TextProp,
    /// A change link: where it goes and its visible text; the key is added for screen readers.
    #[prop(optional)]
    action: Option<(String, TextProp)>,
    /// An id for the change link, so an error summary can point at it.
    #[prop(optional)]
    action_id: Option<&'static str>,
    /// The official Chinese term shown under the key (outside Chinese locales).
    #[prop(optional)]
    term: Option<crate::glossary::Term>,
    children: Children,
) -> impl IntoView {
    let key_for_action = key.clone();
    let i18n = crate::i18n::use_i18n();
    view! {
        <div class="app-summary-list__row">
            <dt class="app-summary-list__key">
                {move || key.get().to_string()}
                {move || term.filter(|_| !i18n.is_chinese()).map(|term| view! {
                    " "<span class="app-term__zh" lang="zh-CN">{term.zh()}</span>
                })}
            </dt>
            <dd class="app-summary-list__value">{children()}</dd>
            {action.map(|(href, label)| view! {
                <dd class="app-summary-list__actions">
                    <A href=href attr:id=action_id>
                        {move || label.get().to_string()}
                        <span class="app-visually-hidden">" "{move || key_for_action.get().to_string()}</span>
                    </A>
                </dd>
            })}
        </div>
    }
}
