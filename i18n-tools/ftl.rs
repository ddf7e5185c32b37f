//! Reading the locale files, shared by `build.rs` (which generates the typed message ids and
//! the language table) and the locale parity test. Native only; never compiled into the app.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

/// One entry of `locales/languages.json`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageEntry {
    pub id: String,
    /// The language's name in that language.
    pub name: String,
    pub rtl: bool,
}

/// A message or term and the variables its value and attributes use.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct MessageInfo {
    /// `-name` for terms, as in Fluent source.
    pub id: String,
    pub variables: BTreeSet<String>,
}

pub fn locales_dir(manifest_dir: &Path) -> PathBuf {
    manifest_dir.join("locales")
}

/// Reads `languages.json`; English must be present (it is the embedded fallback).
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
        });
    }
    if !out.iter().any(|l| l.id == "en") {
        return Err("languages.json must list en, the embedded fallback".into());
    }
    Ok(out)
}

/// The `.ftl` files of one locale, sorted by name, with their contents.
pub fn locale_files(locales: &Path, lang: &str) -> Result<Vec<(String, String)>, String> {
    let dir = locales.join(lang);
    let mut files = Vec::new();
    for entry in fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|ext| ext == "ftl") {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .ok_or("non-UTF-8 file name")?
                .to_owned();
            let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            files.push((name, text));
        }
    }
    files.sort();
    Ok(files)
}

/// Every message and term in `source`, or the parse errors.
pub fn scan(source: &str) -> Result<Vec<MessageInfo>, Vec<String>> {
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|e| format!("{:?} at bytes {:?}", e.kind, e.pos))
            .collect::<Vec<_>>()
    })?;
    let mut out = Vec::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            ast::Entry::Junk { content } => return Err(vec![format!("junk: {content}")]),
            _ => continue,
        };
        let mut variables = BTreeSet::new();
        if let Some(pattern) = value {
            pattern_vars(pattern, &mut variables);
        }
        for attribute in attributes {
            pattern_vars(&attribute.value, &mut variables);
        }
        out.push(MessageInfo { id, variables });
    }
    Ok(out)
}

fn pattern_vars(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_vars(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for variant in variants {
                pattern_vars(&variant.value, out);
            }
        }
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for positional in &arguments.positional {
                inline_vars(positional, out);
            }
            for named in &arguments.named {
                inline_vars(&named.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

/// FNV-1a, 64 bits: a stable content hash for cache-busting URLs.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
