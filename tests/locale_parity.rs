//! Every locale has exactly the English messages, with the same variables, and parses cleanly.

#[allow(dead_code)] // build.rs uses the rest
#[path = "../i18n-tools/ftl.rs"]
mod ftl;

use std::collections::BTreeMap;
use std::path::Path;

fn messages(lang: &str) -> BTreeMap<String, (String, std::collections::BTreeSet<String>)> {
    let locales = ftl::locales_dir(Path::new(env!("CARGO_MANIFEST_DIR")));
    let mut out = BTreeMap::new();
    for (file, text) in ftl::all_files(&locales, lang).unwrap() {
        let scanned = ftl::scan(&text)
            .unwrap_or_else(|errors| panic!("{lang}/{file} does not parse: {errors:?}"));
        for message in scanned {
            let previous = out.insert(message.id.clone(), (file.clone(), message.variables));
            assert!(previous.is_none(), "{lang}: {} defined twice", message.id);
        }
    }
    out
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
        for (id, (file, variables)) in &english {
            let (other_file, other_variables) = &other[id];
            assert_eq!(file, other_file, "{}: {id} belongs in {file}", language.id);
            assert_eq!(
                variables, other_variables,
                "{}: {id} uses different variables",
                language.id
            );
        }
    }
}

#[test]
fn every_listed_language_has_a_folder_and_every_folder_is_listed() {
    let locales = ftl::locales_dir(Path::new(env!("CARGO_MANIFEST_DIR")));
    let listed: Vec<String> = ftl::read_languages(&locales)
        .unwrap()
        .into_iter()
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
    assert_eq!(rtl, ["ar"]);
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
