//! A page's `<h1>`: sets the translated document title and, after in-app navigation, moves
//! focus to the heading so screen-reader and keyboard users start at the new content.

use std::cell::Cell;

use leptos::html::H1;
use leptos::prelude::*;

use crate::i18n::{Msg, use_i18n};

thread_local! {
    /// The first heading after the page loads keeps focus where the browser put it (so the
    /// skip link stays the first Tab stop); every later one takes focus.
    static FIRST_RENDER_DONE: Cell<bool> = const { Cell::new(false) };
}

/// `"<page> – <service>"`, with `"Error: "` in front while the page shows errors.
#[must_use]
pub fn document_title(page: &str, service: &str, error_prefix: Option<&str>) -> String {
    match error_prefix {
        Some(prefix) => format!("{prefix} {page} – {service}"),
        None => format!("{page} – {service}"),
    }
}

#[component]
pub fn PageHeading(
    title: Msg,
    /// Whether the page currently shows an error summary.
    #[prop(optional, into)]
    has_error: Signal<bool>,
    /// A caption above the heading, such as the step of a journey.
    #[prop(optional)]
    caption: Option<Msg>,
) -> impl IntoView {
    let i18n = use_i18n();
    let heading = NodeRef::<H1>::new();
    Effect::new(move || {
        let prefix = has_error.get().then(|| i18n.t(Msg::TitleErrorPrefix));
        browser_title(&document_title(
            &i18n.t(title),
            &i18n.t(Msg::ServiceName),
            prefix.as_deref(),
        ));
    });
    Effect::new(move || {
        // The first page is complete: show the app in place of what index.html painted.
        crate::startup::reveal_soon();
    });
    Effect::new(move || {
        if let Some(element) = heading.get()
            && FIRST_RENDER_DONE.with(|done| done.replace(true))
        {
            // A page whose code was just downloaded is built before its Suspense puts it in
            // the document; focus once it is there.
            request_animation_frame(move || {
                let _ = element.focus();
            });
        }
    });
    view! {
        {caption.map(|caption| view! { <span class="app-caption">{move || i18n.t(caption)}</span> })}
        <h1 class="app-heading-xl" tabindex="-1" node_ref=heading>{move || i18n.t(title)}</h1>
    }
}

fn browser_title(title: &str) {
    crate::browser::set_title(title);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_names_page_then_service_and_prefixes_errors() {
        assert_eq!(document_title("Home", "e-SSC", None), "Home – e-SSC");
        assert_eq!(
            document_title("Name", "e-SSC", Some("Error:")),
            "Error: Name – e-SSC"
        );
    }
}
