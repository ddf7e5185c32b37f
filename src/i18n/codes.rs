//! The one place a protocol code becomes words: each code's message and its variables.
//! Exhaustive, so a new code without a message does not compile.

use protocol::problem::ApiErrorCode;
use protocol::validation::ValidationCode;

use super::{I18n, Msg, Text, args};

fn kilobytes(bytes: u64) -> f64 {
    // Sizes are whole kilobytes in every rule; f64 is exact far beyond any upload.
    (bytes / 1024) as f64
}

#[must_use]
pub fn validation(code: &ValidationCode) -> Text {
    use ValidationCode as V;
    match code {
        V::Required => Msg::ValidationRequired.into(),
        V::TooShort { min } => args::ValidationTooShort {
            min: f64::from(*min),
        }
        .into(),
        V::TooLong { max } => args::ValidationTooLong {
            max: f64::from(*max),
        }
        .into(),
        V::WrongLength { expected } => args::ValidationWrongLength {
            expected: f64::from(*expected),
        }
        .into(),
        V::DigitsOnly => Msg::ValidationDigitsOnly.into(),
        V::InvalidCharacters => Msg::ValidationInvalidCharacters.into(),
        V::CheckCharacterMismatch => Msg::ValidationCheckCharacterMismatch.into(),
        V::MustStartWithNine => Msg::ValidationMustStartWithNine.into(),
        V::InvalidBirthDate => Msg::ValidationInvalidBirthDate.into(),
        V::NotAChinaMobile => Msg::ValidationNotAChinaMobile.into(),
        V::MrzLineLength { line, expected } => args::ValidationMrzLineLength {
            line: f64::from(*line),
            expected: f64::from(*expected),
        }
        .into(),
        V::MrzInvalidCharacters { line } => args::ValidationMrzInvalidCharacters {
            line: f64::from(*line),
        }
        .into(),
        V::MrzNotPassport => Msg::ValidationMrzNotPassport.into(),
        V::MrzCheckDigit { field } => args::ValidationMrzCheckDigit {
            field: field.as_str().to_owned(),
        }
        .into(),
        V::MrzInvalidDate { field } => args::ValidationMrzInvalidDate {
            field: field.as_str().to_owned(),
        }
        .into(),
        V::MrzInvalidSex => Msg::ValidationMrzInvalidSex.into(),
        V::UnknownCountryCode { code } => {
            args::ValidationUnknownCountryCode { code: code.clone() }.into()
        }
        V::DocumentExpired => Msg::ValidationDocumentExpired.into(),
        V::NonLatinScript => Msg::ValidationNonLatinScript.into(),
        V::PasswordNeedsTwoKinds => Msg::ValidationPasswordNeedsTwoKinds.into(),
        V::PinSequential => Msg::ValidationPinSequential.into(),
        V::PinRepeated => Msg::ValidationPinRepeated.into(),
        V::PinInIdNumber => Msg::ValidationPinInIdNumber.into(),
        V::FileEmpty => Msg::ValidationFileEmpty.into(),
        V::FileTooLarge { max_bytes } => args::ValidationFileTooLarge {
            kilobytes: kilobytes(*max_bytes),
        }
        .into(),
        V::TooManyPages { max_pages } => args::ValidationTooManyPages {
            pages: f64::from(*max_pages),
        }
        .into(),
        V::FileTooSmall { min_bytes } => args::ValidationFileTooSmall {
            kilobytes: kilobytes(*min_bytes),
        }
        .into(),
        V::FileTypeNotAllowed => Msg::ValidationFileTypeNotAllowed.into(),
        V::ImageUnreadable => Msg::ValidationImageUnreadable.into(),
        V::ImageTooSmall {
            min_width,
            min_height,
        } => args::ValidationImageTooSmall {
            width: f64::from(*min_width),
            height: f64::from(*min_height),
        }
        .into(),
    }
}

