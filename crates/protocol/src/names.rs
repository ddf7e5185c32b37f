//! Names as the passport's machine-readable zone writes them: Latin upper case, surname and
//! given names separate. The registration name must match the passport, and name order and
//! spacing mismatches are a known cause of rejections, so the app normalises what the user types
//! and shows the normalised form back.
//!
//! The comparison form is the MRZ spelling with spaces instead of filler: `A`–`Z` and single
//! spaces, no leading or trailing space. Normalising that form again changes nothing.
//!
//! Rules, after ICAO Doc 9303 Part 3:
//! - surrounding whitespace is trimmed and runs of whitespace become one space;
//! - letters are upper-cased and accented Latin letters transliterated by [`TRANSLITERATION`]
//!   (`Ä` → `AE`, `Ø` → `OE`, `ß` → `SS`, `É` → `E`, …); a letter followed by a combining
//!   accent (decomposed input) is treated as the precomposed letter (`U` + `◌̈` → `UE`);
//!   full-width Latin letters (from Chinese and Japanese input methods) count as Latin;
//! - a hyphen separates like a space (the MRZ writes `<`), so `Jean-Luc` → `JEAN LUC`;
//! - apostrophes are dropped, so `O'Brien` → `OBRIEN`;
//! - invisible format characters (zero-width space and joiners, soft hyphen, byte-order mark)
//!   are dropped;
//! - letters of other scripts (Chinese, Cyrillic, Arabic, Greek, …) are refused with
//!   [`ValidationCode::NonLatinScript`]: the user must type the passport's Latin spelling;
//! - anything else (digits, punctuation such as `.` or `,`, symbols, Latin letters with no
//!   transliteration) is refused with [`ValidationCode::InvalidCharacters`]. Marks and
//!   punctuation of another script are not reported separately when the part is already
//!   refused as [`ValidationCode::NonLatinScript`].

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::validation::ValidationCode;

/// A name in the comparison form: surname and given names each `A`–`Z` and single spaces.
///
/// Build it with [`normalize_passport_name`]; a value read from the wire is not checked.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PassportName {
    /// The primary identifier, e.g. `ERIKSSON` or `VAN DER BERG`.
    pub surname: String,
    /// The secondary identifiers separated by single spaces, e.g. `ANNA MARIA`; empty when the
    /// passport has none.
    pub given_names: String,
}

impl PassportName {
    /// `SURNAME, GIVEN NAMES` (`ERIKSSON, ANNA MARIA`), or just the surname when there are no
    /// given names. The form to show back to the user.
    #[must_use]
    pub fn display(&self) -> String {
        if self.given_names.is_empty() {
            self.surname.clone()
        } else {
            format!("{}, {}", self.surname, self.given_names)
        }
    }

    /// The MRZ spelling: `ERIKSSON<<ANNA<MARIA`, or `ERIKSSON` with no given names. Not padded
    /// to the 39-character name field and not truncated to it.
    #[must_use]
    pub fn mrz_form(&self) -> String {
        let surname = self.surname.replace(' ', "<");
        if self.given_names.is_empty() {
            surname
        } else {
            format!("{surname}<<{}", self.given_names.replace(' ', "<"))
        }
    }
}

impl fmt::Display for PassportName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display())
    }
}

