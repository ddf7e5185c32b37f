//! The e-SSC app: a Leptos single-page app compiled to WebAssembly.

pub mod api;
pub mod app;
pub mod browser;
pub mod camera;
pub mod components;
pub mod glossary;
pub mod i18n;
pub mod intl;
pub mod journeys;
pub mod mode;
pub mod pages;
pub mod prefs;
pub mod qr;
pub mod routes;
pub mod session;

/// Id of the static message in `index.html` shown when the app cannot start.
const UNAVAILABLE_ID: &str = "app-unavailable";

fn show_unavailable(root: &web_sys::HtmlElement) {
    let _ = root.set_attribute("aria-busy", "false");
    if let Some(shell) = root.first_element_child() {
        let _ = shell.set_attribute("hidden", "");
    }
    if let Some(message) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(UNAVAILABLE_ID))
    {
        let _ = message.remove_attribute("hidden");
    }
}

/// Detects the mode and language, loads that language, then replaces the static loading
/// shell in `index.html` with the app.
pub fn start() {
    // Leptos sets up its executor when mounting; until then use wasm-bindgen's directly.
    wasm_bindgen_futures::spawn_local(async {
        let mode = mode::Mode::detect();
        let i18n = i18n::I18n::start(mode).await;
        let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("app"))
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        else {
            return;
        };
        let Some(i18n) = i18n else {
            // No language could be fetched: the page's own trilingual message says so.
            show_unavailable(&root);
            return;
        };
        root.set_inner_html("");
        let handle =
            leptos::mount::mount_to(root, move || leptos::view! { <app::App mode i18n /> });
        handle.forget();
    });
}