#[must_use]
pub fn api(code: &ApiErrorCode) -> Text {
    use ApiErrorCode as A;
    match code {
        A::BadRequest => Msg::ApiBadRequest.into(),
        A::ValidationFailed => Msg::ApiValidationFailed.into(),
        A::Unauthenticated => Msg::ApiUnauthenticated.into(),
        A::SessionExpired => Msg::ApiSessionExpired.into(),
        A::InvalidCredentials => Msg::ApiInvalidCredentials.into(),
        A::ForbiddenOrigin => Msg::ApiForbiddenOrigin.into(),
        A::NotFound => Msg::ApiNotFound.into(),
        A::MethodNotAllowed => Msg::ApiMethodNotAllowed.into(),
        A::AlreadyRegistered => Msg::ApiAlreadyRegistered.into(),
        A::IdentityMismatch => Msg::ApiIdentityMismatch.into(),
        A::ApplicationNotFound => Msg::ApiApplicationNotFound.into(),
        A::IdempotencyKeyReused => Msg::ApiIdempotencyKeyReused.into(),
        A::IdempotencyKeyMissing => Msg::ApiIdempotencyKeyMissing.into(),
        A::IdempotencyKeyInUse => Msg::ApiIdempotencyKeyInUse.into(),
        A::SmsCodeWrong { attempts_remaining } => args::ApiSmsCodeWrong {
            attempts: f64::from(*attempts_remaining),
        }
        .into(),
        A::SmsCodeExpired => Msg::ApiSmsCodeExpired.into(),
        A::SmsTooManyAttempts => Msg::ApiSmsTooManyAttempts.into(),
        A::SmsCodeNotRequested => Msg::ApiSmsCodeNotRequested.into(),
        A::PhoneNotVerified => Msg::ApiPhoneNotVerified.into(),
        A::RateLimited {
            retry_after_seconds,
        } => args::ApiRateLimited {
            seconds: f64::from(*retry_after_seconds),
        }
        .into(),
        A::ManualReviewRequired => Msg::ApiManualReviewRequired.into(),
        A::CardNotIssued => Msg::ApiCardNotIssued.into(),
        A::PayloadTooLarge { max_bytes } => args::ApiPayloadTooLarge {
            kilobytes: kilobytes(*max_bytes),
        }
        .into(),
        A::UnsupportedMediaType => Msg::ApiUnsupportedMediaType.into(),
        A::Internal => Msg::ApiInternal.into(),
        A::Unavailable => Msg::ApiUnavailable.into(),
    }
}

impl I18n {
    /// A validation code in the active language.
    #[must_use]
    pub fn validation_message(&self, code: &protocol::validation::ValidationCode) -> String {
        self.text(validation(code))
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
        self.text(api(code))
    }
}

#[cfg(test)]
mod tests {
    use fluent_bundle::FluentArgs;

    use super::*;
    use crate::i18n::LanguageDef;
    use crate::i18n::load::{Bundle, bundle};

    #[test]
    fn every_typed_id_formats_in_shipped_english() {
        let bundle = shipped_bundle(LanguageDef::english());
        for id in Msg::ALL
            .iter()
            .map(|m| m.id())
            .chain(args::IDS.iter().copied())
        {
            let message = bundle.get_message(id);
            assert!(
                message.and_then(|m| m.value()).is_some(),
                "{id} has no value"
            );
        }
    }

    /// Every locale's bundle, read from `locales/` as shipped: the main file and every
    /// journey's own messages.
    fn shipped_bundle(lang: &'static LanguageDef) -> Bundle {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(lang.id);
        let ftl_files = |dir: std::path::PathBuf| {
            let mut files: Vec<_> = std::fs::read_dir(dir)
                .map(|entries| entries.map(|entry| entry.unwrap().path()).collect())
                .unwrap_or_else(|_| Vec::new());
            files.retain(|path: &std::path::PathBuf| path.extension().is_some_and(|e| e == "ftl"));
            files.sort();
            files
        };
        let sources: Vec<String> = ftl_files(dir.clone())
            .into_iter()
            .chain(ftl_files(dir.join("journeys")))
            .map(|file| std::fs::read_to_string(file).unwrap())
            .collect();
        bundle(lang, &sources)
    }

    fn format_without_errors(bundle: &Bundle, text: &Text, lang: &str) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in &text.args {
            fluent_args.set(*name, value.clone());
        }
        let pattern = bundle
            .get_message(text.id)
            .and_then(|m| m.value())
            .unwrap_or_else(|| panic!("{lang}: no {}", text.id));
        let mut errors = Vec::new();
        let out = bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned();
        assert!(errors.is_empty(), "{lang}: {} → {errors:?}", text.id);
        assert!(!out.trim().is_empty(), "{lang}: {} is empty", text.id);
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
        // The offered languages; the pseudo-locales are English, made at build time.
        for lang in LanguageDef::offered() {
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
