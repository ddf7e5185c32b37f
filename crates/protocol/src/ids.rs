//! Identifiers a foreign worker types: work-permit number, social security number, Foreign
//! Permanent Resident ID, Chinese resident ID, Chinese mobile number (domain.md §4).
//!
//! Every parser ignores spaces (people copy numbers in groups), returns the normalised value,
//! and reports every rule that fails.

use crate::date::Date;
use crate::validation::ValidationCode;

/// GB 11643 / ISO 7064 MOD 11-2 weights for positions 1–17.
const MOD11_2_WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/// Check character for each remainder `S mod 11`.
const MOD11_2_CHECK: [char; 11] = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];

/// Length of the 18-character identifiers (work permit, resident IDs, SSN).
pub const ID_LENGTH: usize = 18;

/// The MOD 11-2 check character for the first 17 digits, or `None` unless `first17` is
/// exactly 17 ASCII digits.
#[must_use]
pub fn mod11_2_check_char(first17: &str) -> Option<char> {
    if first17.len() != 17 {
        return None;
    }
    let mut sum = 0u32;
    for (byte, weight) in first17.bytes().zip(MOD11_2_WEIGHTS) {
        if !byte.is_ascii_digit() {
            return None;
        }
        sum += u32::from(byte - b'0') * weight;
    }
    MOD11_2_CHECK.get((sum % 11) as usize).copied()
}

/// Whether `id` is 17 digits followed by their MOD 11-2 check character (`X` or `x` for 10).
#[must_use]
pub fn is_valid_mod11_2(id: &str) -> bool {
    let Some((first17, last)) = id.char_indices().nth(17).map(|(i, c)| (id.get(..i), c)) else {
        return false;
    };
    id.chars().count() == ID_LENGTH
        && first17.and_then(mod11_2_check_char) == Some(last.to_ascii_uppercase())
}

