//! The hand-over from `index.html` to the app.
//!
//! Until the app is ready, `#app` keeps what the page painted before the wasm arrived: the
//! heading and lead of an entry page (`xtask/src/loader.js`), or the loading message. The app
//! is built beside it, hidden, and shown in one step once the first page is complete (its
//! `PageHeading` is in the document, which every page has), so the reader never sees the page
//! blank, a loading state, or the heading move.

use wasm_bindgen::JsCast as _;

/// Id of the static message in `index.html` shown when the app cannot start.
const UNAVAILABLE_ID: &str = "app-unavailable";
/// The element the app is mounted into, hidden until [`reveal`].
const VIEW_CLASS: &str = "app-view";
/// What `index.html` painted: the loading shell, or the entry page's first paint.
const STATIC_SELECTOR: &str = "#app > .app-shell, #app > .app-first-paint, #app-unavailable";

/// Shown anyway after this long, should a first page never complete (a page without a
/// heading, or code still downloading on a very slow connection): its own loading state then.
const REVEAL_AT_THE_LATEST_MS: u64 = 8_000;

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// The root element `#app`.
pub fn root() -> Option<web_sys::HtmlElement> {
    document()?.get_element_by_id("app")?.dyn_into().ok()
}

/// A hidden element at the end of `root`, for the app to be built in.
pub fn hidden_view(root: &web_sys::HtmlElement) -> Option<web_sys::HtmlElement> {
    let view: web_sys::HtmlElement = document()?.create_element("div").ok()?.dyn_into().ok()?;
    view.set_class_name(VIEW_CLASS);
    view.set_hidden(true);
    root.append_child(&view).ok()?;
    Some(view)
}

/// Shows the app before the next paint, by which time a page just built is in the document.
/// Called by every page's heading; after the first page it does nothing.
pub fn reveal_soon() {
    leptos::prelude::request_animation_frame(reveal);
}

/// The safety net for [`REVEAL_AT_THE_LATEST_MS`].
pub fn reveal_at_the_latest() {
    leptos::prelude::set_timeout(
        reveal,
        std::time::Duration::from_millis(REVEAL_AT_THE_LATEST_MS),
    );
}

/// Shows the app and removes the static paint. Does nothing once the app is shown.
pub fn reveal() {
    let Some(document) = document() else { return };
    if let Ok(Some(view)) = document.query_selector(&format!(".{VIEW_CLASS}[hidden]"))
        && let Ok(view) = view.dyn_into::<web_sys::HtmlElement>()
    {
        view.set_hidden(false);
    }
    while let Ok(Some(painted)) = document.query_selector(STATIC_SELECTOR) {
        painted.remove();
    }
}

/// Shows the page's own trilingual "could not be loaded" message instead of the shell.
pub fn show_unavailable(root: &web_sys::HtmlElement) {
    let _ = root.set_attribute("aria-busy", "false");
    if let Some(shell) = root.first_element_child() {
        let _ = shell.set_attribute("hidden", "");
    }
    if let Some(message) = document().and_then(|d| d.get_element_by_id(UNAVAILABLE_ID)) {
        let _ = message.remove_attribute("hidden");
    }
}
