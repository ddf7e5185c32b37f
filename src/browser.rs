//! The few browser APIs the app uses directly, each failing soft (no panics when an API is
//! missing or throws, as in a locked-down kiosk browser).

use wasm_bindgen::JsCast as _;
use wasm_bindgen_futures::JsFuture;

/// How long a locale or API fetch may take before it is abandoned.
pub const FETCH_TIMEOUT_MS: i32 = 15_000;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// A query parameter of the current URL.
#[must_use]
pub fn query_param(name: &str) -> Option<String> {
    let search = window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// Sets (`Some`) or removes (`None`) a query parameter in the address bar without a
/// navigation, keeping the history entry's state (the router's).
pub fn set_query_param(name: &str, value: Option<&str>) {
    let Some(window) = window() else { return };
    let Ok(href) = window.location().href() else {
        return;
    };
    let Ok(url) = web_sys::Url::new(&href) else {
        return;
    };
    let params = url.search_params();
    if params.get(name).as_deref() == value {
        return;
    }
    match value {
        Some(value) => params.set(name, value),
        None => params.delete(name),
    }
    if let Ok(history) = window.history() {
        let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&url.href()));
    }
}

/// Loads `url` in place of the current page, without a history entry to come back to: every
/// piece of the app's memory goes with the old page.
pub fn replace_location(url: &str) {
    if let Some(window) = window() {
        let _ = window.location().replace(url);
    }
}

/// Whether the service worker has a new version waiting (`esscUpdate`, set by the page's
/// loader, `xtask/src/loader.js`).
#[must_use]
pub fn update_waiting() -> bool {
    window().is_some_and(|w| property(&w, "esscUpdate").is_some())
}

/// Hands over to the waiting version and reloads (see [`update_waiting`]).
pub fn apply_update() {
    if let Some(window) = window() {
        let _ = call_method(&window, "esscUpdate", &wasm_bindgen::JsValue::UNDEFINED);
    }
}

/// Opens the `<dialog>` with id `id` as a modal (the rest of the page inert) or closes it.
/// Says whether the dialog is now as asked: `false` while it is not in the document yet.
pub fn show_modal(id: &str, open: bool) -> bool {
    let Some(dialog) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return false;
    };
    let is_open = dialog.has_attribute("open");
    if open && !is_open {
        let _ = call_method(&dialog, "showModal", &wasm_bindgen::JsValue::UNDEFINED);
    } else if !open && is_open {
        let _ = call_method(&dialog, "close", &wasm_bindgen::JsValue::UNDEFINED);
    }
    dialog.has_attribute("open") == open
}

/// The browser's preferred languages, most preferred first.
#[must_use]
pub fn languages() -> Vec<String> {
    let Some(window) = window() else {
        return Vec::new();
    };
    let navigator = window.navigator();
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

/// Sets `<html lang dir>`.
pub fn set_document_language(lang: &str, dir: &str) {
    set_root_attribute("lang", lang);
    set_root_attribute("dir", dir);
}

/// Sets an attribute of `<html>` (the language, or `data-mode` for the kiosk's styles).
pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute(name, value);
    }
}

pub fn set_title(title: &str) {
    if let Some(document) = window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// The content of `<meta name="…">`, if present.
#[must_use]
pub fn meta_content(name: &str) -> Option<String> {
    let document = window()?.document()?;
    let element = document
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()??;
    element.get_attribute("content")
}

/// A random UUID from the browser (`crypto.randomUUID`, or a v4 UUID from `getRandomValues`
/// where that is missing), for idempotency keys.
#[must_use]
pub fn random_uuid() -> Option<String> {
    let crypto = window()?.crypto().ok()?;
    // Only pages served over HTTPS or from localhost have `randomUUID`; calling it where it
    // is missing would throw, so look first.
    if js_sys::Reflect::has(&crypto, &wasm_bindgen::JsValue::from_str("randomUUID"))
        .unwrap_or(false)
    {
        return Some(crypto.random_uuid());
    }
    let mut bytes = [0_u8; 16];
    crypto.get_random_values_with_u8_array(&mut bytes).ok()?;
    Some(uuid_v4(bytes))
}

/// A version 4 UUID from 16 random bytes.
#[must_use]
pub fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

#[cfg(test)]
mod uuid_tests {
    #[test]
    fn a_uuid_from_random_bytes_is_version_4_in_the_usual_form() {
        let uuid = super::uuid_v4([0xff; 16]);
        assert_eq!(uuid, "ffffffff-ffff-4fff-bfff-ffffffffffff");
        assert_eq!(
            super::uuid_v4([0; 16]),
            "00000000-0000-4000-8000-000000000000"
        );
    }
}

/// `sessionStorage`, when the browser allows it: cleared when the tab closes.
#[must_use]
pub fn session_storage() -> Option<web_sys::Storage> {
    window()?.session_storage().ok().flatten()
}

/// `localStorage`, when the browser allows it.
#[must_use]
pub fn local_storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

/// Why a fetch failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FetchError {
    /// Offline, refused, or timed out.
    Network,
    /// The server answered with this status.
    Status(u16),
}

