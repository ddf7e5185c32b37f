//! The MRZ parser must never panic. Two calls per input: the raw bytes split into two lines
//! (any text), and the bytes mapped onto the MRZ alphabet in two 44-character lines, so the
//! fuzzer reaches the check-digit, date and country-code logic behind the shape checks.
#![no_main]

use libfuzzer_sys::fuzz_target;
use protocol::date::Date;

const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";

fuzz_target!(|data: &[u8]| {
    let today = Date::new(2026, 11, 27).unwrap();
    let text = String::from_utf8_lossy(data);
    let (line1, line2) = text.split_once('\n').unwrap_or((&text, ""));
    let _ = protocol::mrz::parse_td3(line1, line2, today);
    let _ = protocol::mrz::check_digit(line1);

    let mapped: String = data
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .chain(std::iter::repeat('<'))
        .take(88)
        .collect();
    let (first, second) = mapped.split_at(44);
    let _ = protocol::mrz::parse_td3(&format!("P<{}", &first[2..]), second, today);
});
