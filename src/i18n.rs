//! Fluent, thinly wrapped: typed message ids, one file per language fetched on demand (only the
//! active one, started by the page's loader alongside the wasm), and a language switch that
//! re-renders in place.

use std::collections::HashMap;
use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use leptos::prelude::*;

use crate::mode::Mode;
use crate::{browser, prefs};

/// A language the app offers (from `locales/languages.json`).
#[derive(Debug, PartialEq, Eq)]
pub struct LanguageDef {
    pub id: &'static str,
    /// The language's name in that language.
    pub name: &'static str,
    pub rtl: bool,
    /// Content hash of its messages, used as a cache-busting query.
    pub hash: &'static str,
}

impl LanguageDef {
    #[must_use]
    pub const fn dir(&self) -> &'static str {
        if self.rtl { "rtl" } else { "ltr" }
    }

    /// URL of this language's messages: every `.ftl` file of `locales/<id>/` in one file
    /// (written by the build, see Trunk.toml), so a language is one request.
    #[must_use]
    pub fn url(&self) -> String {
        format!("/locales/{}.ftl?v={}", self.id, self.hash)
    }

    #[must_use]
    pub fn by_id(id: &str) -> Option<&'static LanguageDef> {
        LANGUAGES.iter().find(|l| l.id.eq_ignore_ascii_case(id))
    }

    #[must_use]
    pub fn english() -> &'static LanguageDef {
        LANGUAGES
            .iter()
            .find(|l| l.id == "en")
            .unwrap_or(&LANGUAGES[0])
    }
}

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// Picks the language: the URL's `?lang=`, then the stored choice, then the browser's list.
/// Regional variants fall back to any offered language with the same primary subtag
/// (`zh-TW` reads `zh-CN` rather than English; `ar-EG` reads `ar`).
#[must_use]
pub fn negotiate(
    url: Option<&str>,
    stored: Option<&str>,
    browser: &[String],
) -> &'static LanguageDef {
    let explicit = [url, stored].into_iter().flatten();
    let candidates = explicit.map(str::to_owned).chain(browser.iter().cloned());
    for wanted in candidates {
        if let Some(found) = LanguageDef::by_id(&wanted) {
            return found;
        }
        let primary = wanted.split(['-', '_']).next().unwrap_or_default();
        if let Some(found) = LANGUAGES.iter().find(|l| {
            l.id.split('-')
                .next()
                .is_some_and(|p| p.eq_ignore_ascii_case(primary))
        }) {
            return found;
        }
    }
    LanguageDef::english()
}

type Bundle = FluentBundle<FluentResource>;

