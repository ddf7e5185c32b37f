//! The machine-readable zone of a passport (ICAO Doc 9303 Part 4, TD3): two lines of 44
//! characters `A`–`Z`, `0`–`9` and `<` (filler).
//!
//! Line 1: `P`, a type letter or `<`, the issuing state (3), the name (39):
//! `SURNAME<<GIVEN<NAMES<<<…`.
//! Line 2 (1-based positions): 1–9 document number, 10 check; 11–13 nationality; 14–19 birth
//! date YYMMDD, 20 check; 21 sex; 22–27 expiry date YYMMDD, 28 check; 29–42 personal number,
//! 43 check (may be `<` when the personal number is all filler); 44 composite check over
//! 1–10, 14–20 and 22–43.
//!
//! [`parse_td3`] checks everything it can and reports every problem, not only the first.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::names::PassportName;
use crate::nationality;
use crate::validation::{MrzField, ValidationCode};

/// Characters in each TD3 line.
pub const TD3_LINE_LENGTH: usize = 44;

/// The sex field of the MRZ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Sex {
    /// `M`
    Male,
    /// `F`
    Female,
    /// `<`: unspecified (the visual zone may show `X`).
    Unspecified,
}

/// The data of a passport MRZ whose structure and check digits are valid. Wire form camelCase.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Td3 {
    /// Without filler: `L898902C3`.
    pub document_number: String,
    /// The canonical code without filler (`D` for `D<<`), see [`nationality::lookup`].
    pub issuing_state: String,
    /// The canonical code without filler, like `issuing_state`.
    pub nationality: String,
    /// The primary identifier with filler inside it turned into single spaces: `ERIKSSON`,
    /// `VAN DER BERG`. Empty if the MRZ has none.
    pub surname: String,
    /// The secondary identifiers separated by single spaces (`ANNA MARIA`), the same form as
    /// [`PassportName::given_names`]; empty if the MRZ has none. The MRZ may have truncated a
    /// long name.
    pub given_names: String,
    pub birth_date: Date,
    pub sex: Sex,
    pub expiry_date: Date,
    /// Without leading or trailing filler; `None` when the field is all filler.
    pub personal_number: Option<String>,
}

impl Td3 {
    /// The name in the comparison form of [`crate::names`], to compare with the name the user
    /// typed ([`crate::names::same_person_name`]).
    #[must_use]
    pub fn name(&self) -> PassportName {
        PassportName {
            surname: self.surname.clone(),
            given_names: self.given_names.clone(),
        }
    }
}

/// The value of one MRZ character: `0`–`9` → 0–9, `A`–`Z` (or `a`–`z`) → 10–35, `<` → 0.
fn character_value(c: char) -> Option<u32> {
    if c == '<' { Some(0) } else { c.to_digit(36) }
}

/// The ICAO 9303 check digit of `field`: character values weighted 7, 3, 1, 7, 3, 1, …, summed,
/// modulo 10. Lower-case letters count as upper case. `None` if `field` has any character other
/// than `A`–`Z`, `a`–`z`, `0`–`9` and `<`. The empty field has check digit 0.
#[must_use]
pub fn check_digit(field: &str) -> Option<u8> {
    const WEIGHTS: [u32; 3] = [7, 3, 1];
    let mut sum = 0u32;
    for (c, weight) in field.chars().zip(WEIGHTS.iter().cycle()) {
        sum = (sum + character_value(c)? * weight) % 10;
    }
    u8::try_from(sum).ok()
}

/// Whether `check` is the check digit of `field`.
fn check_matches(field: &str, check: char) -> bool {
    match (check.to_digit(10), check_digit(field)) {
        (Some(expected), Some(actual)) => expected == u32::from(actual),
        _ => false,
    }
}

/// A 0-based byte range of a line. Only used once the line is known to be 44 ASCII characters.
#[derive(Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
}

const fn span(start: usize, end: usize) -> Span {
    Span { start, end }
}

