//! Numbers, money and dates in the user's language through the browser's `Intl`, which costs
//! nothing in the wasm. Each function has a plain fallback for browsers without `Intl` (and for
//! native unit tests).

use wasm_bindgen::JsValue;

/// Money from integer fen (1/100 yuan), as the locale writes yuan: `¥1,234.56`, `CN¥1,234.56`,
/// `‏١٬٢٣٤٫٥٦ CN¥`.
#[must_use]
pub fn money(fen: u64, locale: &str) -> String {
    intl_money(fen, locale).unwrap_or_else(|| money_fallback(fen))
}

fn intl_money(fen: u64, locale: &str) -> Option<String> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    // Fen fit a double exactly far beyond any salary (2^53).
    let yuan = fen as f64 / 100.0;
    number_format(
        locale,
        &[("style", "currency".into()), ("currency", "CNY".into())],
        yuan,
    )
}

/// Whether the locale writes a decimal comma (`1,5`), as `Intl` formats one and a half; `false`
/// without `Intl`.
#[must_use]
pub fn decimal_comma(locale: &str) -> bool {
    cfg!(target_arch = "wasm32") && number_format(locale, &[], 1.5).is_some_and(|s| s.contains(','))
}

/// Options as a JavaScript object, for `Intl` constructors.
fn options(fields: &[(&str, JsValue)]) -> Option<js_sys::Object> {
    let object = js_sys::Object::new();
    for (key, value) in fields {
        js_sys::Reflect::set(&object, &(*key).into(), value).ok()?;
    }
    Some(object)
}

/// `new Intl.NumberFormat([locale], options).format(value)`. Only in the browser: callers
/// return `None` before building JavaScript values anywhere else.
fn number_format(locale: &str, fields: &[(&str, JsValue)], value: f64) -> Option<String> {
    let locales = js_sys::Array::of1(&JsValue::from_str(locale));
    js_sys::Intl::NumberFormat::new(&locales, &options(fields)?)
        .format()
        .call1(&JsValue::UNDEFINED, &JsValue::from_f64(value))
        .ok()?
        .as_string()
}

/// `¥1,234.56`: what a browser without `Intl` shows.
#[must_use]
pub fn money_fallback(fen: u64) -> String {
    let yuan = fen / 100;
    let digits = yuan.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("¥{grouped}.{:02}", fen % 100)
}

/// Money as plain digits with two decimals, for CSV files: `1234.56`.
#[must_use]
pub fn money_plain(fen: u64) -> String {
    format!("{}.{:02}", fen / 100, fen % 100)
}

/// A year and month as the locale names it ("March 2025", "2025年3月", "مارس ٢٠٢٥").
#[must_use]
pub fn month_name(year: u16, month: u8, locale: &str) -> String {
    date_format(
        year,
        month,
        locale,
        &[("year", "numeric"), ("month", "long")],
    )
    .unwrap_or_else(|| format!("{year}-{month:02}"))
}

/// A month's name alone ("March", "三月", "مارس").
#[must_use]
pub fn month_of_year(month: u8, locale: &str) -> String {
    date_format(2025, month, locale, &[("month", "long")]).unwrap_or_else(|| month.to_string())
}

/// A rate in millionths as a percentage: 160,000 → `16%`, 1,600 → `0.16%`.
#[must_use]
pub fn percent(ppm: u32, locale: &str) -> String {
    intl_percent(ppm, locale).unwrap_or_else(|| percent_fallback(ppm))
}

fn intl_percent(ppm: u32, locale: &str) -> Option<String> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    number_format(
        locale,
        &[
            ("style", "percent".into()),
            ("maximumFractionDigits", JsValue::from_f64(4.0)),
        ],
        f64::from(ppm) / 1_000_000.0,
    )
}

#[must_use]
pub fn percent_fallback(ppm: u32) -> String {
    let whole = ppm / 10_000;
    let fraction = format!("{:04}", ppm % 10_000);
    let fraction = fraction.trim_end_matches('0');
    if fraction.is_empty() {
        format!("{whole}%")
    } else {
        format!("{whole}.{fraction}%")
    }
}

/// A day as the locale writes it in full ("1 March 2027", "2027年3月1日"); ISO without `Intl`.
#[must_use]
pub fn date(day: protocol::date::Date, locale: &str) -> String {
    date_format_on(
        (day.year(), day.month(), day.day()),
        locale,
        &[("year", "numeric"), ("month", "long"), ("day", "numeric")],
    )
    .unwrap_or_else(|| day.to_string())
}