/// Builds a bundle from Fluent sources; a resource with errors still contributes the messages
/// that parsed (the parity test keeps shipped files error-free).
#[must_use]
pub fn bundle(lang: &LanguageDef, sources: &[String]) -> Bundle {
    let langid = lang.id.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    for source in sources {
        let resource =
            FluentResource::try_new(source.clone()).unwrap_or_else(|(partial, _)| partial);
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// Handle to the active language; `Copy`, so closures in views can capture it freely.
#[derive(Clone, Copy)]
pub struct I18n {
    active: RwSignal<&'static LanguageDef>,
    /// A language whose files could not be fetched (offline): shown as a notice.
    failed: RwSignal<Option<&'static LanguageDef>>,
    /// A language being fetched, for a busy state on the switcher.
    loading: RwSignal<Option<&'static LanguageDef>>,
    bundles: StoredValue<HashMap<&'static str, Rc<Bundle>>, LocalStorage>,
    mode: Mode,
}

impl I18n {
    /// Detects the language and loads it before the first render, so the first screen is
    /// already in the user's language. Falls back to English when that fails, and gives `None`
    /// when no language can be loaded at all (offline before anything was cached).
    pub async fn start(mode: Mode) -> Option<Self> {
        let url = browser::query_param("lang");
        let stored = if mode.may_store() {
            prefs::language()
        } else {
            None
        };
        let wanted = negotiate(url.as_deref(), stored.as_deref(), &browser::languages());
        let english = LanguageDef::english();
        let mut bundles = HashMap::new();
        let mut failed = None;
        let active = match fetch_bundle(wanted).await {
            Ok(loaded) => {
                bundles.insert(wanted.id, Rc::new(loaded));
                wanted
            }
            Err(()) if wanted != english => {
                failed = Some(wanted);
                let loaded = fetch_bundle(english).await.ok()?;
                bundles.insert(english.id, Rc::new(loaded));
                english
            }
            Err(()) => return None,
        };
        let i18n = Self {
            active: RwSignal::new(active),
            failed: RwSignal::new(failed),
            loading: RwSignal::new(None),
            bundles: StoredValue::new_local(bundles),
            mode,
        };
        browser::set_document_language(active.id, active.dir());
        Some(i18n)
    }

    #[must_use]
    pub fn language(&self) -> &'static LanguageDef {
        self.active.get()
    }

    #[must_use]
    pub fn failed(&self) -> Option<&'static LanguageDef> {
        self.failed.get()
    }

    #[must_use]
    pub fn loading(&self) -> Option<&'static LanguageDef> {
        self.loading.get()
    }

    /// Whether the active language is Chinese, where official terms need no gloss.
    #[must_use]
    pub fn is_chinese(&self) -> bool {
        self.active.with(|l| l.id.starts_with("zh"))
    }

    /// The message in the active language (reactive when called inside a view closure).
    #[must_use]
    pub fn t(&self, msg: Msg) -> String {
        self.format(msg, None)
    }

    /// The message with variables.
    #[must_use]
    pub fn t_with(&self, msg: Msg, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(msg, Some(&fluent_args))
    }

    fn format(&self, msg: Msg, args: Option<&FluentArgs>) -> String {
        let lang = self.active.get();
        self.bundles.with_value(|bundles| {
            let chain = [bundles.get(lang.id), bundles.get("en")];
            for bundle in chain.into_iter().flatten() {
                if let Some(pattern) = bundle.get_message(msg.id()).and_then(|m| m.value()) {
                    let mut errors = Vec::new();
                    return bundle
                        .format_pattern(pattern, args, &mut errors)
                        .into_owned();
                }
            }
            msg.id().to_owned()
        })
    }

    /// Switches language without reloading: fetches the files once, then swaps the bundle so
    /// every text re-renders in place. Remembers the choice unless in kiosk mode.
    pub fn switch(self, lang: &'static LanguageDef) {
        let loaded = self.bundles.with_value(|b| b.contains_key(lang.id));
        leptos::task::spawn_local(async move {
            if !loaded {
                self.loading.set(Some(lang));
                let result = fetch_bundle(lang).await;
                self.loading.set(None);
                match result {
                    Ok(bundle) => self.bundles.update_value(|b| {
                        b.insert(lang.id, Rc::new(bundle));
                    }),
                    Err(()) => {
                        self.failed.set(Some(lang));
                        return;
                    }
                }
            }
            self.failed.set(None);
            self.active.set(lang);
            browser::set_document_language(lang.id, lang.dir());
            browser::remove_query_param("lang");
            if self.mode.may_store() {
                prefs::set_language(lang.id);
            }
        });
    }
}

/// A language's messages: taken from the request the page's loader started for the same
/// URL, if it did, otherwise fetched now.
async fn fetch_bundle(lang: &'static LanguageDef) -> Result<Bundle, ()> {
    let url = lang.url();
    let text = match browser::take_prefetched_text(&url) {
        Some(prefetched) => prefetched.await,
        None => browser::fetch_text(&url).await,
    };
    Ok(bundle(lang, &[text.map_err(|_| ())?]))
}

pub fn provide_i18n(i18n: I18n) {
    provide_context(i18n);
}

