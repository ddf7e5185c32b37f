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
pub mod kiosk;
pub mod mode;
pub mod pages;
pub mod picture;
pub mod prefs;
pub mod qr;
pub mod routes;
pub mod session;
pub mod startup;
pub mod submission;

/// Detects the mode and language, loads that language, then builds the app and puts it in place
/// of what `index.html` painted (see `startup`).
pub fn start() {
    // Leptos sets up its executor when mounting; until then use wasm-bindgen's directly.
    wasm_bindgen_futures::spawn_local(async {
        let mode = mode::Mode::detect();
        if mode == mode::Mode::Kiosk {
            browser::set_root_attribute("data-mode", "kiosk");
            // A kiosk with a receipt printer (`--receipt-printer`) prints on an 80 mm roll.
            if browser::meta_content("app-print").as_deref() == Some("receipt") {
                browser::set_root_attribute("data-print", "receipt");
            }
        }
        let i18n = i18n::I18n::start(mode).await;
        let Some(root) = startup::root() else {
            return;
        };
        let Some(i18n) = i18n else {
            // No language could be fetched: the page's own trilingual message says so.
            startup::show_unavailable(&root);
            return;
        };
        let Some(view) = startup::hidden_view(&root) else {
            return;
        };
        let handle =
            leptos::mount::mount_to(view, move || leptos::view! { <app::App mode i18n /> });
        // The first page's heading shows the app once the page is complete.
        startup::reveal_at_the_latest();
        handle.forget();
    });
}
