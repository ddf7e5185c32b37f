//! The one place a protocol code becomes words: each code's message and its variables.
//! Exhaustive, so a new code without a message does not compile.

use fluent_bundle::FluentValue;
use protocol::problem::ApiErrorCode;
use protocol::validation::ValidationCode;

use super::{I18n, Msg};

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

impl I18n {
    /// A validation code in the active language.
    #[must_use]
    pub fn validation_message(&self, code: &protocol::validation::ValidationCode) -> String {
        let (msg, args) = validation(code);
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
        let (msg, args) = api(code);
        self.t_with(msg, &args)
    }
}

#[cfg(test)]
mod tests {
    use fluent_bundle::FluentArgs;

    use super::*;
    use crate::i18n::load::{Bundle, bundle};
    use crate::i18n::{LANGUAGES, LanguageDef};

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

    fn format_without_errors(bundle: &Bundle, text: &Text, lang: &str) -> String {
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
            "../../crates/protocol/tests/snapshots/wire-codes.json"
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
                let text = format_without_errors(&bundle, &super::validation(code), lang.id);
                if let protocol::validation::ValidationCode::TooShort { min } = code {
                    assert!(text.contains(&min.to_string()), "{}: {text}", lang.id);
                }
            }
            for code in &api {
                format_without_errors(&bundle, &super::api(code), lang.id);
            }
        }
    }

    #[test]
    fn mrz_check_digit_messages_name_the_field_that_failed() {
        use protocol::validation::{MrzField, ValidationCode};
        let bundle = shipped_bundle(LanguageDef::english());
        let birth = format_without_errors(
            &bundle,
            &validation(&ValidationCode::MrzCheckDigit {
                field: MrzField::BirthDate,
            }),
            "en",
        );
        let composite = format_without_errors(
            &bundle,
            &validation(&ValidationCode::MrzCheckDigit {
                field: MrzField::Composite,
            }),
            "en",
        );
        assert!(birth.contains("date of birth"), "{birth}");
        assert!(composite.contains("final check digit"), "{composite}");
    }
}
