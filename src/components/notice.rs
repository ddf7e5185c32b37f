//! An inset notice: information, a warning (announced), or a success message.

use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NoticeKind {
    #[default]
    Info,
    Warning,
    Success,
}

impl NoticeKind {
    const fn class(self) -> &'static str {
        match self {
            Self::Info => "app-notice app-notice--info",
            Self::Warning => "app-notice app-notice--warning",
            Self::Success => "app-notice app-notice--success",
        }
    }

    /// Warnings interrupt politely; other notices are read in document order.
    const fn role(self) -> Option<&'static str> {
        match self {
            Self::Warning => Some("alert"),
            Self::Success => Some("status"),
            Self::Info => None,
        }
    }
}

#[component]
pub fn Notice(#[prop(optional)] kind: NoticeKind, children: Children) -> impl IntoView {
    view! {
        <div class=kind.class() role=kind.role()>
            <span class="app-notice__icon" aria-hidden="true">{if kind == NoticeKind::Warning { "!" } else { "i" }}</span>
            <div class="app-notice__body">{children()}</div>
        </div>
    }
}
