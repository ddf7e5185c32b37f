//! Fixes the JSON wire form of every validation and API error code and the wire names of every
//! protocol enum. A changed or new code
//! changes `tests/snapshots/wire-codes.json`; review the diff, then regenerate with
//! `UPDATE_SNAPSHOTS=1 cargo test -p protocol --test wire_snapshot`.

use protocol::codec::WireCode;
use protocol::problem::ApiErrorCode;
use protocol::validation::{MrzField, ValidationCode};

/// One example of every validation code. The match makes a new variant a compile error here.
fn validation_codes() -> Vec<ValidationCode> {
    use ValidationCode as V;
    let all = vec![
        V::Required,
        V::TooShort { min: 8 },
        V::TooLong { max: 16 },
        V::WrongLength { expected: 18 },
        V::DigitsOnly,
        V::InvalidCharacters,
        V::CheckCharacterMismatch,
        V::MustStartWithNine,
        V::InvalidBirthDate,
        V::NotAChinaMobile,
        V::MrzLineLength {
            line: 1,
            expected: 44,
        },
        V::MrzInvalidCharacters { line: 2 },
        V::MrzNotPassport,
        V::MrzCheckDigit {
            field: MrzField::Composite,
        },
        V::MrzInvalidDate {
            field: MrzField::BirthDate,
        },
        V::MrzInvalidSex,
        V::UnknownCountryCode { code: "ZZZ".into() },
        V::DocumentExpired,
        V::NonLatinScript,
        V::PasswordNeedsTwoKinds,
        V::PinSequential,
        V::PinRepeated,
        V::PinInIdNumber,
        V::FileEmpty,
        V::FileTooLarge {
            max_bytes: 1_048_576,
        },
        V::TooManyPages { max_pages: 20 },
        V::FileTooSmall { min_bytes: 40_960 },
        V::FileTypeNotAllowed,
        V::ImageTooSmall {
            min_width: 354,
            min_height: 472,
        },
        V::ImageUnreadable,
    ];
    for code in &all {
        match code {
            V::Required
            | V::TooShort { .. }
            | V::TooLong { .. }
            | V::WrongLength { .. }
            | V::DigitsOnly
            | V::InvalidCharacters
            | V::CheckCharacterMismatch
            | V::MustStartWithNine
            | V::InvalidBirthDate
            | V::NotAChinaMobile
            | V::MrzLineLength { .. }
            | V::MrzInvalidCharacters { .. }
            | V::MrzNotPassport
            | V::MrzCheckDigit { .. }
            | V::MrzInvalidDate { .. }
            | V::MrzInvalidSex
            | V::UnknownCountryCode { .. }
            | V::DocumentExpired
            | V::NonLatinScript
            | V::PasswordNeedsTwoKinds
            | V::PinSequential
            | V::PinRepeated
            | V::PinInIdNumber
            | V::FileEmpty
            | V::FileTooLarge { .. }
            | V::TooManyPages { .. }
            | V::FileTooSmall { .. }
            | V::FileTypeNotAllowed
            | V::ImageTooSmall { .. }
            | V::ImageUnreadable => {}
        }
    }
    all
}

fn api_codes() -> Vec<ApiErrorCode> {
    use ApiErrorCode as A;
    let all = vec![
        A::BadRequest,
        A::ValidationFailed,
        A::Unauthenticated,
        A::SessionExpired,
        A::InvalidCredentials,
        A::ForbiddenOrigin,
        A::NotFound,
        A::MethodNotAllowed,
        A::ApplicationNotFound,
        A::AlreadyRegistered,
        A::IdentityMismatch,
        A::IdempotencyKeyReused,
        A::IdempotencyKeyMissing,
        A::SmsCodeWrong {
            attempts_remaining: 4,
        },
        A::SmsCodeExpired,
        A::SmsTooManyAttempts,
        A::SmsCodeNotRequested,
        A::PhoneNotVerified,
        A::RateLimited {
            retry_after_seconds: 60,
        },
        A::ManualReviewRequired,
        A::CardNotIssued,
        A::PayloadTooLarge {
            max_bytes: 8_388_608,
        },
        A::UnsupportedMediaType,
        A::Internal,
        A::Unavailable,
    ];
    for code in &all {
        match code {
            A::BadRequest
            | A::ValidationFailed
            | A::Unauthenticated
            | A::SessionExpired
            | A::InvalidCredentials
            | A::ForbiddenOrigin
            | A::NotFound
            | A::MethodNotAllowed
            | A::ApplicationNotFound
            | A::AlreadyRegistered
            | A::IdentityMismatch
            | A::IdempotencyKeyReused
            | A::IdempotencyKeyMissing
            | A::IdempotencyKeyInUse
            | A::SmsCodeWrong { .. }
            | A::SmsCodeExpired
            | A::SmsTooManyAttempts
            | A::SmsCodeNotRequested
            | A::PhoneNotVerified
            | A::RateLimited { .. }
            | A::ManualReviewRequired
            | A::CardNotIssued
            | A::PayloadTooLarge { .. }
            | A::UnsupportedMediaType
            | A::Internal
            | A::Unavailable => {}
        }
    }
    all
}