/// Accented and special Latin letters and their MRZ spelling, sorted by character (a test checks
/// it). Keys are upper case, except letters that have no single upper-case form (`ß`, `ŉ`,
/// `ǰ`); lower-case input is upper-cased before the lookup, so `ä` finds `Ä`.
///
/// The Latin-1 and Latin Extended-A rows follow the ICAO Doc 9303 Part 3 table of
/// "multinational Latin-based characters": umlauts and ligatures become two letters
/// (`Ä` `AE`, `Å` `AA`, `Æ` `AE`, `Ö` `OE`, `Ø` `OE`, `Ü` `UE`, `Œ` `OE`, `Ĳ` `IJ`, `ß` `SS`,
/// `Þ` `TH`), other accents and strokes are dropped (`É` `E`, `Ç` `C`, `Ñ` `N`, `Ł` `L`,
/// `Đ` `D`). The other rows apply the same rule to letters the ICAO table does not list.
/// Latin letters missing here (IPA letters, African hooked letters, …) are refused as invalid
/// characters rather than guessed.
#[rustfmt::skip]
pub const TRANSLITERATION: &[(char, &str)] = &[
    // Latin-1 Supplement (ICAO)
    ('À', "A"), ('Á', "A"), ('Â', "A"), ('Ã', "A"), ('Ä', "AE"), ('Å', "AA"), ('Æ', "AE"), ('Ç', "C"),
    ('È', "E"), ('É', "E"), ('Ê', "E"), ('Ë', "E"), ('Ì', "I"), ('Í', "I"), ('Î', "I"), ('Ï', "I"),
    ('Ð', "D"), ('Ñ', "N"), ('Ò', "O"), ('Ó', "O"), ('Ô', "O"), ('Õ', "O"), ('Ö', "OE"), ('Ø', "OE"),
    ('Ù', "U"), ('Ú', "U"), ('Û', "U"), ('Ü', "UE"), ('Ý', "Y"), ('Þ', "TH"), ('ß', "SS"),
    // Latin Extended-A (ICAO, plus ŉ: the apostrophe is dropped)
    ('Ā', "A"), ('Ă', "A"), ('Ą', "A"), ('Ć', "C"), ('Ĉ', "C"), ('Ċ', "C"), ('Č', "C"), ('Ď', "D"),
    ('Đ', "D"), ('Ē', "E"), ('Ĕ', "E"), ('Ė', "E"), ('Ę', "E"), ('Ě', "E"), ('Ĝ', "G"), ('Ğ', "G"),
    ('Ġ', "G"), ('Ģ', "G"), ('Ĥ', "H"), ('Ħ', "H"), ('Ĩ', "I"), ('Ī', "I"), ('Ĭ', "I"), ('Į', "I"),
    ('İ', "I"), ('Ĳ', "IJ"), ('Ĵ', "J"), ('Ķ', "K"), ('Ĺ', "L"), ('Ļ', "L"), ('Ľ', "L"), ('Ŀ', "L"),
    ('Ł', "L"), ('Ń', "N"), ('Ņ', "N"), ('Ň', "N"), ('ŉ', "N"), ('Ŋ', "N"), ('Ō', "O"), ('Ŏ', "O"),
    ('Ő', "O"), ('Œ', "OE"), ('Ŕ', "R"), ('Ŗ', "R"), ('Ř', "R"), ('Ś', "S"), ('Ŝ', "S"), ('Ş', "S"),
    ('Š', "S"), ('Ţ', "T"), ('Ť', "T"), ('Ŧ', "T"), ('Ũ', "U"), ('Ū', "U"), ('Ŭ', "U"), ('Ů', "U"),
    ('Ű', "U"), ('Ų', "U"), ('Ŵ', "W"), ('Ŷ', "Y"), ('Ÿ', "Y"), ('Ź', "Z"), ('Ż', "Z"), ('Ž', "Z"),
    // Latin Extended-B: Azerbaijani schwa, Vietnamese horns, Serbo-Croatian digraphs,
    // pinyin carons, Romanian comma below
    ('Ə', "A"), ('Ơ', "O"), ('Ư', "U"), ('Ǆ', "DZ"), ('Ǉ', "LJ"), ('Ǌ', "NJ"), ('Ǎ', "A"), ('Ǐ', "I"),
    ('Ǒ', "O"), ('Ǔ', "U"), ('Ǖ', "UE"), ('Ǘ', "UE"), ('Ǚ', "UE"), ('Ǜ', "UE"), ('Ǧ', "G"), ('Ǩ', "K"),
    ('ǰ', "J"), ('Ǳ', "DZ"), ('Ș', "S"), ('Ț', "T"),
    // Latin Extended Additional: dot-below letters of romanised names, Welsh W, capital sharp s
    ('Ḍ', "D"), ('Ḥ', "H"), ('Ḳ', "K"), ('Ṃ', "M"), ('Ṅ', "N"), ('Ṇ', "N"), ('Ṛ', "R"), ('Ṣ', "S"),
    ('Ṭ', "T"), ('Ẁ', "W"), ('Ẃ', "W"), ('Ẅ', "W"), ('Ẓ', "Z"), ('ẞ', "SS"),
    // Latin Extended Additional: Vietnamese
    ('Ạ', "A"), ('Ả', "A"), ('Ấ', "A"), ('Ầ', "A"), ('Ẩ', "A"), ('Ẫ', "A"), ('Ậ', "A"), ('Ắ', "A"),
    ('Ằ', "A"), ('Ẳ', "A"), ('Ẵ', "A"), ('Ặ', "A"), ('Ẹ', "E"), ('Ẻ', "E"), ('Ẽ', "E"), ('Ế', "E"),
    ('Ề', "E"), ('Ể', "E"), ('Ễ', "E"), ('Ệ', "E"), ('Ỉ', "I"), ('Ị', "I"), ('Ọ', "O"), ('Ỏ', "O"),
    ('Ố', "O"), ('Ồ', "O"), ('Ổ', "O"), ('Ỗ', "O"), ('Ộ', "O"), ('Ớ', "O"), ('Ờ', "O"), ('Ở', "O"),
    ('Ỡ', "O"), ('Ợ', "O"), ('Ụ', "U"), ('Ủ', "U"), ('Ứ', "U"), ('Ừ', "U"), ('Ử', "U"), ('Ữ', "U"),
    ('Ự', "U"), ('Ỳ', "Y"), ('Ỵ', "Y"), ('Ỷ', "Y"), ('Ỹ', "Y"),
];

