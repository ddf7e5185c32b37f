//! The e-SSC account password: 8–16 characters using at least two of letters, digits and
//! symbols (domain.md §3).

use crate::validation::ValidationCode;

pub const MIN_LENGTH: u32 = 8;
pub const MAX_LENGTH: u32 = 16;

/// The character kinds a password mixes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kinds {
    pub letters: bool,
    pub digits: bool,
    pub symbols: bool,
}

impl Kinds {
    #[must_use]
    pub fn of(password: &str) -> Self {
        Self {
            letters: password.chars().any(|c| c.is_ascii_alphabetic()),
            digits: password.chars().any(|c| c.is_ascii_digit()),
            symbols: password.chars().any(is_symbol),
        }
    }

    #[must_use]
    pub fn count(self) -> usize {
        [self.letters, self.digits, self.symbols]
            .into_iter()
            .filter(|k| *k)
            .count()
    }
}

/// Printable ASCII punctuation, the symbols a Chinese system reliably accepts.
fn is_symbol(c: char) -> bool {
    c.is_ascii_punctuation()
}

/// Every rule the password breaks; empty means valid. Only printable ASCII letters, digits
/// and symbols are allowed (spaces and other scripts are refused, as the official app does).
#[must_use]
pub fn check(password: &str) -> Vec<ValidationCode> {
    if password.is_empty() {
        return vec![ValidationCode::Required];
    }
    let mut errors = Vec::new();
    let length = u32::try_from(password.chars().count()).unwrap_or(u32::MAX);
    if length < MIN_LENGTH {
        errors.push(ValidationCode::TooShort { min: MIN_LENGTH });
    }
    if length > MAX_LENGTH {
        errors.push(ValidationCode::TooLong { max: MAX_LENGTH });
    }
    if !password
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || is_symbol(c))
    {
        errors.push(ValidationCode::InvalidCharacters);
    }
    if Kinds::of(password).count() < 2 {
        errors.push(ValidationCode::PasswordNeedsTwoKinds);
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn eight_to_sixteen_characters_of_two_kinds_is_valid() {
        for ok in ["abcdef12", "abcdefgh!", "12345678-", "Passw0rd!Passw0r"] {
            assert_eq!(check(ok), vec![], "{ok}");
        }
    }

    #[test]
    fn every_broken_rule_is_reported() {
        assert_eq!(check(""), vec![ValidationCode::Required]);
        assert_eq!(
            check("abc"),
            vec![
                ValidationCode::TooShort { min: 8 },
                ValidationCode::PasswordNeedsTwoKinds
            ]
        );
        assert_eq!(
            check("abcdefgh"),
            vec![ValidationCode::PasswordNeedsTwoKinds]
        );
        assert_eq!(
            check("abcdefgh12345678X"),
            vec![ValidationCode::TooLong { max: 16 }]
        );
        assert_eq!(check("abcd 1234"), vec![ValidationCode::InvalidCharacters]);
        // Chinese characters are neither allowed nor letters, so only one kind remains.
        assert_eq!(
            check("密码密码密码12"),
            vec![
                ValidationCode::InvalidCharacters,
                ValidationCode::PasswordNeedsTwoKinds
            ]
        );
        assert_eq!(
            check("密码密码ab12"),
            vec![ValidationCode::InvalidCharacters]
        );
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        // Seven characters of two bytes each: 8 characters, so not too short, only invalid.
        assert_eq!(check("éééééé1a"), vec![ValidationCode::InvalidCharacters]);
    }

    proptest! {
        #[test]
        fn never_panics_and_valid_means_empty(input in "\\PC{0,30}") {
            let errors = check(&input);
            let length = input.chars().count();
            if errors.is_empty() {
                prop_assert!((8..=16).contains(&length));
                prop_assert!(Kinds::of(&input).count() >= 2);
            }
        }
    }
}