/// Each unit enum's wire names, in declaration order, checked against serde and `FromStr`.
fn enum_codes() -> Vec<(&'static str, Vec<&'static str>)> {
    fn names<T>(name: &'static str) -> (&'static str, Vec<&'static str>)
    where
        T: WireCode
            + serde::Serialize
            + serde::de::DeserializeOwned
            + std::str::FromStr
            + std::fmt::Debug,
        <T as std::str::FromStr>::Err: std::fmt::Debug,
    {
        let codes = T::ALL
            .iter()
            .map(|value| {
                let code = value.as_str();
                assert_eq!(
                    serde_json::to_value(value).unwrap(),
                    serde_json::Value::from(code),
                    "{name}"
                );
                assert_eq!(
                    serde_json::from_value::<T>(code.into()).unwrap(),
                    *value,
                    "{name}"
                );
                assert_eq!(code.parse::<T>().unwrap(), *value, "{name}");
                assert_eq!(T::parse_code(code), Some(*value), "{name}");
                code
            })
            .collect();
        assert!(T::parse_code("no-such-code").is_none(), "{name}");
        assert!("no-such-code".parse::<T>().is_err(), "{name}");
        (name, codes)
    }
    macro_rules! all {
        ($($path:ident :: $ty:ident),+ $(,)?) => {
            vec![$(names::<protocol::$path::$ty>(stringify!($ty))),+]
        };
    }
    all!(
        api::IdentifierKind,
        api::NextStep,
        api::FaceOutcome,
        api::FaceFailure,
        api::CardStatus,
        api::QrPurpose,
        api::QrInvalidReason,
        api::PermitCategory,
        api::InsuranceType,
        api::PaymentStatus,
        applications::ApplicationStage,
        applications::RefusalReason,
        apostille::Route,
        contributions::City,
        contributions::Insurance,
        contributions::BaseAdjustment,
        deadlines::DeadlineKind,
        documents::Document,
        documents::Application,
        documents::Authentication,
        documents::Alternative,
        documents::Translation,
        documents::Status,
        health::ComponentStatus,
        mrz::Sex,
        nationality::NationalityKind,
        points::Education,
        points::ChineseLevel,
        points::Factor,
        points::Category,
        upload::FileKind,
        validation::MrzField
    )
}

fn render() -> String {
    let mut out = String::from("{\n  \"validation\": [\n");
    let lines: Vec<String> = validation_codes()
        .iter()
        .map(|c| format!("    {}", serde_json::to_string(c).unwrap()))
        .collect();
    out.push_str(&lines.join(",\n"));
    out.push_str("\n  ],\n  \"api\": [\n");
    let lines: Vec<String> = api_codes()
        .iter()
        .map(|c| {
            format!(
                "    {{\"status\": {}, \"wire\": {}}}",
                c.status(),
                serde_json::to_string(c).unwrap()
            )
        })
        .collect();
    out.push_str(&lines.join(",\n"));
    out.push_str("\n  ],\n  \"enums\": {\n");
    let lines: Vec<String> = enum_codes()
        .iter()
        .map(|(name, codes)| format!("    \"{name}\": {}", serde_json::to_string(codes).unwrap()))
        .collect();
    out.push_str(&lines.join(",\n"));
    out.push_str("\n  }\n}\n");
    out
}

#[test]
fn wire_form_of_every_code_matches_the_snapshot() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/wire-codes.json");
    let rendered = render();
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &rendered).unwrap();
    }
    let expected =
        std::fs::read_to_string(&path).expect("snapshot missing: run with UPDATE_SNAPSHOTS=1");
    assert_eq!(
        rendered, expected,
        "wire form changed; review and regenerate the snapshot"
    );
}

#[test]
fn every_code_reads_back_from_its_wire_form() {
    for code in validation_codes() {
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(serde_json::from_str::<ValidationCode>(&json).unwrap(), code);
    }
    for code in api_codes() {
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(serde_json::from_str::<ApiErrorCode>(&json).unwrap(), code);
    }
}
