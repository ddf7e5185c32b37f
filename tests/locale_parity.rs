//! Every locale has exactly the English messages, with the same variables, and parses cleanly.

#[allow(dead_code)] // build.rs uses the rest
#[path = "../i18n-tools/ftl.rs"]
mod ftl;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

/// The languages offered to people (every language but the pseudo-locales), in the order the
/// switcher lists them.
const OFFERED: [&str; 12] = [
    "en", "zh-CN", "ar", "ko", "ja", "ru", "fr", "de", "es", "pt", "vi", "th",
];

/// Each message of a locale: its file, its variables and its selects.
fn messages(lang: &str) -> BTreeMap<String, (String, ftl::MessageInfo)> {
    let locales = ftl::locales_dir(Path::new(env!("CARGO_MANIFEST_DIR")));
    let mut out = BTreeMap::new();
    for (file, text) in ftl::all_files(&locales, lang).unwrap() {
        let scanned = ftl::scan(&text)
            .unwrap_or_else(|errors| panic!("{lang}/{file} does not parse: {errors:?}"));
        for message in scanned {
            let id = message.id.clone();
            let previous = out.insert(id.clone(), (file.clone(), message));
            assert!(previous.is_none(), "{lang}: {id} defined twice");
        }
    }
    out
}

/// (message, variable) for each variable English documents as `#   $name (Number)` in the
/// comment above a message: the ones its selects treat as plurals.
fn number_variables() -> BTreeSet<(String, String)> {
    let locales = ftl::locales_dir(Path::new(env!("CARGO_MANIFEST_DIR")));
    let mut out = BTreeSet::new();
    for (_, text) in ftl::all_files(&locales, "en").unwrap() {
        let mut pending = Vec::new();
        for line in text.lines() {
            if let Some(rest) = line.strip_prefix('#').map(str::trim_start) {
                if let Some((name, kind)) = rest.strip_prefix('$').and_then(|r| r.split_once(' '))
                    && kind.trim_start().starts_with("(Number)")
                {
                    pending.push(name.to_owned());
                }
            } else if let Some((id, _)) = line.split_once(" = ")
                && !line.starts_with(' ')
            {
                for name in pending.drain(..) {
                    out.insert((id.to_owned(), name));
                }
            } else if line.trim().is_empty() {
                pending.clear();
            }
        }
    }
    out
}