/// Removes spaces (ASCII and full-width) that people type between digit groups.
fn compact(input: &str) -> String {
    input.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The work-permit number: 18 digits, no known check digit (domain.md §4, one source).
///
/// # Errors
/// `Required`, `DigitsOnly`, `WrongLength`.
pub fn parse_work_permit_number(input: &str) -> Result<String, Vec<ValidationCode>> {
    let value = compact(input);
    if value.is_empty() {
        return Err(vec![ValidationCode::Required]);
    }
    let mut errors = Vec::new();
    if !value.chars().all(|c| c.is_ascii_digit()) {
        errors.push(ValidationCode::DigitsOnly);
    }
    if value.chars().count() != ID_LENGTH {
        errors.push(ValidationCode::WrongLength { expected: 18 });
    }
    if errors.is_empty() {
        Ok(value)
    } else {
        Err(errors)
    }
}

/// A foreigner's social security number. The national layout is unpublished (domain.md §4):
/// 18 characters `[0-9]{17}[0-9X]` with a MOD 11-2 check when it starts with 9 (then it is a
/// permanent-residence number); otherwise 15–18 letters and digits, confirmed by the server.
///
/// # Errors
/// `Required`, `InvalidCharacters`, `TooShort`, `TooLong`, `CheckCharacterMismatch`.
pub fn parse_social_security_number(input: &str) -> Result<String, Vec<ValidationCode>> {
    let value = compact(input).to_ascii_uppercase();
    if value.is_empty() {
        return Err(vec![ValidationCode::Required]);
    }
    let mut errors = Vec::new();
    if !value.chars().all(|c| c.is_ascii_alphanumeric()) {
        errors.push(ValidationCode::InvalidCharacters);
    }
    let len = value.chars().count();
    if len < 15 {
        errors.push(ValidationCode::TooShort { min: 15 });
    } else if len > ID_LENGTH {
        errors.push(ValidationCode::TooLong { max: 18 });
    }
    if errors.is_empty()
        && len == ID_LENGTH
        && value.starts_with('9')
        && looks_numeric_id(&value)
        && !is_valid_mod11_2(&value)
    {
        errors.push(ValidationCode::CheckCharacterMismatch);
    }
    if errors.is_empty() {
        Ok(value)
    } else {
        Err(errors)
    }
}

/// 17 digits then a digit or `X`.
fn looks_numeric_id(value: &str) -> bool {
    value.chars().count() == ID_LENGTH
        && value.chars().take(17).all(|c| c.is_ascii_digit())
        && value
            .chars()
            .last()
            .is_some_and(|c| c.is_ascii_digit() || c == 'X')
}

/// Shared shape checks for 18-character MOD 11-2 identifiers.
fn mod11_2_shape(value: &str) -> Vec<ValidationCode> {
    let mut errors = Vec::new();
    if !value.chars().all(|c| c.is_ascii_digit() || c == 'X')
        || value.chars().rev().skip(1).any(|c| c == 'X')
    {
        errors.push(ValidationCode::InvalidCharacters);
    }
    if value.chars().count() != ID_LENGTH {
        errors.push(ValidationCode::WrongLength { expected: 18 });
    }
    if errors.is_empty() && !is_valid_mod11_2(value) {
        errors.push(ValidationCode::CheckCharacterMismatch);
    }
    errors
}

/// The 2023 Foreign Permanent Resident ID Card number: 18 characters, first `9`, last a
/// MOD 11-2 check character.
///
/// # Errors
/// `Required`, `InvalidCharacters`, `WrongLength`, `MustStartWithNine`, `CheckCharacterMismatch`.
pub fn parse_foreign_permanent_resident_id(input: &str) -> Result<String, Vec<ValidationCode>> {
    let value = compact(input).to_ascii_uppercase();
    if value.is_empty() {
        return Err(vec![ValidationCode::Required]);
    }
    let mut errors = mod11_2_shape(&value);
    if !value.starts_with('9') {
        errors.push(ValidationCode::MustStartWithNine);
    }
    if errors.is_empty() {
        Ok(value)
    } else {
        Err(errors)
    }
}

/// A Chinese Resident Identity Card number: area code, birth date `YYYYMMDD`, sequence, MOD
/// 11-2 check. The birth date must exist and not lie after `today`.
///
/// # Errors
/// `Required`, `InvalidCharacters`, `WrongLength`, `CheckCharacterMismatch`, `InvalidBirthDate`.
pub fn parse_resident_id(input: &str, today: Date) -> Result<String, Vec<ValidationCode>> {
    let value = compact(input).to_ascii_uppercase();
    if value.is_empty() {
        return Err(vec![ValidationCode::Required]);
    }
    let mut errors = mod11_2_shape(&value);
    let well_formed = !errors.iter().any(|e| {
        matches!(
            e,
            ValidationCode::InvalidCharacters | ValidationCode::WrongLength { .. }
        )
    });
    if well_formed && birth_date_in_id(&value).is_none_or(|birth| birth > today) {
        errors.push(ValidationCode::InvalidBirthDate);
    }
    if errors.is_empty() {
        Ok(value)
    } else {
        Err(errors)
    }
}

/// The birth date at positions 7–14 of an 18-character resident ID.
#[must_use]
pub fn birth_date_in_id(id: &str) -> Option<Date> {
    let digits = id.get(6..14)?;
    let year = digits.get(0..4)?.parse().ok()?;
    let month = digits.get(4..6)?.parse().ok()?;
    let day = digits.get(6..8)?.parse().ok()?;
    Date::new(year, month, day)
}

/// A Chinese mobile number: accepts `+86`, `0086`, spaces and hyphens; returns the 11 digits.
///
/// # Errors
/// `Required`, or `NotAChinaMobile` for anything that is not `1[3-9]` and nine more digits.
pub fn normalize_china_mobile(input: &str) -> Result<String, Vec<ValidationCode>> {
    let compacted: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    if compacted.is_empty() {
        return Err(vec![ValidationCode::Required]);
    }
    let national = compacted
        .strip_prefix("+86")
        .or_else(|| compacted.strip_prefix("0086"))
        .unwrap_or(&compacted);
    let bytes = national.as_bytes();
    let valid = bytes.len() == 11
        && bytes.iter().all(u8::is_ascii_digit)
        && bytes.first() == Some(&b'1')
        && bytes.get(1).is_some_and(|b| (b'3'..=b'9').contains(b));
    if valid {
        Ok(national.to_owned())
    } else {
        Err(vec![ValidationCode::NotAChinaMobile])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn today() -> Date {
        Date::new(2026, 11, 27).unwrap()
    }

    #[test]
    fn mod11_2_matches_the_published_vector() {
        // domain.md: 12345678901234567 → S = 368, 368 mod 11 = 5 → '7'.
        assert_eq!(mod11_2_check_char("12345678901234567"), Some('7'));
        assert!(is_valid_mod11_2("123456789012345677"));
        assert!(!is_valid_mod11_2("123456789012345678"));
    }

    #[test]
    fn mod11_2_accepts_x_in_either_case_for_ten() {
        // Find a 17-digit prefix whose check is X: 11010519491231002 is the GB 11643 example.
        assert_eq!(mod11_2_check_char("11010519491231002"), Some('X'));
        assert!(is_valid_mod11_2("11010519491231002X"));
        assert!(is_valid_mod11_2("11010519491231002x"));
    }

    #[test]
    fn mod11_2_refuses_anything_but_17_digits() {
        for bad in [
            "",
            "1234567890123456",
            "123456789012345678",
            "1234567890123456A",
            "１２３",
        ] {
            assert_eq!(mod11_2_check_char(bad), None, "{bad}");
        }
        assert!(!is_valid_mod11_2("12345678901234567"));
        assert!(!is_valid_mod11_2("1234567890123456777"));
    }

    #[test]
    fn work_permit_number_ignores_spaces_and_needs_18_digits() {
        assert_eq!(
            parse_work_permit_number(" 1234 5678 9012 3456 78 ").unwrap(),
            "123456789012345678"
        );
        assert_eq!(
            parse_work_permit_number("   "),
            Err(vec![ValidationCode::Required])
        );
        assert_eq!(
            parse_work_permit_number("12345"),
            Err(vec![ValidationCode::WrongLength { expected: 18 }])
        );
        assert_eq!(
            parse_work_permit_number("12345A"),
            Err(vec![
                ValidationCode::DigitsOnly,
                ValidationCode::WrongLength { expected: 18 }
            ])
        );
    }

    #[test]
    fn social_security_number_checks_mod11_2_only_when_it_starts_with_nine() {
        let fpr = format!("9{}", "1234567890123456");
        let check = mod11_2_check_char(&fpr).unwrap();
        assert_eq!(
            parse_social_security_number(&format!("{fpr}{check}")).unwrap(),
            format!("{fpr}{check}")
        );
        let wrong = if check == '0' { '1' } else { '0' };
        assert_eq!(
            parse_social_security_number(&format!("{fpr}{wrong}")),
            Err(vec![ValidationCode::CheckCharacterMismatch])
        );
        // Not starting with 9: the layout is unpublished, so only the shape is checked.
        assert!(parse_social_security_number("123456789012345678").is_ok());
        assert!(parse_social_security_number("usa1234567890123").is_ok());
        assert_eq!(
            parse_social_security_number("12345678901234"),
            Err(vec![ValidationCode::TooShort { min: 15 }])
        );
        assert_eq!(
            parse_social_security_number("1234567890123456789"),
            Err(vec![ValidationCode::TooLong { max: 18 }])
        );
        assert_eq!(
            parse_social_security_number("1234567890-12345"),
            Err(vec![ValidationCode::InvalidCharacters])
        );
    }

    #[test]
    fn foreign_permanent_resident_id_starts_with_nine_and_carries_a_check() {
        let body = "93000019900101001";
        let check = mod11_2_check_char(body).unwrap();
        assert!(parse_foreign_permanent_resident_id(&format!("{body}{check}")).is_ok());
        assert!(
            parse_foreign_permanent_resident_id(&format!(
                "{body}{}",
                if check == '1' { '2' } else { '1' }
            ))
            .unwrap_err()
            .contains(&ValidationCode::CheckCharacterMismatch)
        );
        let errors = parse_foreign_permanent_resident_id("123456789012345677").unwrap_err();
        assert_eq!(errors, vec![ValidationCode::MustStartWithNine]);
        assert!(
            parse_foreign_permanent_resident_id("9X0000199001010011")
                .unwrap_err()
                .contains(&ValidationCode::InvalidCharacters)
        );
    }

    #[test]
    fn resident_id_checks_the_embedded_birth_date() {
        assert_eq!(
            parse_resident_id("11010519491231002x", today()).unwrap(),
            "11010519491231002X"
        );
        // 1949-02-30 does not exist; give it a correct check so only the date fails.
        let body = "11010519490230002";
        let id = format!("{body}{}", mod11_2_check_char(body).unwrap());
        assert_eq!(
            parse_resident_id(&id, today()),
            Err(vec![ValidationCode::InvalidBirthDate])
        );
        let future = "11010520991231002";
        let id = format!("{future}{}", mod11_2_check_char(future).unwrap());
        assert_eq!(
            parse_resident_id(&id, today()),
            Err(vec![ValidationCode::InvalidBirthDate])
        );
    }

    #[test]
    fn china_mobile_accepts_country_prefixes_spaces_and_hyphens() {
        for input in [
            "13812345678",
            "+86 138 1234 5678",
            "0086-138-1234-5678",
            " 138-1234-5678 ",
        ] {
            assert_eq!(
                normalize_china_mobile(input).unwrap(),
                "13812345678",
                "{input}"
            );
        }
        for bad in [
            "12812345678",
            "1381234567",
            "138123456789",
            "+1 138 1234 5678",
            "1381234567a",
            "+8613812345678 0",
        ] {
            assert_eq!(
                normalize_china_mobile(bad),
                Err(vec![ValidationCode::NotAChinaMobile]),
                "{bad}"
            );
        }
        assert_eq!(
            normalize_china_mobile(" "),
            Err(vec![ValidationCode::Required])
        );
    }

    proptest! {
        #[test]
        fn any_single_digit_substitution_in_a_mod11_2_number_is_detected(
            body in "[0-9]{17}", position in 0usize..17, replacement in 0u8..10
        ) {
            let id = format!("{body}{}", mod11_2_check_char(&body).unwrap());
            let mut bytes = id.into_bytes();
            let original = bytes[position];
            prop_assume!(original != b'0' + replacement);
            bytes[position] = b'0' + replacement;
            let changed = String::from_utf8(bytes).unwrap();
            prop_assert!(!is_valid_mod11_2(&changed));
        }

        #[test]
        fn parsers_never_panic(input in "\\PC{0,40}") {
            let _ = mod11_2_check_char(&input);
            let _ = is_valid_mod11_2(&input);
            let _ = parse_work_permit_number(&input);
            let _ = parse_social_security_number(&input);
            let _ = parse_foreign_permanent_resident_id(&input);
            let _ = parse_resident_id(&input, today());
            let _ = normalize_china_mobile(&input);
        }

        #[test]
        fn normalize_china_mobile_is_idempotent_on_any_input(input in "[+0-9 \\-]{0,20}|\\PC{0,20}") {
            if let Ok(once) = normalize_china_mobile(&input) {
                prop_assert_eq!(normalize_china_mobile(&once), Ok(once));
            }
        }

        #[test]
        fn normalize_china_mobile_recovers_the_digits_from_any_accepted_prefix(digits in "1[3-9][0-9]{9}", prefix in prop::sample::select(vec!["", "+86", "0086", "+86 "])) {
            let once = normalize_china_mobile(&format!("{prefix}{digits}")).unwrap();
            prop_assert_eq!(normalize_china_mobile(&once).unwrap(), once.clone());
            prop_assert_eq!(once, digits);
        }
    }
}
