//! Validation codes: why an input was refused, with typed parameters. The app turns each code
//! into a sentence in the user's language; the wire carries only the code.

use serde::{Deserialize, Serialize};

/// A checked field of the passport's machine-readable zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum MrzField {
    DocumentNumber,
    BirthDate,
    ExpiryDate,
    PersonalNumber,
    /// The final digit over document number, birth date, expiry date and personal number.
    Composite,
}

/// Why a value was refused. Serialised as `{"code": "...", "params": {...}}`; codes without
/// parameters have no `params`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    tag = "code",
    content = "params",
    rename_all = "kebab-case",
    rename_all_fields = "camelCase"
)]
pub enum ValidationCode {
    // ---- any field
    /// Nothing was entered.
    Required,
    /// Fewer characters than allowed.
    TooShort {
        min: u32,
    },
    /// More characters than allowed.
    TooLong {
        max: u32,
    },
    /// Must have exactly this many characters (after removing spaces).
    WrongLength {
        expected: u32,
    },
    /// Only the digits 0–9 are allowed.
    DigitsOnly,
    /// Characters outside the allowed set.
    InvalidCharacters,

    // ---- identifiers
    /// The last character does not match the ISO 7064 MOD 11-2 check of the first 17.
    CheckCharacterMismatch,
    /// A Foreign Permanent Resident ID starts with 9.
    MustStartWithNine,
    /// The date embedded in an ID number is not a real date or lies in the future.
    InvalidBirthDate,
    /// Not an 11-digit Chinese mobile number starting 13–19.
    NotAChinaMobile,

    // ---- passport machine-readable zone
    /// A line of the MRZ has the wrong length (TD3 lines are 44 characters).
    MrzLineLength {
        line: u8,
        expected: u32,
    },
    /// A line contains characters other than A–Z, 0–9 and `<`.
    MrzInvalidCharacters {
        line: u8,
    },
    /// Line 1 does not start with `P`: not a passport.
    MrzNotPassport,
    /// A check digit does not match its field.
    MrzCheckDigit {
        field: MrzField,
    },
    /// A date field is not a real date.
    MrzInvalidDate {
        field: MrzField,
    },
    /// The sex field is not `M`, `F` or `<`.
    MrzInvalidSex,
    /// An issuing state or nationality code that is neither ISO 3166-1 nor an ICAO code.
    UnknownCountryCode {
        code: String,
    },
    /// The passport's expiry date has passed.
    DocumentExpired,

    // ---- names
    /// The name is not in Latin letters (the passport's MRZ spelling is needed).
    NonLatinScript,

    // ---- password
    /// At least two of: letters, digits, symbols.
    PasswordNeedsTwoKinds,

    // ---- e-SSC PIN
    /// Consecutive ascending or descending digits such as 123456.
    PinSequential,
    /// The same digit six times.
    PinRepeated,
    /// Part of the holder's ID number.
    PinInIdNumber,

    // ---- uploads
    FileEmpty,
    FileTooLarge {
        max_bytes: u64,
    },
    /// A PDF with more pages than the slot accepts.
    TooManyPages {
        max_pages: u32,
    },
    FileTooSmall {
        min_bytes: u64,
    },
    FileTypeNotAllowed,
    ImageTooSmall {
        min_width: u32,
        min_height: u32,
    },
    /// Starts like a JPEG or PNG, but its size cannot be read: cut short or damaged.
    ImageUnreadable,
}

/// A validation failure of one form field. Wire form: `{"field", "code", "params"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FieldError {
    /// The form field's name, as in the request body (`surname`, `identifier`, …).
    pub field: String,
    #[serde(flatten)]
    pub code: ValidationCode,
}

impl FieldError {
    #[must_use]
    pub fn new(field: impl Into<String>, code: ValidationCode) -> Self {
        Self {
            field: field.into(),
            code,
        }
    }

    /// Every code of one field, in order.
    #[must_use]
    pub fn all(field: &str, codes: Vec<ValidationCode>) -> Vec<Self> {
        codes
            .into_iter()
            .map(|code| Self::new(field, code))
            .collect()
    }
}

/// Any field error, for property tests.
#[cfg(test)]
pub(crate) fn arbitrary_field_error() -> impl proptest::strategy::Strategy<Value = FieldError> {
    use proptest::prelude::*;
    ("[a-z-]{1,12}", any::<ValidationCode>()).prop_map(|(field, code)| FieldError::new(field, code))
}

crate::codec::wire_codes!(MrzField {
    DocumentNumber => "document-number",
    BirthDate => "birth-date",
    ExpiryDate => "expiry-date",
    PersonalNumber => "personal-number",
    Composite => "composite",
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_errors_are_field_code_params_on_the_wire() {
        let with_params = FieldError::new("password", ValidationCode::TooShort { min: 8 });
        assert_eq!(
            serde_json::to_string(&with_params).unwrap(),
            r#"{"field":"password","code":"too-short","params":{"min":8}}"#
        );
        let without = FieldError::new("surname", ValidationCode::Required);
        assert_eq!(
            serde_json::to_string(&without).unwrap(),
            r#"{"field":"surname","code":"required"}"#
        );
        let back: FieldError = serde_json::from_str(
            r#"{"field":"mrz","code":"mrz-check-digit","params":{"field":"birth-date"}}"#,
        )
        .unwrap();
        assert_eq!(
            back.code,
            ValidationCode::MrzCheckDigit {
                field: MrzField::BirthDate
            }
        );
    }
}