/// The CLDR cardinal categories of a language, as Fluent names them, from the same rules the
/// app's Fluent uses (whole numbers and fractions, so Russian's `other` counts).
fn plural_categories(lang: &str) -> BTreeSet<String> {
    let rules = PluralRules::create(
        // By the primary language, as Fluent falls back (`zh-CN` has `zh`'s rules).
        lang.split('-')
            .next()
            .unwrap()
            .parse::<unic_langid::LanguageIdentifier>()
            .unwrap(),
        PluralRuleType::CARDINAL,
    )
    .unwrap_or_else(|e| panic!("{lang}: no plural rules: {e}"));
    let whole = (0..=1000_u32).map(f64::from);
    let fractions = [0.5, 1.5, 2.5, 5.5, 1e6];
    whole
        .chain(fractions)
        .map(|n| match rules.select(n).unwrap() {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_locale_has_every_english_message_with_the_same_variables_in_the_same_file() {
    let locales = ftl::locales_dir(Path::new(env!("CARGO_MANIFEST_DIR")));
    let english = messages("en");
    assert!(
        english.len() > 50,
        "English has only {} messages",
        english.len()
    );
    for language in ftl::read_languages(&locales).unwrap() {
        let other = messages(&language.id);
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !other.contains_key(*id))
            .collect();
        let extra: Vec<_> = other
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", language.id);
        assert!(
            extra.is_empty(),
            "{} has ids English lacks: {extra:?}",
            language.id
        );
        for (id, (file, message)) in &english {
            let (other_file, other_message) = &other[id];
            assert_eq!(file, other_file, "{}: {id} belongs in {file}", language.id);
            assert_eq!(
                message.variables, other_message.variables,
                "{}: {id} uses different variables",
                language.id
            );
        }
    }
}

#[test]
fn the_switcher_offers_twelve_languages_and_the_pseudo_locales_only_for_tests() {
    let locales = ftl::locales_dir(Path::new(env!("CARGO_MANIFEST_DIR")));
    let languages = ftl::read_languages(&locales).unwrap();
    let offered: Vec<&str> = languages
        .iter()
        .filter(|l| !l.pseudo)
        .map(|l| l.id.as_str())
        .collect();
    assert_eq!(offered, OFFERED);
    let pseudo: Vec<&str> = languages
        .iter()
        .filter(|l| l.pseudo)
        .map(|l| l.id.as_str())
        .collect();
    assert_eq!(pseudo, ["en-XA", "ar-XB"]);
    let names: BTreeSet<&str> = languages.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names.len(), languages.len(), "two languages share a name");
}

/// A plural select must give every CLDR category of the language its own words (Russian
/// `one`, `few`, `many` and `other`; Arabic six), and no category the language lacks; a
/// language with only `other` may drop the select. A select on a string keeps English's keys.
#[test]
fn every_select_has_the_languages_plural_categories_or_englishs_keys() {
    let numbers = number_variables();
    let english = messages("en");
    let mut problems = Vec::new();
    for lang in OFFERED {
        let categories = plural_categories(lang);
        for (id, (_, other)) in messages(lang) {
            let Some((_, en)) = english.get(&id) else {
                continue;
            };
            // A plural the language needs where English has none ("1 Monate") is welcome; its
            // categories must still be the language's.
            for (variable, keys) in &other.selects {
                let named: BTreeSet<String> = keys
                    .iter()
                    .filter(|k| k.parse::<f64>().is_err())
                    .cloned()
                    .collect();
                if numbers.contains(&(id.clone(), variable.clone())) && named != categories {
                    problems.push(format!(
                        "{lang}: {id} selects ${variable} on {named:?}, not {categories:?}"
                    ));
                }
            }
            for (variable, en_keys) in &en.selects {
                let selects: Vec<&BTreeSet<String>> = other
                    .selects
                    .iter()
                    .filter(|(v, _)| v == variable)
                    .map(|(_, keys)| keys)
                    .collect();
                if numbers.contains(&(id.clone(), variable.clone())) {
                    if selects.is_empty() && categories.len() > 1 {
                        problems.push(format!("{lang}: {id} needs a plural select on ${variable}"));
                    }
                } else {
                    if selects.is_empty() {
                        problems.push(format!("{lang}: {id} lost its select on ${variable}"));
                    }
                    for keys in selects {
                        if keys != en_keys {
                            problems.push(format!(
                                "{lang}: {id} selects ${variable} on {keys:?}, English on {en_keys:?}"
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The rules are the ones CLDR gives.
    assert_eq!(plural_categories("ru").len(), 4);
    assert_eq!(plural_categories("ar").len(), 6);
    assert_eq!(plural_categories("ja").len(), 1);
}

#[test]
fn the_pseudo_locales_are_english_bracketed_and_about_forty_percent_longer() {
    let english = messages("en");
    let locales = ftl::locales_dir(Path::new(env!("CARGO_MANIFEST_DIR")));
    let chars = |lang: &str| -> usize {
        ftl::all_files(&locales, lang)
            .unwrap()
            .iter()
            .flat_map(|(_, text)| text.lines())
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once(" = ").map(|(_, v)| v.chars().count()))
            .sum()
    };
    for pseudo in ["en-XA", "ar-XB"] {
        let other = messages(pseudo);
        assert_eq!(
            english.keys().collect::<Vec<_>>(),
            other.keys().collect::<Vec<_>>()
        );
        for (id, (_, message)) in &english {
            assert_eq!(message.variables, other[id].1.variables, "{pseudo}: {id}");
        }
    }
    let ratio = chars("en-XA") as f64 / chars("en") as f64;
    assert!(
        (1.3..1.6).contains(&ratio),
        "en-XA is {ratio:.2} times English"
    );
}

#[test]
fn every_listed_language_has_a_folder_and_every_folder_is_listed() {
    let locales = ftl::locales_dir(Path::new(env!("CARGO_MANIFEST_DIR")));
    let listed: Vec<String> = ftl::read_languages(&locales)
        .unwrap()
        .into_iter()
        .filter(|l| !l.pseudo)
        .map(|l| l.id)
        .collect();
    let mut folders: Vec<String> = std::fs::read_dir(&locales)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut sorted = listed.clone();
    sorted.sort();
    assert_eq!(folders, sorted);
    let rtl: Vec<String> = ftl::read_languages(&locales)
        .unwrap()
        .into_iter()
        .filter(|l| l.rtl)
        .map(|l| l.id)
        .collect();
    assert_eq!(rtl, ["ar", "ar-XB"]);
}

#[test]
fn the_scanner_finds_variables_in_selectors_and_attributes_and_rejects_junk() {
    let scanned = ftl::scan(
        "a = { $n ->\n    [one] one { $x }\n   *[other] many\n }\n    .title = { $t }\n-term = T\n",
    )
    .unwrap();
    assert_eq!(scanned[0].id, "a");
    assert_eq!(
        scanned[0].variables.iter().cloned().collect::<Vec<_>>(),
        ["n", "t", "x"]
    );
    assert_eq!(scanned[1].id, "-term");
    assert!(ftl::scan("broken = {").is_err());
}