/// The i18n handle provided at the root.
///
/// # Panics
/// When called outside the app (a programming error caught by any end-to-end test).
#[must_use]
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// Shorthand for views: a reactive closure producing the translated message.
pub fn tr(msg: Msg) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.t(msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn url_parameter_wins_over_stored_choice_and_browser() {
        assert_eq!(
            negotiate(Some("ar"), Some("zh-CN"), &langs(&["en"])).id,
            "ar"
        );
    }

    #[test]
    fn stored_choice_wins_over_browser_languages() {
        assert_eq!(negotiate(None, Some("zh-CN"), &langs(&["ar"])).id, "zh-CN");
    }

    #[test]
    fn browser_languages_are_tried_in_order_with_regional_fallback() {
        assert_eq!(
            negotiate(None, None, &langs(&["xx", "zh-TW", "en"])).id,
            "zh-CN"
        );
        assert_eq!(negotiate(None, None, &langs(&["ar-EG"])).id, "ar");
        assert_eq!(negotiate(None, None, &langs(&["ZH-cn"])).id, "zh-CN");
    }

    #[test]
    fn unknown_or_missing_preferences_give_english() {
        assert_eq!(
            negotiate(Some("tlh"), Some(""), &langs(&["xx-YY"])).id,
            "en"
        );
        assert_eq!(negotiate(None, None, &[]).id, "en");
    }

    #[test]
    fn every_typed_id_formats_in_shipped_english() {
        let bundle = shipped_bundle(LanguageDef::english());
        for msg in Msg::ALL {
            let message = bundle.get_message(msg.id());
            assert!(
                message.and_then(|m| m.value()).is_some(),
                "{} has no value",
                msg.id()
            );
        }
    }

    /// Every locale's bundle, read from `locales/` as shipped.
    fn shipped_bundle(lang: &'static LanguageDef) -> Bundle {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(lang.id);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        let sources: Vec<String> = files
            .iter()
            .map(|file| std::fs::read_to_string(file).unwrap())
            .collect();
        bundle(lang, &sources)
    }

    fn format_without_errors(bundle: &Bundle, text: &codes::Text, lang: &str) -> String {
        let (msg, args) = text;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let pattern = bundle
            .get_message(msg.id())
            .and_then(|m| m.value())
            .unwrap_or_else(|| panic!("{lang}: no {}", msg.id()));
        let mut errors = Vec::new();
        let out = bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned();
        assert!(errors.is_empty(), "{lang}: {} → {errors:?}", msg.id());
        assert!(!out.trim().is_empty(), "{lang}: {} is empty", msg.id());
        out
    }

    #[test]
    fn every_protocol_code_has_a_message_in_every_locale_with_its_variables_filled() {
        // The protocol's wire snapshot holds one example of every code.
        let snapshot: serde_json::Value = serde_json::from_str(include_str!(
            "../crates/protocol/tests/snapshots/wire-codes.json"
        ))
        .unwrap();
        let validation: Vec<protocol::validation::ValidationCode> =
            serde_json::from_value(snapshot["validation"].clone()).unwrap();
        let api: Vec<protocol::problem::ApiErrorCode> = snapshot["api"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| serde_json::from_value(e["wire"].clone()).unwrap())
            .collect();
        assert!(validation.len() > 20 && api.len() > 20);
        for lang in LANGUAGES {
            let bundle = shipped_bundle(lang);
            for code in &validation {
                let text = format_without_errors(&bundle, &codes::validation(code), lang.id);
                if let protocol::validation::ValidationCode::TooShort { min } = code {
                    assert!(text.contains(&min.to_string()), "{}: {text}", lang.id);
                }
            }
            for code in &api {
                format_without_errors(&bundle, &codes::api(code), lang.id);
            }
        }
    }

    #[test]
    fn mrz_check_digit_messages_name_the_field_that_failed() {
        use protocol::validation::{MrzField, ValidationCode};
        let bundle = shipped_bundle(LanguageDef::english());
        let birth = format_without_errors(
            &bundle,
            &codes::validation(&ValidationCode::MrzCheckDigit {
                field: MrzField::BirthDate,
            }),
            "en",
        );
        let composite = format_without_errors(
            &bundle,
            &codes::validation(&ValidationCode::MrzCheckDigit {
                field: MrzField::Composite,
            }),
            "en",
        );
        assert!(birth.contains("date of birth"), "{birth}");
        assert!(composite.contains("final check digit"), "{composite}");
    }

    #[test]
    fn a_language_is_one_url_carrying_its_content_hash() {
        let ar = LanguageDef::by_id("ar").unwrap();
        assert_eq!(ar.url(), format!("/locales/ar.ftl?v={}", ar.hash));
        assert_ne!(ar.hash, LanguageDef::english().hash);
        assert_eq!(ar.dir(), "rtl");
    }
}

