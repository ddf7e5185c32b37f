//! The accessibility statement.

use leptos::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::i18n::{Msg, tr};
use crate::routes::AppRoute;

const YOU_CAN: &[Msg] = &[
    Msg::AccessibilityCanKeyboard,
    Msg::AccessibilityCanScreenReader,
    Msg::AccessibilityCanZoom,
    Msg::AccessibilityCanLanguage,
    Msg::AccessibilityCanMotion,
];

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    view! {
        <PageHeading title=AppRoute::Accessibility.title() />
        <p class="app-body-l">{tr(Msg::AccessibilityLead)}</p>
        <h2 class="app-heading-l">{tr(Msg::AccessibilityCanHeading)}</h2>
        <ul class="app-list app-list--bullet">
            {YOU_CAN.iter().map(|msg| view! { <li>{tr(*msg)}</li> }).collect_view()}
        </ul>
        <h2 class="app-heading-l">{tr(Msg::AccessibilityTestingHeading)}</h2>
        <p>{tr(Msg::AccessibilityTesting)}</p>
        <h2 class="app-heading-l">{tr(Msg::AccessibilityLimitsHeading)}</h2>
        <p>{tr(Msg::AccessibilityLimitsChinese)}</p>
        <p>{tr(Msg::AccessibilityLimitsTranslations)}</p>
        <h2 class="app-heading-l">{tr(Msg::AccessibilityReportHeading)}</h2>
        <p>{tr(Msg::AccessibilityReport)}</p>
        <p class="app-hint">{tr(Msg::AccessibilityPrepared)}</p>
    }
}