// Line 1.
const ISSUING_STATE: Span = span(2, 5);
const NAME: Span = span(5, 44);
// Line 2.
const DOCUMENT_NUMBER: Span = span(0, 9);
const DOCUMENT_NUMBER_CHECK: usize = 9;
const NATIONALITY: Span = span(10, 13);
const BIRTH_DATE: Span = span(13, 19);
const BIRTH_DATE_CHECK: usize = 19;
const SEX: usize = 20;
const EXPIRY_DATE: Span = span(21, 27);
const EXPIRY_DATE_CHECK: usize = 27;
const PERSONAL_NUMBER: Span = span(28, 42);
const PERSONAL_NUMBER_CHECK: usize = 42;
const COMPOSITE_CHECK: usize = 43;
/// What the composite check covers: 1–10, 14–20 and 22–43 (1-based).
const COMPOSITE: [Span; 3] = [span(0, 10), span(13, 20), span(21, 43)];

/// A structurally valid MRZ line: ASCII only, so byte ranges are character ranges.
struct Line<'a>(&'a str);

impl Line<'_> {
    fn get(&self, span: Span) -> &str {
        self.0.get(span.start..span.end).unwrap_or_default()
    }

    fn at(&self, index: usize) -> char {
        self.0
            .as_bytes()
            .get(index)
            .map_or('\0', |&b| char::from(b))
    }
}

/// Upper case (ASCII only: other characters stay and are refused) without surrounding
/// whitespace.
fn normalise(line: &str) -> String {
    line.trim().to_ascii_uppercase()
}

fn is_mrz_character(b: u8) -> bool {
    b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'<'
}

/// Length and character set of one normalised line.
fn check_structure(line: &str, number: u8, errors: &mut Vec<ValidationCode>) {
    if line.chars().count() != TD3_LINE_LENGTH {
        errors.push(ValidationCode::MrzLineLength {
            line: number,
            expected: TD3_LINE_LENGTH as u32,
        });
    }
    if !line.bytes().all(is_mrz_character) {
        errors.push(ValidationCode::MrzInvalidCharacters { line: number });
    }
}

/// Year, month and day of a `YYMMDD` field, if it is six digits.
fn yymmdd(field: &str) -> Option<(i32, u8, u8)> {
    if field.len() != 6 || !field.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year = field.get(0..2)?.parse().ok()?;
    let month = field.get(2..4)?.parse().ok()?;
    let day = field.get(4..6)?.parse().ok()?;
    Some((year, month, day))
}

fn date(year: i32, month: u8, day: u8) -> Option<Date> {
    Date::new(u16::try_from(year).ok()?, month, day)
}

/// A birth date: the latest century that puts the date on or before `today` (so with today
/// 2024-06-01, `240101` is 2024-01-01 and `240701` is 1924-07-01). People over 100 are read as
/// born a century later: the MRZ cannot tell them apart.
fn birth_date(field: &str, today: Date) -> Option<Date> {
    let (yy, month, day) = yymmdd(field)?;
    let century = i32::from(today.year()) / 100 * 100;
    [century + yy, century - 100 + yy]
        .into_iter()
        .filter_map(|year| date(year, month, day))
        .find(|d| *d <= today)
}

/// An expiry date: the century that puts the year within 50 years before to 49 years after
/// today's year (today 2026: `00`–`75` are 2000–2075, `76`–`99` are 1976–1999).
fn expiry_date(field: &str, today: Date) -> Option<Date> {
    let (yy, month, day) = yymmdd(field)?;
    let this_year = i32::from(today.year());
    let mut year = this_year / 100 * 100 + yy;
    if year > this_year + 49 {
        year -= 100;
    } else if year < this_year - 50 {
        year += 100;
    }
    date(year, month, day)
}

