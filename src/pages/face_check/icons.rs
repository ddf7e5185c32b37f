//! The face check's pictures: the framing guide over the preview and the instruction icons,
//! which need no language.

use leptos::prelude::*;

use super::stage::Prompt;

/// An oval the face should fill, with the surroundings dimmed.
#[component]
pub fn FramingGuide() -> impl IntoView {
    view! {
        <svg class="app-camera__guide" viewBox="0 0 400 300" preserveAspectRatio="xMidYMid slice" aria-hidden="true" focusable="false">
            <defs>
                <mask id="app-face-mask">
                    <rect width="400" height="300" fill="white" />
                    <ellipse cx="200" cy="145" rx="78" ry="105" fill="black" />
                </mask>
            </defs>
            <rect width="400" height="300" fill="rgba(0,0,0,0.45)" mask="url(#app-face-mask)" />
            <ellipse cx="200" cy="145" rx="78" ry="105" fill="none" stroke="white" stroke-width="4" stroke-dasharray="10 6" />
        </svg>
    }
}

/// A picture of the instruction.
#[component]
pub fn PromptIcon(prompt: Prompt) -> impl IntoView {
    let arrows = match prompt {
        Prompt::LookAhead => None,
        Prompt::TurnOneWay => Some("M6 12 h-4 l3 -3 M2 12 l3 3"),
        Prompt::TurnBack => Some("M18 12 h4 l-3 -3 M22 12 l-3 3"),
    };
    view! {
        <svg class="app-icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
            <ellipse cx="12" cy="12" rx="6" ry="8" fill="none" stroke="currentColor" stroke-width="1.5" />
            <circle cx="10" cy="10.5" r="0.9" fill="currentColor" />
            <circle cx="14" cy="10.5" r="0.9" fill="currentColor" />
            <path d="M10 15 q2 1.5 4 0" fill="none" stroke="currentColor" stroke-width="1.2" />
            {arrows.map(|d| view! { <path d=d fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" /> })}
        </svg>
    }
}

/// Good light.
#[component]
pub fn LightIcon() -> impl IntoView {
    view! {
        <svg class="app-icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
            <circle cx="12" cy="12" r="4" fill="none" stroke="currentColor" stroke-width="1.5" />
            <path d="M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1l2.1-2.1M17 7l2.1-2.1" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
        </svg>
    }
}