/// The table's spelling of `c`, looked up as given.
fn table_spelling(c: char) -> Option<&'static str> {
    TRANSLITERATION
        .binary_search_by(|(key, _)| key.cmp(&c))
        .ok()
        .and_then(|index| TRANSLITERATION.get(index))
        .map(|&(_, spelling)| spelling)
}

/// An ASCII or full-width Latin letter as an ASCII upper-case letter. Full-width letters
/// (U+FF21–FF3A, U+FF41–FF5A) sit 0xFEE0 above ASCII.
fn ascii_letter(c: char) -> Option<char> {
    let ascii = match c {
        '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}' => char::from_u32(u32::from(c) - 0xFEE0)?,
        _ => c,
    };
    ascii
        .is_ascii_alphabetic()
        .then(|| ascii.to_ascii_uppercase())
}

/// Appends the MRZ spelling of `c` if it is a Latin letter that has one; false otherwise.
fn push_latin(c: char, out: &mut String) -> bool {
    if let Some(ascii) = ascii_letter(c) {
        out.push(ascii);
        return true;
    }
    if let Some(spelling) = table_spelling(c) {
        out.push_str(spelling);
        return true;
    }
    // Lower case (`ä` → `Ä`, `ı` → `I`, `ſ` → `S`) and ligatures (`ﬁ` → `FI`): the upper-case
    // form, when every character of it has a spelling.
    let upper = c.to_uppercase();
    if upper.clone().eq(std::iter::once(c))
        || !upper
            .clone()
            .all(|u| ascii_letter(u).is_some() || table_spelling(u).is_some())
    {
        return false;
    }
    for u in upper {
        if let Some(ascii) = ascii_letter(u) {
            out.push(ascii);
        } else if let Some(spelling) = table_spelling(u) {
            out.push_str(spelling);
        }
    }
    true
}

/// Characters in the Unicode blocks of the Latin script (letters there are Latin even when
/// they have no transliteration).
fn is_latin_block(c: char) -> bool {
    matches!(c,
        '\u{0000}'..='\u{02AF}'
        | '\u{1D00}'..='\u{1DBF}'
        | '\u{1E00}'..='\u{1EFF}'
        | '\u{2C60}'..='\u{2C7F}'
        | '\u{A720}'..='\u{A7FF}'
        | '\u{AB30}'..='\u{AB6F}'
        | '\u{FB00}'..='\u{FB06}'
        | '\u{FF00}'..='\u{FF5E}'
    )
}

