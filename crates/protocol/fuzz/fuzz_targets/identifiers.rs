//! Every identifier parser and checker must never panic on any input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use protocol::date::Date;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let today = Date::new(2026, 11, 27).unwrap();
    let _ = protocol::ids::mod11_2_check_char(&text);
    let _ = protocol::ids::is_valid_mod11_2(&text);
    let _ = protocol::ids::parse_work_permit_number(&text);
    let _ = protocol::ids::parse_social_security_number(&text);
    let _ = protocol::ids::parse_foreign_permanent_resident_id(&text);
    let _ = protocol::ids::parse_resident_id(&text, today);
    let _ = protocol::ids::normalize_china_mobile(&text);
    let _ = protocol::password::check(&text);
    let (pin, id) = text.split_at(text.char_indices().nth(6).map_or(text.len(), |(i, _)| i));
    let _ = protocol::pin::check(pin, id);
    let (surname, given) = text.split_once('\n').unwrap_or((&text, ""));
    let _ = protocol::names::normalize_passport_name(surname, given);
});
