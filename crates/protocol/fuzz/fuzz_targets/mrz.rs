//! The MRZ parser must never panic: split the input into two lines and parse them.
#![no_main]

use libfuzzer_sys::fuzz_target;
use protocol::date::Date;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (line1, line2) = text.split_once('\n').unwrap_or((&text, ""));
    let today = Date::new(2026, 11, 27).unwrap();
    let _ = protocol::mrz::parse_td3(line1, line2, today);
    let _ = protocol::mrz::check_digit(line1);
});
