//! Which language to show: the address's `?lang=`, then the stored choice, then the
//! browser's list, with regional variants falling back to the same primary language.

use super::LanguageDef;

/// Picks the language: the URL's `?lang=`, then the stored choice, then the browser's list.
/// Regional variants fall back to any offered language with the same primary subtag
/// (`zh-TW` reads `zh-CN` rather than English; `ar-EG` reads `ar`). A pseudo-locale is taken
/// only from the URL, and only when `pseudo_allowed`.
#[must_use]
pub fn negotiate(
    url: Option<&str>,
    stored: Option<&str>,
    browser: &[String],
    pseudo_allowed: bool,
) -> &'static LanguageDef {
    if let Some(found) = url
        .and_then(LanguageDef::by_id)
        .filter(|l| l.pseudo && pseudo_allowed)
    {
        return found;
    }
    let explicit = [url, stored].into_iter().flatten();
    let candidates = explicit.map(str::to_owned).chain(browser.iter().cloned());
    for wanted in candidates {
        if let Some(found) = LanguageDef::by_id(&wanted).filter(|l| !l.pseudo) {
            return found;
        }
        let primary = wanted.split(['-', '_']).next().unwrap_or_default();
        if let Some(found) = LanguageDef::offered().find(|l| {
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
            negotiate(Some("ar"), Some("zh-CN"), &langs(&["en"]), false).id,
            "ar"
        );
    }

    #[test]
    fn stored_choice_wins_over_browser_languages() {
        assert_eq!(
            negotiate(None, Some("zh-CN"), &langs(&["ar"]), false).id,
            "zh-CN"
        );
    }

    #[test]
    fn browser_languages_are_tried_in_order_with_regional_fallback() {
        assert_eq!(
            negotiate(None, None, &langs(&["xx", "zh-TW", "en"]), false).id,
            "zh-CN"
        );
        assert_eq!(negotiate(None, None, &langs(&["ar-EG"]), false).id, "ar");
        assert_eq!(negotiate(None, None, &langs(&["ZH-cn"]), false).id, "zh-CN");
    }

    #[test]
    fn a_pseudo_locale_is_chosen_only_from_the_address_and_only_when_allowed() {
        assert_eq!(negotiate(Some("en-XA"), None, &[], true).id, "en-XA");
        assert_eq!(negotiate(Some("ar-xb"), None, &[], true).id, "ar-XB");
        // Not allowed: the address's primary language, never the pseudo-locale.
        assert_eq!(
            negotiate(Some("en-XA"), None, &langs(&["ar"]), false).id,
            "en"
        );
        assert_eq!(negotiate(Some("ar-XB"), None, &[], false).id, "ar");
        // Never from a stored choice or the browser, even where allowed.
        assert_eq!(negotiate(None, Some("en-XA"), &[], true).id, "en");
        assert_eq!(negotiate(None, None, &langs(&["ar-XB"]), true).id, "ar");
    }

    #[test]
    fn unknown_or_missing_preferences_give_english() {
        assert_eq!(
            negotiate(Some("tlh"), Some(""), &langs(&["xx-YY"]), false).id,
            "en"
        );
        assert_eq!(negotiate(None, None, &[], false).id, "en");
    }
}