/// Turns `<` filler into single spaces and trims: `VAN<DER<BERG<<` → `VAN DER BERG`.
fn filler_to_spaces(text: &str) -> String {
    text.split('<')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn push_once(errors: &mut Vec<ValidationCode>, code: ValidationCode) {
    if !errors.contains(&code) {
        errors.push(code);
    }
}

/// Splits pasted machine-readable-zone text into its two lines, without spaces; one unbroken
/// 88-character line is split in half (by characters: a pasted line may hold non-ASCII
/// look-alikes of `<`).
#[must_use]
pub fn split_lines(text: &str) -> (String, String) {
    let lines: Vec<String> = text
        .lines()
        .map(|line| line.split_whitespace().collect::<String>())
        .filter(|line| !line.is_empty())
        .collect();
    match lines.as_slice() {
        [one] if one.chars().count() == 2 * TD3_LINE_LENGTH => (
            one.chars().take(TD3_LINE_LENGTH).collect(),
            one.chars().skip(TD3_LINE_LENGTH).collect(),
        ),
        [one] => (one.clone(), String::new()),
        [first, second, ..] => (first.clone(), second.clone()),
        [] => (String::new(), String::new()),
    }
}

/// Parses and checks the two lines of a passport MRZ.
///
/// Input may be lower case and have surrounding whitespace. `today` resolves two-digit years
/// and decides whether the passport has expired: a birth date takes the latest century that
/// puts it on or before today; an expiry date takes the century that puts its year within
/// today's year −50 … +49.
///
/// Errors, every one that applies, in line order:
/// - structure, after which nothing else is checked: [`ValidationCode::MrzLineLength`] and
///   [`ValidationCode::MrzInvalidCharacters`] per line, [`ValidationCode::MrzNotPassport`] when
///   line 1 does not start with `P`;
/// - [`ValidationCode::UnknownCountryCode`] for the issuing state and the nationality (once if
///   both are the same unknown code);
/// - [`ValidationCode::MrzInvalidCharacters`] for line 1 when the name field holds digits;
/// - [`ValidationCode::MrzCheckDigit`] for each of the five check digits that does not match
///   (a broken field usually breaks the composite too, which is reported as well);
/// - [`ValidationCode::MrzInvalidDate`] for a date that does not exist (or a birth date after
///   `today`);
/// - [`ValidationCode::MrzInvalidSex`] unless the sex is `M`, `F` or `<`;
/// - [`ValidationCode::DocumentExpired`] when the expiry date is before `today` (a passport is
///   valid through its expiry date).
pub fn parse_td3(line1: &str, line2: &str, today: Date) -> Result<Td3, Vec<ValidationCode>> {
    let (line1, line2) = (normalise(line1), normalise(line2));
    let mut errors = Vec::new();
    check_structure(&line1, 1, &mut errors);
    if line1.chars().next().is_some_and(|c| c != 'P') {
        errors.push(ValidationCode::MrzNotPassport);
    }
    check_structure(&line2, 2, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    let (line1, line2) = (Line(&line1), Line(&line2));

    // Line 1: issuing state and name.
    let issuing_state = nationality::lookup(line1.get(ISSUING_STATE));
    if issuing_state.is_none() {
        push_once(
            &mut errors,
            ValidationCode::UnknownCountryCode {
                code: line1.get(ISSUING_STATE).to_owned(),
            },
        );
    }
    let name = line1.get(NAME);
    if name.bytes().any(|b| b.is_ascii_digit()) {
        errors.push(ValidationCode::MrzInvalidCharacters { line: 1 });
    }
    let (surname, given_names) = name.split_once("<<").unwrap_or((name, ""));

    // Line 2, in field order.
    let document_number = line2.get(DOCUMENT_NUMBER);
    if !check_matches(document_number, line2.at(DOCUMENT_NUMBER_CHECK)) {
        errors.push(ValidationCode::MrzCheckDigit {
            field: MrzField::DocumentNumber,
        });
    }
    let nationality = nationality::lookup(line2.get(NATIONALITY));
    if nationality.is_none() {
        push_once(
            &mut errors,
            ValidationCode::UnknownCountryCode {
                code: line2.get(NATIONALITY).to_owned(),
            },
        );
    }

    let birth_field = line2.get(BIRTH_DATE);
    if !check_matches(birth_field, line2.at(BIRTH_DATE_CHECK)) {
        errors.push(ValidationCode::MrzCheckDigit {
            field: MrzField::BirthDate,
        });
    }
    let birth_date = birth_date(birth_field, today);
    if birth_date.is_none() {
        errors.push(ValidationCode::MrzInvalidDate {
            field: MrzField::BirthDate,
        });
    }

    let sex = match line2.at(SEX) {
        'M' => Some(Sex::Male),
        'F' => Some(Sex::Female),
        '<' => Some(Sex::Unspecified),
        _ => None,
    };
    if sex.is_none() {
        errors.push(ValidationCode::MrzInvalidSex);
    }

    let expiry_field = line2.get(EXPIRY_DATE);
    if !check_matches(expiry_field, line2.at(EXPIRY_DATE_CHECK)) {
        errors.push(ValidationCode::MrzCheckDigit {
            field: MrzField::ExpiryDate,
        });
    }
    let expiry_date = expiry_date(expiry_field, today);
    if expiry_date.is_none() {
        errors.push(ValidationCode::MrzInvalidDate {
            field: MrzField::ExpiryDate,
        });
    }

    let personal_number = line2.get(PERSONAL_NUMBER);
    let personal_check = line2.at(PERSONAL_NUMBER_CHECK);
    let all_filler = personal_number.bytes().all(|b| b == b'<');
    if !(check_matches(personal_number, personal_check) || (all_filler && personal_check == '<')) {
        errors.push(ValidationCode::MrzCheckDigit {
            field: MrzField::PersonalNumber,
        });
    }

    let composite: String = COMPOSITE.iter().map(|&span| line2.get(span)).collect();
    if !check_matches(&composite, line2.at(COMPOSITE_CHECK)) {
        errors.push(ValidationCode::MrzCheckDigit {
            field: MrzField::Composite,
        });
    }

    if expiry_date.is_some_and(|expiry| expiry < today) {
        errors.push(ValidationCode::DocumentExpired);
    }

    match (issuing_state, nationality, birth_date, sex, expiry_date) {
        (
            Some(issuing_state),
            Some(nationality),
            Some(birth_date),
            Some(sex),
            Some(expiry_date),
        ) if errors.is_empty() => {
            let personal_number = personal_number.trim_matches('<');
            Ok(Td3 {
                document_number: document_number.trim_matches('<').to_owned(),
                issuing_state: issuing_state.code().to_owned(),
                nationality: nationality.code().to_owned(),
                surname: filler_to_spaces(surname),
                given_names: filler_to_spaces(given_names),
                birth_date,
                sex,
                expiry_date,
                personal_number: (!personal_number.is_empty()).then(|| personal_number.to_owned()),
            })
        }
        _ => Err(errors),
    }
}

crate::codec::wire_codes!(Sex {
    Male => "male",
    Female => "female",
    Unspecified => "unspecified",
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pasted_zones_are_split_into_two_lines_without_spaces() {
        let line1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
        let line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
        assert_eq!(
            split_lines(&format!("{line1}\n{line2}\n")),
            (line1.to_owned(), line2.to_owned())
        );
        assert_eq!(
            split_lines(&format!("  {line1}\r\n\r\n {line2} ")),
            (line1.to_owned(), line2.to_owned())
        );
        assert_eq!(
            split_lines(&format!("{line1}{line2}")),
            (line1.to_owned(), line2.to_owned())
        );
        assert_eq!(
            split_lines("P<UTO ERIKSSON"),
            ("P<UTOERIKSSON".to_owned(), String::new())
        );
        assert_eq!(split_lines(""), (String::new(), String::new()));
    }
    use MrzField::{BirthDate, Composite, DocumentNumber, ExpiryDate, PersonalNumber};
    use ValidationCode::{
        DocumentExpired, MrzCheckDigit, MrzInvalidCharacters, MrzInvalidDate, MrzInvalidSex,
        MrzLineLength, MrzNotPassport, UnknownCountryCode,
    };
    use proptest::prelude::*;

    const LINE1: &str = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    const LINE2: &str = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    fn day(text: &str) -> Date {
        text.parse().unwrap()
    }

    fn before_expiry() -> Date {
        day("2010-01-01")
    }

    /// Line 2 from its fields, with every check digit computed; `personal_check` overrides the
    /// personal-number check digit.
    fn line2(
        document: &str,
        nationality: &str,
        birth: &str,
        sex: char,
        expiry: &str,
        personal: &str,
        personal_check: Option<char>,
    ) -> String {
        let digit = |field: &str| char::from(b'0' + check_digit(field).unwrap());
        let document = format!("{document:<<9}");
        let personal = format!("{personal:<<14}");
        let personal_check = personal_check.unwrap_or_else(|| digit(&personal));
        let composite = format!(
            "{document}{}{birth}{}{expiry}{}{personal}{personal_check}",
            digit(&document),
            digit(birth),
            digit(expiry)
        );
        format!(
            "{document}{}{nationality}{birth}{}{sex}{expiry}{}{personal}{personal_check}{}",
            digit(&document),
            digit(birth),
            digit(expiry),
            digit(&composite)
        )
    }

    fn replace_at(line: &str, index: usize, c: char) -> String {
        line.chars()
            .enumerate()
            .map(|(i, old)| if i == index { c } else { old })
            .collect()
    }

    /// The specimen's line 2 with one check digit (0-based index) changed to another digit.
    fn with_wrong_digit(index: usize) -> String {
        let old = LINE2.as_bytes()[index];
        let new = if old == b'9' {
            '0'
        } else {
            char::from(old + 1)
        };
        replace_at(LINE2, index, new)
    }

    #[test]
    fn specimen_check_digits_are_6_2_9_1_and_composite_0() {
        assert_eq!(check_digit("L898902C3"), Some(6));
        assert_eq!(check_digit("740812"), Some(2));
        assert_eq!(check_digit("120415"), Some(9));
        assert_eq!(check_digit("ZE184226B<<<<<"), Some(1));
        assert_eq!(
            check_digit("L898902C3674081221204159ZE184226B<<<<<1"),
            Some(0)
        );
    }

    #[test]
    fn check_digit_reads_lower_case_as_upper_and_refuses_other_characters() {
        assert_eq!(check_digit("l898902c3"), Some(6));
        assert_eq!(check_digit(""), Some(0));
        assert_eq!(check_digit("<<<<"), Some(0));
        for bad in ["L898-902", "L898 902", "É", "١٢٣", "０"] {
            assert_eq!(check_digit(bad), None, "{bad}");
        }
    }

    #[test]
    fn icao_specimen_parses_before_it_expires() {
        let td3 = parse_td3(LINE1, LINE2, before_expiry()).unwrap();
        assert_eq!(
            td3,
            Td3 {
                document_number: "L898902C3".into(),
                issuing_state: "UTO".into(),
                nationality: "UTO".into(),
                surname: "ERIKSSON".into(),
                given_names: "ANNA MARIA".into(),
                birth_date: day("1974-08-12"),
                sex: Sex::Female,
                expiry_date: day("2012-04-15"),
                personal_number: Some("ZE184226B".into()),
            }
        );
        assert_eq!(td3.name().display(), "ERIKSSON, ANNA MARIA");
    }

    #[test]
    fn icao_specimen_is_expired_after_2012_04_15_and_valid_on_that_day() {
        assert_eq!(
            parse_td3(LINE1, LINE2, day("2024-12-01")),
            Err(vec![DocumentExpired])
        );
        assert_eq!(
            parse_td3(LINE1, LINE2, day("2012-04-16")),
            Err(vec![DocumentExpired])
        );
        assert!(parse_td3(LINE1, LINE2, day("2012-04-15")).is_ok());
    }

    #[test]
    fn wire_form_is_camel_case_with_iso_dates() {
        let json = serde_json::to_value(parse_td3(LINE1, LINE2, before_expiry()).unwrap()).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "documentNumber": "L898902C3",
                "issuingState": "UTO",
                "nationality": "UTO",
                "surname": "ERIKSSON",
                "givenNames": "ANNA MARIA",
                "birthDate": "1974-08-12",
                "sex": "female",
                "expiryDate": "2012-04-15",
                "personalNumber": "ZE184226B",
            })
        );
        let back: Td3 = serde_json::from_value(json).unwrap();
        assert_eq!(back.birth_date, day("1974-08-12"));
    }

    #[test]
    fn each_broken_check_digit_reports_its_field_and_the_composite_that_covers_it() {
        let cases = [
            (
                9,
                vec![
                    MrzCheckDigit {
                        field: DocumentNumber,
                    },
                    MrzCheckDigit { field: Composite },
                ],
            ),
            (
                19,
                vec![
                    MrzCheckDigit { field: BirthDate },
                    MrzCheckDigit { field: Composite },
                ],
            ),
            (
                27,
                vec![
                    MrzCheckDigit { field: ExpiryDate },
                    MrzCheckDigit { field: Composite },
                ],
            ),
            (
                42,
                vec![
                    MrzCheckDigit {
                        field: PersonalNumber,
                    },
                    MrzCheckDigit { field: Composite },
                ],
            ),
            (43, vec![MrzCheckDigit { field: Composite }]),
        ];
        for (index, expected) in cases {
            assert_eq!(
                parse_td3(LINE1, &with_wrong_digit(index), before_expiry()),
                Err(expected),
                "index {index}"
            );
        }
    }

    #[test]
    fn a_broken_field_reports_its_check_digit_and_the_composite() {
        // Document number L898902C3 → L898902C4.
        let broken = replace_at(LINE2, 8, '4');
        assert_eq!(
            parse_td3(LINE1, &broken, before_expiry()),
            Err(vec![
                MrzCheckDigit {
                    field: DocumentNumber
                },
                MrzCheckDigit { field: Composite }
            ])
        );
    }

    #[test]
    fn all_failing_check_digits_are_reported_together() {
        let mut broken = LINE2.to_owned();
        for index in [9, 19, 27, 42, 43] {
            let wrong = with_wrong_digit(index);
            broken = replace_at(&broken, index, wrong.chars().nth(index).unwrap());
        }
        let errors = parse_td3(LINE1, &broken, before_expiry()).unwrap_err();
        assert_eq!(
            errors,
            [
                DocumentNumber,
                BirthDate,
                ExpiryDate,
                PersonalNumber,
                Composite
            ]
            .map(|field| MrzCheckDigit { field })
            .to_vec()
        );
    }

    #[test]
    fn lower_case_and_surrounding_whitespace_are_accepted() {
        let parsed = parse_td3(
            &format!("  {}\n", LINE1.to_lowercase()),
            &format!("\t{} ", LINE2.to_lowercase()),
            before_expiry(),
        );
        assert_eq!(parsed, parse_td3(LINE1, LINE2, before_expiry()));
        assert!(parsed.is_ok());
    }

    #[test]
    fn wrong_line_lengths_are_reported_per_line() {
        let length = |line| MrzLineLength { line, expected: 44 };
        assert_eq!(
            parse_td3(&LINE1[..43], LINE2, before_expiry()),
            Err(vec![length(1)])
        );
        assert_eq!(
            parse_td3(LINE1, &format!("{LINE2}<"), before_expiry()),
            Err(vec![length(2)])
        );
        assert_eq!(
            parse_td3("", "", before_expiry()),
            Err(vec![length(1), length(2)])
        );
        // Inner whitespace is not removed: it counts and is not an MRZ character.
        assert_eq!(
            parse_td3(
                LINE1,
                &format!("{} {}", &LINE2[..22], &LINE2[22..]),
                before_expiry()
            ),
            Err(vec![length(2), MrzInvalidCharacters { line: 2 }])
        );
    }

    #[test]
    fn characters_outside_the_mrz_set_are_reported_per_line() {
        assert_eq!(
            parse_td3(&replace_at(LINE1, 10, 'É'), LINE2, before_expiry()),
            Err(vec![MrzInvalidCharacters { line: 1 }])
        );
        assert_eq!(
            parse_td3(LINE1, &replace_at(LINE2, 40, '-'), before_expiry()),
            Err(vec![MrzInvalidCharacters { line: 2 }])
        );
        assert_eq!(
            parse_td3(
                &replace_at(LINE1, 43, '«'),
                &replace_at(LINE2, 0, '中'),
                before_expiry()
            ),
            Err(vec![
                MrzInvalidCharacters { line: 1 },
                MrzInvalidCharacters { line: 2 }
            ])
        );
    }

    #[test]
    fn digits_in_the_name_are_invalid_characters_of_line_1() {
        let ocr_error = LINE1.replace("ERIKSSON", "ERIKSS0N");
        assert_eq!(
            parse_td3(&ocr_error, LINE2, before_expiry()),
            Err(vec![MrzInvalidCharacters { line: 1 }])
        );
    }

    #[test]
    fn line_1_must_start_with_p() {
        let id_card = replace_at(LINE1, 0, 'I');
        assert_eq!(
            parse_td3(&id_card, LINE2, before_expiry()),
            Err(vec![MrzNotPassport])
        );
        let diplomatic = replace_at(LINE1, 1, 'D');
        assert!(parse_td3(&diplomatic, LINE2, before_expiry()).is_ok());
    }

    #[test]
    fn germany_is_written_d_filler_filler() {
        let line1 = LINE1.replace("P<UTO", "P<D<<");
        let line2 = LINE2.replace("C36UTO", "C36D<<");
        let td3 = parse_td3(&line1, &line2, before_expiry()).unwrap();
        assert_eq!(
            (td3.issuing_state.as_str(), td3.nationality.as_str()),
            ("D", "D")
        );
    }

    #[test]
    fn unknown_country_codes_are_reported_once_each() {
        let line1 = LINE1.replace("P<UTO", "P<XYZ");
        let line2 = LINE2.replace("C36UTO", "C36QQQ");
        assert_eq!(
            parse_td3(&line1, &line2, before_expiry()),
            Err(vec![
                UnknownCountryCode { code: "XYZ".into() },
                UnknownCountryCode { code: "QQQ".into() }
            ])
        );
        let same = LINE2.replace("C36UTO", "C36XYZ");
        assert_eq!(
            parse_td3(&line1, &same, before_expiry()),
            Err(vec![UnknownCountryCode { code: "XYZ".into() }])
        );
    }

    #[test]
    fn an_all_filler_personal_number_may_have_filler_or_zero_as_its_check() {
        for check in ['<', '0'] {
            let line2 = line2("L898902C3", "UTO", "740812", 'F', "120415", "", Some(check));
            let td3 = parse_td3(LINE1, &line2, before_expiry()).unwrap();
            assert_eq!(td3.personal_number, None, "check {check}");
        }
        // A filler check is wrong for a personal number that is not all filler.
        let line2 = line2(
            "L898902C3",
            "UTO",
            "740812",
            'F',
            "120415",
            "ZE184226B",
            Some('<'),
        );
        assert_eq!(
            parse_td3(LINE1, &line2, before_expiry()),
            Err(vec![MrzCheckDigit {
                field: PersonalNumber
            }])
        );
    }

    #[test]
    fn the_test_helper_rebuilds_the_specimen() {
        assert_eq!(
            line2(
                "L898902C3",
                "UTO",
                "740812",
                'F',
                "120415",
                "ZE184226B",
                None
            ),
            LINE2
        );
    }

    #[test]
    fn sex_is_m_f_or_filler() {
        for (c, sex) in [
            ('M', Sex::Male),
            ('F', Sex::Female),
            ('<', Sex::Unspecified),
        ] {
            let td3 = parse_td3(LINE1, &replace_at(LINE2, 20, c), before_expiry()).unwrap();
            assert_eq!(td3.sex, sex);
        }
        assert_eq!(
            parse_td3(LINE1, &replace_at(LINE2, 20, 'X'), before_expiry()),
            Err(vec![MrzInvalidSex])
        );
    }

    #[test]
    fn dates_that_do_not_exist_are_invalid() {
        let line2 = line2(
            "L898902C3",
            "UTO",
            "741332",
            'F',
            "230229",
            "ZE184226B",
            None,
        );
        assert_eq!(
            parse_td3(LINE1, &line2, before_expiry()),
            Err(vec![
                MrzInvalidDate { field: BirthDate },
                MrzInvalidDate { field: ExpiryDate }
            ])
        );
        // Unknown parts written as filler are not a date either.
        let line2 = line2_with_birth("74<<<<");
        assert_eq!(
            parse_td3(LINE1, &line2, before_expiry()),
            Err(vec![MrzInvalidDate { field: BirthDate }])
        );
    }

    fn line2_with_birth(birth: &str) -> String {
        line2("L898902C3", "UTO", birth, 'F', "120415", "ZE184226B", None)
    }

    #[test]
    fn birth_years_take_the_latest_century_not_after_today() {
        let today = day("2024-06-01");
        assert_eq!(birth_date("991231", today), Some(day("1999-12-31")));
        assert_eq!(birth_date("000229", today), Some(day("2000-02-29")));
        assert_eq!(birth_date("240101", today), Some(day("2024-01-01")));
        assert_eq!(birth_date("240601", today), Some(day("2024-06-01")));
        assert_eq!(birth_date("240602", today), Some(day("1924-06-02")));
        // Across the century boundary.
        assert_eq!(
            birth_date("991231", day("2000-01-01")),
            Some(day("1999-12-31"))
        );
        assert_eq!(
            birth_date("000101", day("2000-01-01")),
            Some(day("2000-01-01"))
        );
        assert_eq!(
            birth_date("000102", day("2000-01-01")),
            Some(day("1900-01-02"))
        );
        assert_eq!(
            birth_date("010101", day("1999-12-31")),
            Some(day("1901-01-01"))
        );
        assert_eq!(birth_date("741301", today), None);
    }

    #[test]
    fn expiry_years_take_the_century_nearest_today() {
        let today = day("2026-03-01");
        assert_eq!(expiry_date("350101", today), Some(day("2035-01-01")));
        assert_eq!(expiry_date("750101", today), Some(day("2075-01-01")));
        assert_eq!(expiry_date("760101", today), Some(day("1976-01-01")));
        assert_eq!(expiry_date("120415", today), Some(day("2012-04-15")));
        // Across the century boundary.
        assert_eq!(
            expiry_date("050101", day("1999-12-31")),
            Some(day("2005-01-01"))
        );
        assert_eq!(
            expiry_date("990101", day("2001-01-01")),
            Some(day("1999-01-01"))
        );
        assert_eq!(
            expiry_date("000229", day("2001-01-01")),
            Some(day("2000-02-29"))
        );
        assert_eq!(
            expiry_date("000229", day("2075-01-01")),
            None,
            "2100 is not a leap year"
        );
    }

    #[test]
    fn a_passport_issued_across_the_century_boundary_parses() {
        let line2 = line2("X1234567", "UTO", "991231", 'M', "050101", "", None);
        let td3 = parse_td3(LINE1, &line2, day("2000-06-01")).unwrap();
        assert_eq!(
            (td3.birth_date, td3.expiry_date),
            (day("1999-12-31"), day("2005-01-01"))
        );
        assert_eq!(td3.document_number, "X1234567");
        assert_eq!(td3.sex, Sex::Male);
    }

    #[test]
    fn names_split_at_the_first_double_filler() {
        let single = format!("{:<<44}", "P<UTOERIKSSON");
        let td3 = parse_td3(&single, LINE2, before_expiry()).unwrap();
        assert_eq!(
            (td3.surname.as_str(), td3.given_names.as_str()),
            ("ERIKSSON", "")
        );
        let compound = format!("{:<<44}", "P<UTOVAN<DER<BERG<<JAN<WILLEM");
        let td3 = parse_td3(&compound, LINE2, before_expiry()).unwrap();
        assert_eq!(td3.name().display(), "VAN DER BERG, JAN WILLEM");
    }

    fn specimen_field(field: MrzField) -> std::ops::Range<usize> {
        match field {
            DocumentNumber => 0..9,
            BirthDate => 13..19,
            ExpiryDate => 21..27,
            _ => unreachable!(),
        }
    }

    proptest! {
        #[test]
        fn any_single_digit_substitution_in_a_checked_field_is_detected(
            field in prop_oneof![Just(DocumentNumber), Just(BirthDate), Just(ExpiryDate)],
            offset in 0usize..9,
            digit in 0u8..10,
        ) {
            let range = specimen_field(field);
            let index = range.start + offset % range.len();
            let old = LINE2.as_bytes()[index];
            let new = b'0' + digit;
            prop_assume!(old.is_ascii_digit() && old != new);
            let errors = parse_td3(LINE1, &replace_at(LINE2, index, char::from(new)), before_expiry()).unwrap_err();
            prop_assert!(errors.contains(&MrzCheckDigit { field }), "{:?}", errors);
            prop_assert!(errors.contains(&MrzCheckDigit { field: Composite }), "{:?}", errors);
        }

        #[test]
        fn parse_td3_never_panics_on_arbitrary_text(line1 in any::<String>(), line2 in any::<String>()) {
            let _ = parse_td3(&line1, &line2, before_expiry());
        }

        #[test]
        fn parse_td3_never_panics_on_near_miss_lines(
            index in 0usize..44,
            c in any::<char>(),
            on_line_2 in any::<bool>(),
            today in (1u16..=9999, 1u8..=12, 1u8..=28),
        ) {
            let today = Date::new(today.0, today.1, today.2).unwrap();
            let (line1, line2) = if on_line_2 {
                (LINE1.to_owned(), replace_at(LINE2, index, c))
            } else {
                (replace_at(LINE1, index, c), LINE2.to_owned())
            };
            let _ = parse_td3(&line1, &line2, today);
        }

        #[test]
        fn check_digit_never_panics_and_is_a_digit(text in any::<String>()) {
            if let Some(digit) = check_digit(&text) {
                prop_assert!(digit < 10);
            }
        }

        #[test]
        fn check_digit_is_defined_for_every_mrz_string(text in "[A-Za-z0-9<]{0,60}") {
            prop_assert!(check_digit(&text).is_some());
        }
    }
}
