//! The 6-digit e-SSC PIN: not consecutive ascending or descending digits, not all the same
//! digit, and not part of the holder's ID number (domain.md §3).

use crate::validation::ValidationCode;

pub const LENGTH: u32 = 6;

/// Every rule the PIN breaks; empty means valid. `id_number` is the holder's ID (any of the
/// identifiers); spaces in it are ignored.
#[must_use]
pub fn check(pin: &str, id_number: &str) -> Vec<ValidationCode> {
    if pin.is_empty() {
        return vec![ValidationCode::Required];
    }
    let mut errors = Vec::new();
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        errors.push(ValidationCode::DigitsOnly);
    }
    if pin.chars().count() != LENGTH as usize {
        errors.push(ValidationCode::WrongLength { expected: LENGTH });
    }
    if !errors.is_empty() {
        return errors;
    }
    let digits: Vec<i16> = pin
        .bytes()
        .map(|b| i16::from(b) - i16::from(b'0'))
        .collect();
    let steps: Vec<i16> = digits
        .windows(2)
        .filter_map(|w| Some(w.get(1)? - w.first()?))
        .collect();
    if steps.iter().all(|s| *s == 0) {
        errors.push(ValidationCode::PinRepeated);
    } else if steps.iter().all(|s| *s == 1) || steps.iter().all(|s| *s == -1) {
        errors.push(ValidationCode::PinSequential);
    }
    let id: String = id_number.chars().filter(|c| !c.is_whitespace()).collect();
    if !id.is_empty() && id.contains(pin) {
        errors.push(ValidationCode::PinInIdNumber);
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const ID: &str = "11010519491231002X";

    #[test]
    fn six_unrelated_digits_are_a_valid_pin() {
        assert_eq!(check("284951", ID), vec![]);
    }

    #[test]
    fn sequences_and_repeats_are_refused() {
        assert_eq!(check("123456", ID), vec![ValidationCode::PinSequential]);
        assert_eq!(check("987654", ID), vec![ValidationCode::PinSequential]);
        assert_eq!(check("777777", ID), vec![ValidationCode::PinRepeated]);
        assert_eq!(check("123457", ID), vec![]);
    }

    #[test]
    fn a_pin_taken_from_the_id_number_is_refused() {
        assert_eq!(check("194912", ID), vec![ValidationCode::PinInIdNumber]);
        assert_eq!(
            check("194912", "1101 0519 4912 3100 2X"),
            vec![ValidationCode::PinInIdNumber]
        );
    }

    #[test]
    fn shape_errors_come_first_and_alone() {
        assert_eq!(check("", ID), vec![ValidationCode::Required]);
        assert_eq!(
            check("12a45", ID),
            vec![
                ValidationCode::DigitsOnly,
                ValidationCode::WrongLength { expected: 6 }
            ]
        );
        assert_eq!(
            check("1234567", ID),
            vec![ValidationCode::WrongLength { expected: 6 }]
        );
    }

    proptest! {
        #[test]
        fn never_panics(pin in "\\PC{0,10}", id in "\\PC{0,20}") {
            let _ = check(&pin, &id);
        }
    }
}