/// The one place a protocol code becomes words: each code's message and its variables.
/// Exhaustive, so a new code without a message does not compile.
pub mod codes {
    use fluent_bundle::FluentValue;
    use protocol::problem::ApiErrorCode;
    use protocol::validation::ValidationCode;

    use super::Msg;

    /// A message id and its Fluent variables.
    pub type Text = (Msg, Vec<(&'static str, FluentValue<'static>)>);

    fn number(value: impl Into<f64>) -> FluentValue<'static> {
        FluentValue::from(value.into())
    }

    fn kilobytes(bytes: u64) -> FluentValue<'static> {
        // Sizes are whole kilobytes in every rule; f64 is exact far beyond any upload.
        number((bytes / 1024) as f64)
    }

    #[must_use]
    pub fn validation(code: &ValidationCode) -> Text {
        use ValidationCode as V;
        match code {
            V::Required => (Msg::ValidationRequired, vec![]),
            V::TooShort { min } => (Msg::ValidationTooShort, vec![("min", number(*min))]),
            V::TooLong { max } => (Msg::ValidationTooLong, vec![("max", number(*max))]),
            V::WrongLength { expected } => (
                Msg::ValidationWrongLength,
                vec![("expected", number(*expected))],
            ),
            V::DigitsOnly => (Msg::ValidationDigitsOnly, vec![]),
            V::InvalidCharacters => (Msg::ValidationInvalidCharacters, vec![]),
            V::CheckCharacterMismatch => (Msg::ValidationCheckCharacterMismatch, vec![]),
            V::MustStartWithNine => (Msg::ValidationMustStartWithNine, vec![]),
            V::InvalidBirthDate => (Msg::ValidationInvalidBirthDate, vec![]),
            V::NotAChinaMobile => (Msg::ValidationNotAChinaMobile, vec![]),
            V::MrzLineLength { line, expected } => (
                Msg::ValidationMrzLineLength,
                vec![("line", number(*line)), ("expected", number(*expected))],
            ),
            V::MrzInvalidCharacters { line } => (
                Msg::ValidationMrzInvalidCharacters,
                vec![("line", number(*line))],
            ),
            V::MrzNotPassport => (Msg::ValidationMrzNotPassport, vec![]),
            V::MrzCheckDigit { field } => (
                Msg::ValidationMrzCheckDigit,
                vec![("field", field.as_str().into())],
            ),
            V::MrzInvalidDate { field } => (
                Msg::ValidationMrzInvalidDate,
                vec![("field", field.as_str().into())],
            ),
            V::MrzInvalidSex => (Msg::ValidationMrzInvalidSex, vec![]),
            V::UnknownCountryCode { code } => (
                Msg::ValidationUnknownCountryCode,
                vec![("code", code.clone().into())],
            ),
            V::DocumentExpired => (Msg::ValidationDocumentExpired, vec![]),
            V::NonLatinScript => (Msg::ValidationNonLatinScript, vec![]),
            V::PasswordNeedsTwoKinds => (Msg::ValidationPasswordNeedsTwoKinds, vec![]),
            V::PinSequential => (Msg::ValidationPinSequential, vec![]),
            V::PinRepeated => (Msg::ValidationPinRepeated, vec![]),
            V::PinInIdNumber => (Msg::ValidationPinInIdNumber, vec![]),
            V::FileEmpty => (Msg::ValidationFileEmpty, vec![]),
            V::FileTooLarge { max_bytes } => (
                Msg::ValidationFileTooLarge,
                vec![("kilobytes", kilobytes(*max_bytes))],
            ),
            V::FileTooSmall { min_bytes } => (
                Msg::ValidationFileTooSmall,
                vec![("kilobytes", kilobytes(*min_bytes))],
            ),
            V::FileTypeNotAllowed => (Msg::ValidationFileTypeNotAllowed, vec![]),
            V::ImageTooSmall {
                min_width,
                min_height,
            } => (
                Msg::ValidationImageTooSmall,
                vec![
                    ("width", number(*min_width)),
                    ("height", number(*min_height)),
                ],
            ),
        }
    }

    #[must_use]
    pub fn api(code: &ApiErrorCode) -> Text {
        use ApiErrorCode as A;
        match code {
            A::BadRequest => (Msg::ApiBadRequest, vec![]),
            A::ValidationFailed => (Msg::ApiValidationFailed, vec![]),
            A::Unauthenticated => (Msg::ApiUnauthenticated, vec![]),
            A::SessionExpired => (Msg::ApiSessionExpired, vec![]),
            A::InvalidCredentials => (Msg::ApiInvalidCredentials, vec![]),
            A::ForbiddenOrigin => (Msg::ApiForbiddenOrigin, vec![]),
            A::NotFound => (Msg::ApiNotFound, vec![]),
            A::MethodNotAllowed => (Msg::ApiMethodNotAllowed, vec![]),
            A::AlreadyRegistered => (Msg::ApiAlreadyRegistered, vec![]),
            A::IdentityMismatch => (Msg::ApiIdentityMismatch, vec![]),
            A::IdempotencyKeyReused => (Msg::ApiIdempotencyKeyReused, vec![]),
            A::IdempotencyKeyMissing => (Msg::ApiIdempotencyKeyMissing, vec![]),
            A::IdempotencyKeyInUse => (Msg::ApiIdempotencyKeyInUse, vec![]),
            A::SmsCodeWrong { attempts_remaining } => (
                Msg::ApiSmsCodeWrong,
                vec![("attempts", number(*attempts_remaining))],
            ),
            A::SmsCodeExpired => (Msg::ApiSmsCodeExpired, vec![]),
            A::SmsTooManyAttempts => (Msg::ApiSmsTooManyAttempts, vec![]),
            A::SmsCodeNotRequested => (Msg::ApiSmsCodeNotRequested, vec![]),
            A::PhoneNotVerified => (Msg::ApiPhoneNotVerified, vec![]),
            A::RateLimited {
                retry_after_seconds,
            } => (
                Msg::ApiRateLimited,
                vec![("seconds", number(*retry_after_seconds))],
            ),
            A::ManualReviewRequired => (Msg::ApiManualReviewRequired, vec![]),
            A::CardNotIssued => (Msg::ApiCardNotIssued, vec![]),
            A::PayloadTooLarge { max_bytes } => (
                Msg::ApiPayloadTooLarge,
                vec![("kilobytes", kilobytes(*max_bytes))],
            ),
            A::UnsupportedMediaType => (Msg::ApiUnsupportedMediaType, vec![]),
            A::Internal => (Msg::ApiInternal, vec![]),
            A::Unavailable => (Msg::ApiUnavailable, vec![]),
        }
    }
}

impl I18n {
    /// A validation code in the active language.
    #[must_use]
    pub fn validation_message(&self, code: &protocol::validation::ValidationCode) -> String {
        let (msg, args) = codes::validation(code);
        self.t_with(msg, &args)
    }

    /// Any failed API call in the active language: the problem's code, or a network message.
    #[must_use]
    pub fn failure_message(&self, failure: &crate::api::ApiFailure) -> String {
        match failure {
            crate::api::ApiFailure::Problem(problem) => self.api_error_message(&problem.code),
            crate::api::ApiFailure::Network => self.t(Msg::NetworkFailed),
            crate::api::ApiFailure::Status(_) => self.t(Msg::ApiInternal),
        }
    }

    /// An API error code in the active language.
    #[must_use]
    pub fn api_error_message(&self, code: &protocol::problem::ApiErrorCode) -> String {
        let (msg, args) = codes::api(code);
        self.t_with(msg, &args)
    }
}
