//! Which language to show: the address's `?lang=`, then the stored choice, then the
//! browser's list, with regional variants falling back to the same primary language.

use super::{LANGUAGES, LanguageDef};

/// Picks the language: the URL's `?lang=`, then the stored choice, then the browser's list.
/// Regional variants fall back to any offered language with the same primary subtag
/// (`zh-TW` reads `zh-CN` rather than English; `ar-EG` reads `ar`).
#[must_use]
pub fn negotiate(
    url: Option<&str>,
    stored: Option<&str>,
    browser: &[String],
) -> &'static LanguageDef {
    let explicit = [url, stored].into_iter().flatten();
    let candidates = explicit.map(str::to_owned).chain(browser.iter().cloned());
    for wanted in candidates {
        if let Some(found) = LanguageDef::by_id(&wanted) {
            return found;
        }
        let primary = wanted.split(['-', '_']).next().unwrap_or_default();
        if let Some(found) = LANGUAGES.iter().find(|l| {
            l.id.split('-')
                .next()
                .is_some_and(|p| p.eq_ignore_ascii_case(primary))
        }) {
            return found;
        }
    }
    LanguageDef::english()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn url_parameter_wins_over_stored_choice_and_browser() {
        assert_eq!(
            negotiate(Some("ar"), Some("zh-CN"), &langs(&["en"])).id,
            "ar"
        );
    }

    #[test]
    fn stored_choice_wins_over_browser_languages() {
        assert_eq!(negotiate(None, Some("zh-CN"), &langs(&["ar"])).id, "zh-CN");
    }

    #[test]
    fn browser_languages_are_tried_in_order_with_regional_fallback() {
        assert_eq!(
            negotiate(None, None, &langs(&["xx", "zh-TW", "en"])).id,
            "zh-CN"
        );
        assert_eq!(negotiate(None, None, &langs(&["ar-EG"])).id, "ar");
        assert_eq!(negotiate(None, None, &langs(&["ZH-cn"])).id, "zh-CN");
    }

    #[test]
    fn unknown_or_missing_preferences_give_english() {
        assert_eq!(
            negotiate(Some("tlh"), Some(""), &langs(&["xx-YY"])).id,
            "en"
        );
        assert_eq!(negotiate(None, None, &[]).id, "en");
    }
}