/// GETs `url` as text, with a timeout.
///
/// # Errors
/// On a network failure, a timeout or a non-success status.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let (status, text) = fetch("GET", url, None, &[]).await?;
    if (200..300).contains(&status) {
        Ok(text)
    } else {
        Err(FetchError::Status(status))
    }
}

/// Name of the object in which the page's loader (written by `xtask/src/split.rs` into
/// `index.html`) keeps requests it started before the wasm arrived: URL → promise of the text.
const PREFETCH_GLOBAL: &str = "esscPrefetch";

/// The text of a request the page's loader already started for `url`, if it did. Taken once:
/// a later call (a retry) fetches afresh.
#[must_use]
pub fn take_prefetched_text(
    url: &str,
) -> Option<impl std::future::Future<Output = Result<String, FetchError>>> {
    let prefetched = js_sys::Reflect::get(&window()?.into(), &PREFETCH_GLOBAL.into()).ok()?;
    if !prefetched.is_object() {
        return None;
    }
    let key = wasm_bindgen::JsValue::from_str(url);
    let promise: js_sys::Promise = js_sys::Reflect::get(&prefetched, &key)
        .ok()?
        .dyn_into()
        .ok()?;
    let _ = js_sys::Reflect::delete_property(prefetched.unchecked_ref::<js_sys::Object>(), &key);
    Some(async move {
        let text = JsFuture::from(promise)
            .await
            .map_err(|_| FetchError::Network)?;
        text.as_string().ok_or(FetchError::Network)
    })
}

/// Sends a request with a timeout and returns the status and body text whatever the status;
/// only a network failure or timeout is an error. Cookies go with same-origin requests.
///
/// # Errors
/// [`FetchError::Network`].
pub async fn fetch(
    method: &str,
    url: &str,
    body: Option<&str>,
    headers: &[(&str, &str)],
) -> Result<(u16, String), FetchError> {
    let window = window().ok_or(FetchError::Network)?;
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    let header_map = web_sys::Headers::new().map_err(|_| FetchError::Network)?;
    for (name, value) in headers {
        header_map
            .set(name, value)
            .map_err(|_| FetchError::Network)?;
    }
    init.set_headers(&header_map);
    if let Some(body) = body {
        init.set_body(&wasm_bindgen::JsValue::from_str(body));
    }
    // The browser's own timeout signal where it has one: no timer or closure of ours to
    // manage. Older browsers get an AbortController and a timer.
    let mut fallback = None;
    if let Some(signal) = timeout_signal(FETCH_TIMEOUT_MS) {
        init.set_signal(Some(&signal));
    } else {
        let controller = web_sys::AbortController::new().map_err(|_| FetchError::Network)?;
        init.set_signal(Some(&controller.signal()));
        let abort = wasm_bindgen::closure::Closure::once(move || controller.abort());
        let timer = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                abort.as_ref().unchecked_ref(),
                FETCH_TIMEOUT_MS,
            )
            .ok();
        fallback = Some((abort, timer));
    }
    let result = async {
        let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
            .await
            .map_err(|_| FetchError::Network)?;
        let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Network)?;
        let status = response.status();
        let text = response.text().map_err(|_| FetchError::Network)?;
        let text = JsFuture::from(text)
            .await
            .map_err(|_| FetchError::Network)?
            .as_string()
            .unwrap_or_default();
        Ok((status, text))
    }
    .await;
    if let Some((abort, Some(timer))) = fallback {
        window.clear_timeout_with_handle(timer);
        drop(abort);
    }
    result
}

/// `AbortSignal.timeout(ms)`, where the browser has it.
fn timeout_signal(ms: i32) -> Option<web_sys::AbortSignal> {
    let class = property(&js_sys::global(), "AbortSignal")?;
    call_method(&class, "timeout", &wasm_bindgen::JsValue::from(ms))?
        .dyn_into()
        .ok()
}