/// A country's name in the locale, from its ISO 3166-1 alpha-2 code (`Intl.DisplayNames`);
/// `None` without `Intl` or for a code the browser cannot name.
#[must_use]
pub fn region_name(alpha2: &str, locale: &str) -> Option<String> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    let locales = js_sys::Array::of1(&JsValue::from_str(locale));
    let names = js_sys::Intl::DisplayNames::new(
        &locales,
        &options(&[("type", "region".into()), ("fallback", "none".into())])?,
    );
    names.of(alpha2).map(String::from)
}

/// Sorts names as the locale orders them (`Intl.Collator`), or by code point without `Intl`.
pub fn sort_names<T>(items: &mut [(T, String)], locale: &str) {
    if !cfg!(target_arch = "wasm32") {
        items.sort_by(|a, b| a.1.cmp(&b.1));
        return;
    }
    let locales = js_sys::Array::of1(&JsValue::from_str(locale));
    let compare = js_sys::Intl::Collator::new(&locales, &js_sys::Object::new()).compare();
    items.sort_by(|a, b| {
        let order = compare
            .call2(
                &JsValue::UNDEFINED,
                &a.1.as_str().into(),
                &b.1.as_str().into(),
            )
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0);
        order.partial_cmp(&0.0).unwrap_or(std::cmp::Ordering::Equal)
    });
}

fn date_format(year: u16, month: u8, locale: &str, fields: &[(&str, &str)]) -> Option<String> {
    date_format_on((year, month, 15), locale, fields)
}

fn date_format_on(
    (year, month, day): (u16, u8, u8),
    locale: &str,
    fields: &[(&str, &str)],
) -> Option<String> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    let fields: Vec<(&str, JsValue)> = fields
        .iter()
        .map(|(key, value)| (*key, JsValue::from_str(value)))
        .chain(std::iter::once(("timeZone", JsValue::from_str("UTC"))))
        // Always the Gregorian calendar, as on Chinese documents and in the date fields: Thai
        // would otherwise count years in the Buddhist era (2569).
        .chain(std::iter::once(("calendar", JsValue::from_str("gregory"))))
        .collect();
    let locales = js_sys::Array::of1(&JsValue::from_str(locale));
    let format = js_sys::Intl::DateTimeFormat::new(&locales, &options(&fields)?).format();
    // Noon UTC, formatted in UTC: the same day whatever the device's time zone.
    let date = js_sys::Date::new(&JsValue::from_str(&format!(
        "{year:04}-{month:02}-{day:02}T12:00:00Z"
    )));
    format.call1(&JsValue::UNDEFINED, &date).ok()?.as_string()
}

/// A value that must read left to right (an ISO date such as `2024-07`) isolated for use inside
/// a sentence of any direction, so right-to-left text cannot reorder its parts.
#[must_use]
pub fn ltr(value: impl std::fmt::Display) -> String {
    format!("\u{2066}{value}\u{2069}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_without_intl_drop_trailing_zeros() {
        assert_eq!(percent_fallback(160_000), "16%");
        assert_eq!(percent_fallback(1_600), "0.16%");
        assert_eq!(percent_fallback(98_000), "9.8%");
        assert_eq!(percent_fallback(5_000), "0.5%");
        assert_eq!(percent_fallback(0), "0%");
    }

    #[test]
    fn money_without_intl_groups_yuan_and_keeps_two_decimals() {
        assert_eq!(money_fallback(0), "¥0.00");
        assert_eq!(money_fallback(5), "¥0.05");
        assert_eq!(money_fallback(123_456), "¥1,234.56");
        assert_eq!(money_fallback(3_667_600), "¥36,676.00");
        assert_eq!(money_fallback(10_000_000_000), "¥100,000,000.00");
        assert_eq!(money(123_456, "en"), "¥1,234.56");
    }

    #[test]
    fn csv_money_is_plain_digits() {
        assert_eq!(money_plain(123_456), "1234.56");
        assert_eq!(money_plain(7), "0.07");
    }

    #[test]
    fn left_to_right_values_are_isolated() {
        assert_eq!(ltr("2024-07"), "\u{2066}2024-07\u{2069}");
    }

    #[test]
    fn months_without_intl_are_iso() {
        assert_eq!(month_name(2025, 3, "en"), "2025-03");
    }
}