/// Combining diacritical marks: decomposed accents.
fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}'
    )
}

/// Hyphens and dashes people type between name parts.
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2013}' | '\u{FE63}' | '\u{FF0D}')
}

/// Apostrophes and look-alikes, including the Hawaiian ʻokina.
fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '`'
            | '\u{B4}'
            | '\u{2BB}'
            | '\u{2BC}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2032}'
            | '\u{FF07}'
    )
}

/// Invisible format characters that copy and paste brings along.
fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// What came just before a combining mark.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Previous {
    /// Nothing a mark can attach to.
    Nothing,
    /// A Latin letter, with the last letter written for it.
    Latin(char),
    /// A Latin letter that already took its mark.
    LatinMarked,
    /// A letter of another script.
    OtherScript,
}

/// Normalises one part of a name (a surname, or all given names) to the comparison form.
///
/// Returns `Ok("")` for empty or blank input: whether a part is required is the caller's rule
/// (the surname is, given names are not; see [`normalize_passport_name`]). Errors are, each at
/// most once and in this order: [`ValidationCode::NonLatinScript`],
/// [`ValidationCode::InvalidCharacters`]. A form validator can call this per field to attribute
/// errors to the right field.
pub fn normalize_part(input: &str) -> Result<String, Vec<ValidationCode>> {
    let mut out = String::with_capacity(input.len().min(1024));
    let mut non_latin = false;
    let mut invalid = false;
    // Marks, punctuation and symbols outside the Latin blocks: reported only when no letter of
    // another script explains them.
    let mut invalid_foreign = false;
    let mut pending_space = false;
    let mut previous = Previous::Nothing;

    for c in input.chars() {
        if c.is_whitespace() || is_hyphen(c) {
            pending_space = true;
            previous = Previous::Nothing;
            continue;
        }
        if is_ignorable(c) {
            continue;
        }
        if is_apostrophe(c) {
            previous = Previous::Nothing;
            continue;
        }
        if is_combining_mark(c) {
            match previous {
                Previous::Latin(base) => {
                    // U+0308 diaeresis and U+030A ring above as the precomposed letters spell them.
                    match (base, c) {
                        ('A' | 'O' | 'U', '\u{308}') => out.push('E'),
                        ('A', '\u{30A}') => out.push('A'),
                        _ => {}
                    }
                    previous = Previous::LatinMarked;
                }
                Previous::LatinMarked | Previous::OtherScript => {}
                Previous::Nothing => invalid_foreign = true,
            }
            continue;
        }
        let before = out.len();
        if pending_space && !out.is_empty() {
            out.push(' ');
        }
        let separator_len = out.len();
        if push_latin(c, &mut out) {
            pending_space = false;
            previous = out
                .chars()
                .next_back()
                .map_or(Previous::Nothing, Previous::Latin);
            // A letter that spells as several (`Ä` → `AE`) takes no further mark.
            if out.len() - separator_len > 1 {
                previous = Previous::LatinMarked;
            }
            continue;
        }
        out.truncate(before);
        if c.is_alphabetic() && !c.is_numeric() && !is_latin_block(c) {
            non_latin = true;
            previous = Previous::OtherScript;
        } else {
            if c.is_ascii() || is_latin_block(c) || c.is_numeric() || c.is_control() {
                invalid = true;
            } else {
                invalid_foreign = true;
            }
            previous = Previous::Nothing;
        }
    }

    let mut errors = Vec::new();
    if non_latin {
        errors.push(ValidationCode::NonLatinScript);
    }
    if invalid || (invalid_foreign && !non_latin) {
        errors.push(ValidationCode::InvalidCharacters);
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// Normalises a passport name typed as surname and given names.
///
/// The surname is required ([`ValidationCode::Required`] when it is empty after
/// normalisation and has no other error); given names may be empty. Errors of both parts are
/// collected, surname first: each part reports each problem at most once (see
/// [`normalize_part`]), so a code can appear twice, once per part. To know which part a code
/// belongs to, call [`normalize_part`] per field.
pub fn normalize_passport_name(
    surname: &str,
    given: &str,
) -> Result<PassportName, Vec<ValidationCode>> {
    let surname = normalize_part(surname);
    let given = normalize_part(given);
    let mut errors = Vec::new();
    match &surname {
        Ok(text) if text.is_empty() => errors.push(ValidationCode::Required),
        Ok(_) => {}
        Err(codes) => errors.extend(codes.iter().cloned()),
    }
    if let Err(codes) = &given {
        errors.extend(codes.iter().cloned());
    }
    match (surname, given) {
        (Ok(surname), Ok(given_names)) if errors.is_empty() => Ok(PassportName {
            surname,
            given_names,
        }),
        _ => Err(errors),
    }
}

/// Whether two names are the same once normalised: surname with surname, given names with given
/// names (a swapped order is a different name). Values that do not normalise (not passport
/// names) never match.
#[must_use]
pub fn same_person_name(a: &PassportName, b: &PassportName) -> bool {
    let parts = |name: &PassportName| {
        normalize_part(&name.surname)
            .ok()
            .zip(normalize_part(&name.given_names).ok())
    };
    match (parts(a), parts(b)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ValidationCode::{InvalidCharacters, NonLatinScript, Required};
    use proptest::prelude::*;

    fn part(input: &str) -> String {
        normalize_part(input).unwrap()
    }

    #[test]
    fn mixed_case_and_double_spaces_become_the_mrz_form() {
        let name = normalize_passport_name("eriksson", "Anna  Maria").unwrap();
        assert_eq!(name.display(), "ERIKSSON, ANNA MARIA");
        assert_eq!(name.mrz_form(), "ERIKSSON<<ANNA<MARIA");
        assert_eq!(name.surname, "ERIKSSON");
        assert_eq!(name.given_names, "ANNA MARIA");
        assert_eq!(name.to_string(), "ERIKSSON, ANNA MARIA");
    }

    #[test]
    fn surrounding_and_unusual_whitespace_is_trimmed_and_collapsed() {
        assert_eq!(part("  anna \t\n maria  "), "ANNA MARIA");
        assert_eq!(part("anna\u{A0}maria"), "ANNA MARIA");
        assert_eq!(part("anna\u{3000}maria"), "ANNA MARIA");
    }

    #[test]
    fn umlauts_become_two_letters() {
        assert_eq!(part("Müller"), "MUELLER");
        assert_eq!(part("Øster"), "OESTER");
        assert_eq!(part("Ångström"), "AANGSTROEM");
        assert_eq!(part("Bjørn Dæhlie"), "BJOERN DAEHLIE");
        assert_eq!(part("Straße"), "STRASSE");
        assert_eq!(part("STRAẞE"), "STRASSE");
        assert_eq!(part("Þórsson"), "THORSSON");
        assert_eq!(part("Œuvray"), "OEUVRAY");
        assert_eq!(part("Ĳsselmeer"), "IJSSELMEER");
    }

    #[test]
    fn plain_accents_and_strokes_are_dropped() {
        assert_eq!(part("François"), "FRANCOIS");
        assert_eq!(part("José Muñoz"), "JOSE MUNOZ");
        assert_eq!(part("Łukasz Żółć"), "LUKASZ ZOLC");
        assert_eq!(part("Đorđević"), "DORDEVIC");
        assert_eq!(part("Işık İnce"), "ISIK INCE");
        assert_eq!(part("Ștefănescu"), "STEFANESCU");
        assert_eq!(part("Nguyễn Thị Minh Khai"), "NGUYEN THI MINH KHAI");
        assert_eq!(part("Đặng Hữu Phúc"), "DANG HUU PHUC");
        assert_eq!(part("Əliyev"), "ALIYEV");
    }

    #[test]
    fn decomposed_accents_spell_like_precomposed_letters() {
        assert_eq!(part("Mu\u{308}ller"), "MUELLER");
        assert_eq!(part("A\u{30A}sa"), "AASA");
        assert_eq!(part("Jose\u{301}"), "JOSE");
        assert_eq!(part("Nguye\u{302}\u{303}n"), "NGUYEN");
        assert_eq!(normalize_part("\u{301}Jose"), Err(vec![InvalidCharacters]));
    }

    #[test]
    fn full_width_latin_and_ligatures_count_as_latin() {
        assert_eq!(part("ＳＭＩＴＨ ｊｏｈｎ"), "SMITH JOHN");
        assert_eq!(part("ﬁnn"), "FINN");
    }

    #[test]
    fn apostrophes_are_dropped_and_hyphens_separate() {
        assert_eq!(part("O'Brien"), "OBRIEN");
        assert_eq!(part("O’Brien"), "OBRIEN");
        assert_eq!(part("D`Arcy"), "DARCY");
        assert_eq!(part("Jean-Luc"), "JEAN LUC");
        assert_eq!(part("Smith – Jones"), "SMITH JONES");
        assert_eq!(part("-Anna-"), "ANNA");
        assert_eq!(part("Anna\u{200B}Maria\u{FEFF}"), "ANNAMARIA");
    }

    #[test]
    fn chinese_characters_are_a_non_latin_script() {
        assert_eq!(
            normalize_passport_name("张", "伟"),
            Err(vec![NonLatinScript, NonLatinScript])
        );
        assert_eq!(normalize_part("张伟"), Err(vec![NonLatinScript]));
        assert_eq!(
            normalize_part("约翰·史密斯"),
            Err(vec![NonLatinScript, InvalidCharacters])
        );
    }

    #[test]
    fn cyrillic_greek_arabic_and_other_scripts_are_non_latin() {
        for input in [
            "Иван",
            "Νίκος",
            "محمد",
            "김민준",
            "さくら",
            "สมชาย",
            "श्री",
            "Annaβ",
            "Yılmaz Иван",
        ] {
            assert_eq!(normalize_part(input), Err(vec![NonLatinScript]), "{input}");
        }
    }

    #[test]
    fn digits_and_symbols_are_invalid_characters() {
        for input in [
            "Smith2",
            "Smith22!",
            "Smith.",
            "Eriksson, Anna",
            "Anna@",
            "😀",
            "Ⅻ",
            "ʃ",
            "A\u{0}B",
        ] {
            assert_eq!(
                normalize_part(input),
                Err(vec![InvalidCharacters]),
                "{input}"
            );
        }
        assert_eq!(
            normalize_passport_name("Smith2", "Anna"),
            Err(vec![InvalidCharacters])
        );
    }

    #[test]
    fn non_latin_and_invalid_characters_are_both_reported_once_per_part() {
        assert_eq!(
            normalize_part("Иван2 Петр3"),
            Err(vec![NonLatinScript, InvalidCharacters])
        );
        assert_eq!(
            normalize_passport_name("Иван2", "Smith2 Jones3"),
            Err(vec![NonLatinScript, InvalidCharacters, InvalidCharacters])
        );
    }

    #[test]
    fn empty_surname_is_required() {
        assert_eq!(normalize_passport_name("", "Anna"), Err(vec![Required]));
        assert_eq!(normalize_passport_name("   ", "Anna"), Err(vec![Required]));
        assert_eq!(normalize_passport_name("'-'", ""), Err(vec![Required]));
        assert_eq!(
            normalize_passport_name("", "Иван"),
            Err(vec![Required, NonLatinScript])
        );
        // A surname with invalid characters is not also reported as missing.
        assert_eq!(
            normalize_passport_name("123", ""),
            Err(vec![InvalidCharacters])
        );
    }

    #[test]
    fn given_names_may_be_empty() {
        let name = normalize_passport_name("Eriksson", "  ").unwrap();
        assert_eq!(name.given_names, "");
        assert_eq!(name.display(), "ERIKSSON");
        assert_eq!(name.mrz_form(), "ERIKSSON");
        assert_eq!(normalize_part(""), Ok(String::new()));
    }

    #[test]
    fn multi_word_surnames_use_filler_in_the_mrz_form() {
        let name = normalize_passport_name("van der Berg", "Jan-Willem").unwrap();
        assert_eq!(name.display(), "VAN DER BERG, JAN WILLEM");
        assert_eq!(name.mrz_form(), "VAN<DER<BERG<<JAN<WILLEM");
    }

    #[test]
    fn same_person_name_compares_normalised_parts_in_order() {
        let typed = normalize_passport_name("Eriksson", "anna maria").unwrap();
        let from_wire = PassportName {
            surname: " eriksson".into(),
            given_names: "Anna  Maria".into(),
        };
        let mrz = PassportName {
            surname: "ERIKSSON".into(),
            given_names: "ANNA MARIA".into(),
        };
        assert!(same_person_name(&typed, &mrz));
        assert!(same_person_name(&from_wire, &mrz));
        let swapped = PassportName {
            surname: "ANNA MARIA".into(),
            given_names: "ERIKSSON".into(),
        };
        assert!(!same_person_name(&typed, &swapped));
        let other = PassportName {
            surname: "ERIKSSON".into(),
            given_names: "ANNA".into(),
        };
        assert!(!same_person_name(&typed, &other));
        let invalid = PassportName {
            surname: "Иван".into(),
            given_names: String::new(),
        };
        assert!(!same_person_name(&invalid, &invalid));
    }

    #[test]
    fn wire_form_is_camel_case() {
        let name = normalize_passport_name("Eriksson", "Anna Maria").unwrap();
        assert_eq!(
            serde_json::to_string(&name).unwrap(),
            r#"{"surname":"ERIKSSON","givenNames":"ANNA MARIA"}"#
        );
    }

    #[test]
    fn transliteration_table_is_sorted_unique_and_spells_a_to_z() {
        for pair in TRANSLITERATION.windows(2) {
            assert!(
                pair[0].0 < pair[1].0,
                "{:?} must sort before {:?}",
                pair[0].0,
                pair[1].0
            );
        }
        for &(key, spelling) in TRANSLITERATION {
            assert!(
                !spelling.is_empty() && spelling.bytes().all(|b| b.is_ascii_uppercase()),
                "{key}"
            );
            let single_upper: Vec<char> = key.to_uppercase().collect();
            assert!(
                single_upper == [key] || single_upper.len() > 1,
                "{key} must be the upper-case form"
            );
            // The lower-case letter spells the same.
            let lower: String = key.to_lowercase().collect();
            assert_eq!(
                normalize_part(&lower),
                Ok(spelling.to_owned()),
                "{key} {lower}"
            );
        }
    }

    #[test]
    fn every_latin_1_letter_has_a_spelling() {
        for c in ('\u{C0}'..='\u{FF}').filter(|c| c.is_alphabetic()) {
            assert!(normalize_part(&c.to_string()).is_ok(), "{c}");
        }
        assert_eq!(normalize_part("×÷"), Err(vec![InvalidCharacters]));
    }

    fn latin_name() -> impl Strategy<Value = String> {
        "[a-zA-Z äöüÄÖÜßéèçñøåæœłđþĳŉǰẞễ'’\u{308}\u{301}\t-]{0,40}"
    }

    proptest! {
        #[test]
        fn normalising_twice_changes_nothing(input in prop_oneof![latin_name(), any::<String>()]) {
            if let Ok(once) = normalize_part(&input) {
                prop_assert_eq!(normalize_part(&once), Ok(once.clone()));
                prop_assert!(once.bytes().all(|b| b.is_ascii_uppercase() || b == b' '));
                prop_assert!(!once.starts_with(' ') && !once.ends_with(' ') && !once.contains("  "));
            }
        }

        #[test]
        fn normalising_a_whole_name_twice_changes_nothing(surname in latin_name(), given in latin_name()) {
            if let Ok(once) = normalize_passport_name(&surname, &given) {
                let twice = normalize_passport_name(&once.surname, &once.given_names);
                prop_assert_eq!(twice, Ok(once));
            }
        }

        #[test]
        fn normalisation_never_panics(surname in any::<String>(), given in any::<String>()) {
            let _ = normalize_passport_name(&surname, &given);
            let _ = normalize_part(&surname);
        }
    }
}