/// A property of a JavaScript object, when it is there (neither undefined nor null): for APIs
/// that web-sys does not bind, or that a browser may lack.
#[must_use]
pub fn property(target: &wasm_bindgen::JsValue, name: &str) -> Option<wasm_bindgen::JsValue> {
    js_sys::Reflect::get(target, &name.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// `target.name(argument)`, when `target` has such a method and it does not throw.
pub fn call_method(
    target: &wasm_bindgen::JsValue,
    name: &str,
    argument: &wasm_bindgen::JsValue,
) -> Option<wasm_bindgen::JsValue> {
    property(target, name)?
        .dyn_into::<js_sys::Function>()
        .ok()?
        .call1(target, argument)
        .ok()
}

/// Waits `ms` milliseconds (a `setTimeout` as a future).
pub async fn sleep(ms: i32) {
    let Some(window) = window() else { return };
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = JsFuture::from(promise).await;
}

/// Today's date on the device, for checks such as "the passport has not expired".
#[must_use]
pub fn today() -> Option<protocol::date::Date> {
    let now = js_sys::Date::new_0();
    protocol::date::Date::new(
        u16::try_from(now.get_full_year()).ok()?,
        u8::try_from(now.get_month() + 1).ok()?,
        u8::try_from(now.get_date()).ok()?,
    )
}

/// How long an upload may take before it is abandoned (frames on a slow phone connection).
pub const UPLOAD_TIMEOUT_MS: u32 = 120_000;

/// POSTs a multipart form with `XMLHttpRequest`, whose upload progress `fetch` cannot report.
/// `on_progress` receives the fraction sent, 0.0–1.0. Returns the status and body text whatever
/// the status; only a network failure, an abort or the timeout is an error.
///
/// # Errors
/// [`FetchError::Network`].
pub async fn upload(
    url: &str,
    form: &web_sys::FormData,
    headers: &[(&str, &str)],
    on_progress: impl Fn(f64) + 'static,
) -> Result<(u16, String), FetchError> {
    let xhr = web_sys::XmlHttpRequest::new().map_err(|_| FetchError::Network)?;
    xhr.open_with_async("POST", url, true)
        .map_err(|_| FetchError::Network)?;
    for (name, value) in headers {
        xhr.set_request_header(name, value)
            .map_err(|_| FetchError::Network)?;
    }
    xhr.set_timeout(UPLOAD_TIMEOUT_MS);
    let progress = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::ProgressEvent)>::new(
        move |event: web_sys::ProgressEvent| {
            if event.length_computable() && event.total() > 0.0 {
                on_progress(event.loaded() / event.total());
            }
        },
    );
    let upload = xhr.upload().ok();
    if let Some(upload) = &upload {
        upload.set_onprogress(Some(progress.as_ref().unchecked_ref()));
    }
    let done = js_sys::Promise::new(&mut |resolve, reject| {
        xhr.set_onload(Some(&resolve));
        xhr.set_onerror(Some(&reject));
        xhr.set_ontimeout(Some(&reject));
        xhr.set_onabort(Some(&reject));
    });
    let sent = xhr.send_with_opt_form_data(Some(form));
    let result = match sent {
        Ok(()) => JsFuture::from(done).await.map(|_| ()),
        Err(error) => Err(error),
    };
    if let Some(upload) = &upload {
        upload.set_onprogress(None);
    }
    drop(progress);
    result.map_err(|_| FetchError::Network)?;
    let status = xhr.status().map_err(|_| FetchError::Network)?;
    let text = xhr.response_text().ok().flatten().unwrap_or_default();
    Ok((status, text))
}

/// Copies `text` to the clipboard; `false` if the browser refused (no permission, insecure
/// origin, or no clipboard API).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = window() else { return false };
    let written = property(&window.navigator(), "clipboard")
        .and_then(|clipboard| call_method(&clipboard, "writeText", &text.into()))
        .and_then(|promise| promise.dyn_into::<js_sys::Promise>().ok());
    match written {
        Some(promise) => JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}

/// Milliseconds since the epoch, from the browser's clock.
#[must_use]
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Focuses the element with id `id` and scrolls it into view (the skip link's target).
pub fn focus_by_id(id: &str) {
    let element = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
        element.scroll_into_view();
    }
}

/// Focuses the first element inside `parent` that matches `selector`, if any.
pub fn focus_within(parent: &web_sys::Element, selector: &str) {
    if let Ok(Some(found)) = parent.query_selector(selector)
        && let Ok(found) = found.dyn_into::<web_sys::HtmlElement>()
    {
        let _ = found.focus();
    }
}

/// Focuses the form input with id `id` and scrolls so that its label (or its fieldset's
/// legend) is visible above it: where an error summary's link leads.
pub fn focus_field(id: &str) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    let Some(input) = document.get_element_by_id(id) else {
        return;
    };
    let label = input
        .closest("fieldset")
        .ok()
        .flatten()
        .and_then(|fieldset| fieldset.query_selector("legend").ok().flatten())
        .or_else(|| {
            document
                .query_selector(&format!("label[for=\"{id}\"]"))
                .ok()
                .flatten()
        });
    if let Some(label) = label {
        label.scroll_into_view();
    }
    if let Ok(input) = input.dyn_into::<web_sys::HtmlElement>() {
        let _ = input.focus();
    }
}

