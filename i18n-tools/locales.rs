//! The locale folders: the language list, each locale's files, and the one file per language
//! the app fetches. Shared by `build.rs`, the locale parity test and `xtask` (which names each
//! language's file with the same hash as the app). Native only; std and serde_json, and the
//! pseudo-locales (`pseudo.rs`), which are made from the English files.

use std::fs;
use std::path::{Path, PathBuf};

/// One entry of `locales/languages.json`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageEntry {
    pub id: String,
    /// The language's name in that language.
    pub name: String,
    pub rtl: bool,
    /// A pseudo-locale made from English (`pseudo.rs`): for development and tests only.
    pub pseudo: bool,
}

pub fn locales_dir(manifest_dir: &Path) -> PathBuf {
    manifest_dir.join("locales")
}

/// Reads `languages.json`, then adds the pseudo-locales; English must be present (the
/// fallback language).
pub fn read_languages(locales: &Path) -> Result<Vec<LanguageEntry>, String> {
    let path = locales.join("languages.json");
    let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let list = value.as_array().ok_or("languages.json must be an array")?;
    let mut out = Vec::new();
    for item in list {
        let field = |name: &str| {
            item.get(name)
                .and_then(serde_json::Value::as_str)
                .map(str::to_owned)
                .ok_or_else(|| format!("languages.json: every entry needs a string \"{name}\""))
        };
        let dir = field("dir")?;
        if dir != "ltr" && dir != "rtl" {
            return Err(format!("languages.json: dir must be ltr or rtl, not {dir}"));
        }
        out.push(LanguageEntry {
            id: field("id")?,
            name: field("name")?,
            rtl: dir == "rtl",
            pseudo: false,
        });
    }
    if !out.iter().any(|l| l.id == "en") {
        return Err("languages.json must list en, the fallback language".into());
    }
    out.extend(super::PSEUDO_LOCALES.iter().map(|p| LanguageEntry {
        id: p.id.to_owned(),
        name: p.name.to_owned(),
        rtl: p.rtl,
        pseudo: true,
    }));
    Ok(out)
}

/// The `.ftl` files of a folder, sorted by name, as (file stem, contents).
fn ftl_files(dir: &Path) -> Result<Vec<(String, String)>, String> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|ext| ext == "ftl") {
            let stem = path
                .file_stem()
                .and_then(|n| n.to_str())
                .ok_or("non-UTF-8 file name")?
                .to_owned();
            let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            files.push((stem, text));
        }
    }
    files.sort();
    Ok(files)
}

/// The `.ftl` files of `locales/<lang>/<sub>` (if it exists); a pseudo-locale's are English's,
/// each transformed.
fn language_files(locales: &Path, lang: &str, sub: &str) -> Result<Vec<(String, String)>, String> {
    let pseudo = super::pseudo(lang);
    let dir = locales
        .join(if pseudo.is_some() { "en" } else { lang })
        .join(sub);
    if !dir.exists() {
        return Ok(Vec::new());
    }
    let files = ftl_files(&dir)?;
    let Some(pseudo) = pseudo else {
        return Ok(files);
    };
    files
        .into_iter()
        .map(|(stem, text)| {
            super::transform(&text, pseudo)
                .map(|text| (stem.clone(), text))
                .map_err(|e| format!("{lang}: {stem}: {e}"))
        })
        .collect()
}

/// The `.ftl` files of one locale, sorted by name, with their contents.
pub fn locale_files(locales: &Path, lang: &str) -> Result<Vec<(String, String)>, String> {
    Ok(language_files(locales, lang, "")?
        .into_iter()
        .map(|(stem, text)| (format!("{stem}.ftl"), text))
        .collect())
}

/// A locale's journey files, `locales/<id>/journeys/<journey>.ftl`: messages fetched only when
/// that journey (`src/journeys.rs`, by chunk name) is entered, not with the language's main
/// file. Sorted by journey, as (journey, contents).
pub fn journey_files(locales: &Path, lang: &str) -> Result<Vec<(String, String)>, String> {
    language_files(locales, lang, "journeys")
}

/// Every file of a locale, main and journeys, named relative to `locales/<id>/`
/// (`app.ftl`, `journeys/prepare.ftl`).
pub fn all_files(locales: &Path, lang: &str) -> Result<Vec<(String, String)>, String> {
    let mut files = locale_files(locales, lang)?;
    files.extend(
        journey_files(locales, lang)?
            .into_iter()
            .map(|(journey, text)| (format!("journeys/{journey}.ftl"), text)),
    );
    Ok(files)
}

/// FNV-1a, 64 bits: a stable content hash for cache-busting URLs.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The content hash of a locale's files, the `?v=` of its URL.
pub fn locale_hash(files: &[(String, String)]) -> u64 {
    let mut all = Vec::new();
    for (name, text) in files {
        all.extend_from_slice(name.as_bytes());
        all.push(0);
        all.extend_from_slice(text.as_bytes());
    }
    fnv1a(&all)
}