/// Opens the browser's print dialogue.
pub fn print() {
    if let Some(window) = window() {
        let _ = window.print();
    }
}

/// Saves `text` as a file called `name` (a download made in the browser, nothing is sent).
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .is_ok_and(|blob| download_blob(name, &blob))
}

/// Saves `bytes` as a file called `name`, made in the browser.
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> bool {
    blob(bytes, mime).is_some_and(|blob| download_blob(name, &blob))
}

/// Bytes in memory as a `Blob` of type `mime`.
pub fn blob(bytes: &[u8], mime: &str) -> Option<web_sys::Blob> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()
}

/// A `Blob`'s (or a chosen `File`'s) content, or `None` if the browser could not read it.
pub async fn blob_bytes(blob: &web_sys::Blob) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(blob.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

fn download_blob(name: &str, blob: &web_sys::Blob) -> bool {
    let Some(document) = window().and_then(|w| w.document()) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return false;
    };
    let saved = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        })
        .is_some();
    // Revoked once the download has started, not synchronously after the click.
    if let Some(window) = window() {
        let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
    saved
}

/// A file the person chose in a file input; read with [`ChosenFile::bytes`].
#[derive(Clone)]
pub struct ChosenFile {
    pub name: String,
    pub size: u64,
    file: web_sys::File,
}

impl ChosenFile {
    /// The file's content, or `None` if the browser could not read it (removed, no access).
    pub async fn bytes(&self) -> Option<Vec<u8>> {
        blob_bytes(&self.file).await
    }
}

/// The files chosen in a file input's `change` event; the input is emptied, so choosing the
/// same file again is a new choice.
pub fn chosen_files(event: &web_sys::Event) -> Vec<ChosenFile> {
    let Some(input) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = input.files().map_or_else(Vec::new, |list| {
        (0..list.length())
            .filter_map(|i| list.get(i))
            .map(|file| ChosenFile {
                name: file.name(),
                size: file.size() as u64,
                file,
            })
            .collect()
    });
    input.set_value("");
    files
}

/// A key of the kiosk's on-screen keyboard, as it reaches a text field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keystroke {
    Text(&'static str),
    Backspace,
}

/// The id of the text field an event happened on (`focusin`): an `<input>` of type text, tel or
/// search with an id; `None` for anything else (buttons, passwords, checkboxes).
#[must_use]
pub fn text_field_id(event: &web_sys::Event) -> Option<String> {
    let input = event
        .target()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    let id = input.id();
    (matches!(input.type_().as_str(), "text" | "tel" | "search") && !id.is_empty()).then_some(id)
}

/// Types `stroke` into the text field with id `id` at its caret (replacing a selection), and
/// tells the page as a person's typing would (an `input` event), so the form's state follows.
/// Says whether the field was there.
pub fn type_into(id: &str, stroke: Keystroke) -> bool {
    let Some(input) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return false;
    };
    let length = u32::try_from(input.value().encode_utf16().count()).unwrap_or(u32::MAX);
    let start = input.selection_start().ok().flatten().unwrap_or(length);
    let end = input.selection_end().ok().flatten().unwrap_or(length);
    let (text, from, caret) = match stroke {
        Keystroke::Text(text) => (text, start, start + 1),
        Keystroke::Backspace if start == end => {
            ("", start.saturating_sub(1), start.saturating_sub(1))
        }
        Keystroke::Backspace => ("", start, start),
    };
    if input
        .set_range_text_with_start_and_end(text, from, end)
        .is_err()
    {
        return false;
    }
    let caret = if text.is_empty() {
        caret
    } else {
        from + u32::try_from(text.encode_utf16().count()).unwrap_or(1)
    };
    let _ = input.set_selection_range(caret, caret);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = web_sys::Event::new_with_event_init_dict("input", &init) {
        let _ = input.dispatch_event(&event);
    }
    true
}
