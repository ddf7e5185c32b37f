//! `cargo xtask tidy`: the architecture rules that review alone kept missing, checked on the
//! source text (in the spirit of rust-analyzer's tidy). Each rule names the file and says how
//! to fix it. `cargo xtask test` runs it before clippy.
//!
//! 1. Only the browser ports named in ARCHITECTURE.md (the line that starts with
//!    `**Browser ports**`) use `web_sys` or `js_sys`; everything else goes through them.
//! 2. A component never imports from `pages` (components sit below pages).
//! 3. A component that renders markup (has a `view!`) has a style partial of its own:
//!    `style/components/_<name>.scss` (or `style/layout/_<name>.scss`), with `_` in the module
//!    name written `-`.
//! 4. No colour literal (`#abc`, `rgb(`, `hsl(`) in a style file other than the tokens.
//! 5. Every task `xtask/src/main.rs` dispatches is in its help (`TASKS`).
//! 6. Each Fluent id's prefix (the part before the first `-`) lives in one file per locale.
//! 7. `docs/glossary.md` is what `cargo xtask glossary` makes from the locales' terms.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The files the rules read: path relative to the repository root (with `/`) → text.
pub type Tree = BTreeMap<String, String>;

/// Where the colour tokens live: the only style file allowed colour literals.
const TOKENS: &str = "style/settings/_tokens.scss";

/// One broken rule.
#[derive(Debug, PartialEq, Eq)]
pub struct Problem {
    pub rule: &'static str,
    pub path: String,
    pub message: String,
}

pub fn run() -> Result<(), String> {
    let root = crate::proc::root();
    let tree = read(&root)?;
    let mut problems = check(&tree);
    let glossary = crate::glossary::render(&root)?;
    if std::fs::read_to_string(root.join(crate::glossary::PATH)).ok() != Some(glossary) {
        problems.push(Problem {
            rule: "glossary",
            path: crate::glossary::PATH.to_owned(),
            message: "stale: run `cargo xtask glossary` after changing a terms.ftl".to_owned(),
        });
    }
    if problems.is_empty() {
        println!("tidy: {} files, every rule holds", tree.len());
        return Ok(());
    }
    for problem in &problems {
        eprintln!(
            "tidy [{}] {}: {}",
            problem.rule, problem.path, problem.message
        );
    }
    Err(format!("tidy: {} problem(s)", problems.len()))
}

/// Reads the files the rules look at.
fn read(root: &Path) -> Result<Tree, String> {
    let mut tree = Tree::new();
    for (dir, ext) in [("src", "rs"), ("style", "scss"), ("locales", "ftl")] {
        collect(root, &root.join(dir), ext, &mut tree)?;
    }
    for file in ["ARCHITECTURE.md", "xtask/src/main.rs"] {
        let text = std::fs::read_to_string(root.join(file)).map_err(|e| format!("{file}: {e}"))?;
        tree.insert(file.to_owned(), text);
    }
    Ok(tree)
}

fn collect(root: &Path, dir: &Path, ext: &str, tree: &mut Tree) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            collect(root, &path, ext, tree)?;
        } else if path.extension().is_some_and(|e| e == ext) {
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let relative = path.strip_prefix(root).map_err(|e| e.to_string())?;
            tree.insert(relative.to_string_lossy().replace('\\', "/"), text);
        }
    }
    Ok(())
}

/// Every broken rule in `tree`, in rule order.
pub fn check(tree: &Tree) -> Vec<Problem> {
    let mut problems = Vec::new();
    ports(tree, &mut problems);
    components(tree, &mut problems);
    colours(tree, &mut problems);
    tasks(tree, &mut problems);
    fluent_prefixes(tree, &mut problems);
    problems
}

/// The code of a Rust file without its comments (line comments and doc comments), so that a
/// comment naming `web_sys` or `crate::pages` does not count.
fn code(text: &str) -> String {
    text.lines()
        .map(|line| line.split_once("//").map_or(line, |(code, _)| code))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level module of a file under `src/`: `src/pages/card/qr.rs` → `pages`.
fn top_module(path: &str) -> Option<&str> {
    let rest = path.strip_prefix("src/")?;
    let first = rest.split('/').next()?;
    Some(first.strip_suffix(".rs").unwrap_or(first))
}

fn ports(tree: &Tree, problems: &mut Vec<Problem>) {
    let named: BTreeSet<String> = tree
        .get("ARCHITECTURE.md")
        .and_then(|text| text.lines().find(|l| l.starts_with("**Browser ports**")))
        .map(|line| {
            line.split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    if named.is_empty() {
        problems.push(Problem {
            rule: "ports",
            path: "ARCHITECTURE.md".into(),
            message:
                "no line starting with **Browser ports** that names the port modules in backticks"
                    .into(),
        });
    }
    for (path, text) in tree
        .iter()
        .filter(|(p, _)| p.starts_with("src/") && p.ends_with(".rs"))
    {
        let Some(module) = top_module(path) else {
            continue;
        };
        let code = code(text);
        if !named.contains(module) && (code.contains("web_sys") || code.contains("js_sys")) {
            problems.push(Problem {
                rule: "ports",
                path: path.clone(),
                message: format!(
                    "uses web_sys/js_sys directly; go through a browser port ({}), or name `{module}` as a port in ARCHITECTURE.md",
                    named.iter().cloned().collect::<Vec<_>>().join(", ")
                ),
            });
        }
    }
}

fn components(tree: &Tree, problems: &mut Vec<Problem>) {
    for (path, text) in tree
        .iter()
        .filter(|(p, _)| p.starts_with("src/components/"))
    {
        let code = code(text);
        if code.contains("crate::pages") || code.contains("super::super::pages") {
            problems.push(Problem {
                rule: "layers",
                path: path.clone(),
                message: "a component imports from pages; move what it needs below (session, a component) or pass it in".into(),
            });
        }
        let Some(name) = path
            .strip_prefix("src/components/")
            .and_then(|n| n.strip_suffix(".rs"))
            .filter(|n| *n != "mod" && !n.contains('/'))
        else {
            continue;
        };
        let partial = name.replace('_', "-");
        let has_partial = [
            format!("style/components/_{partial}.scss"),
            format!("style/layout/_{partial}.scss"),
        ]
        .iter()
        .any(|p| tree.contains_key(p));
        if code.contains("view!") && !has_partial {
            problems.push(Problem {
                rule: "style-partial",
                path: path.clone(),
                message: format!("renders markup but has no style/components/_{partial}.scss"),
            });
        }
    }
}

/// Whether `text` holds a hex colour (`#abc`, `#aabbcc`, with alpha too) or a colour function.
fn colour_literal(line: &str) -> Option<String> {
    let bytes = line.as_bytes();
    for (at, _) in line.match_indices('#') {
        let digits = bytes[at + 1..]
            .iter()
            .take_while(|b| b.is_ascii_hexdigit())
            .count();
        let ends_word = bytes
            .get(at + 1 + digits)
            .is_none_or(|b| !(b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_'));
        if matches!(digits, 3 | 4 | 6 | 8) && ends_word {
            return Some(line[at..at + 1 + digits].to_owned());
        }
    }
    ["rgb(", "rgba(", "hsl(", "hsla("]
        .iter()
        .find(|f| line.contains(*f))
        .map(|f| (*f).to_owned())
}

fn colours(tree: &Tree, problems: &mut Vec<Problem>) {
    for (path, text) in tree
        .iter()
        .filter(|(p, _)| p.ends_with(".scss") && *p != TOKENS)
    {
        for (number, line) in text.lines().enumerate() {
            let line = line.split_once("//").map_or(line, |(code, _)| code);
            if let Some(literal) = colour_literal(line) {
                problems.push(Problem {
                    rule: "colour-tokens",
                    path: format!("{path}:{}", number + 1),
                    message: format!("colour literal {literal}; add a token to {TOKENS} and use var(--app-color-…)"),
                });
            }
        }
    }
}

fn tasks(tree: &Tree, problems: &mut Vec<Problem>) {
    let Some(main) = tree.get("xtask/src/main.rs") else {
        return;
    };
    let quoted = |text: &str| -> Vec<String> {
        text.split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect()
    };
    let Some((table, _)) = main
        .split_once("const TASKS")
        .and_then(|(_, rest)| rest.split_once("];"))
    else {
        problems.push(Problem {
            rule: "task-help",
            path: "xtask/src/main.rs".into(),
            message: "no `const TASKS` table".into(),
        });
        return;
    };
    // Each entry is `("name", "what it does")`: the first string after each `(`.
    let listed: BTreeSet<String> = table
        .split('(')
        .skip(1)
        .filter_map(|entry| quoted(entry).into_iter().next())
        .collect();
    for line in main.lines().map(str::trim) {
        let Some(pattern) = line
            .strip_prefix("Some(")
            .and_then(|rest| rest.split_once(") =>"))
            .map(|(pattern, _)| pattern)
        else {
            continue;
        };
        for name in quoted(pattern) {
            if !listed.contains(&name) && !matches!(name.as_str(), "help" | "-h" | "--help") {
                problems.push(Problem {
                    rule: "task-help",
                    path: "xtask/src/main.rs".into(),
                    message: format!(
                        "task `{name}` is dispatched but missing from TASKS (the help)"
                    ),
                });
            }
        }
    }
}

fn fluent_prefixes(tree: &Tree, problems: &mut Vec<Problem>) {
    // locale → prefix → files holding ids with that prefix
    let mut owners: BTreeMap<&str, BTreeMap<String, BTreeSet<&str>>> = BTreeMap::new();
    for (path, text) in tree
        .iter()
        .filter(|(p, _)| p.starts_with("locales/") && p.ends_with(".ftl"))
    {
        let mut parts = path.split('/').skip(1);
        let (Some(locale), Some(file)) = (parts.next(), parts.next()) else {
            continue;
        };
        for line in text.lines() {
            let Some((id, _)) = line.split_once('=') else {
                continue;
            };
            let id = id.trim_end();
            let is_id = id.starts_with(|c: char| c.is_ascii_lowercase())
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
            if is_id {
                let prefix = id.split('-').next().unwrap_or(id).to_owned();
                owners
                    .entry(locale)
                    .or_default()
                    .entry(prefix)
                    .or_default()
                    .insert(file);
            }
        }
    }
    for (locale, prefixes) in owners {
        for (prefix, files) in prefixes.into_iter().filter(|(_, f)| f.len() > 1) {
            problems.push(Problem {
                rule: "fluent-files",
                path: format!("locales/{locale}"),
                message: format!(
                    "ids starting `{prefix}-` are in {}; keep each prefix in one file",
                    files.into_iter().collect::<Vec<_>>().join(" and ")
                ),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small tree that keeps every rule.
    fn good() -> Tree {
        [
            ("ARCHITECTURE.md", "# Architecture\n**Browser ports** (the only modules that use web_sys): `browser`, `camera`.\n"),
            ("src/browser.rs", "pub fn now() -> f64 { js_sys::Date::now() }\n"),
            ("src/camera/mod.rs", "pub type Stream = web_sys::MediaStream;\n"),
            ("src/session.rs", "// Not web_sys: through crate::browser.\npub fn x() {}\n"),
            ("src/components/mod.rs", "pub mod copy_button;\npub mod problems;\n"),
            ("src/components/copy_button.rs", "use crate::session;\nfn v() { view! { <button /> } }\n"),
            ("src/components/problems.rs", "pub struct Problems;\n"),
            ("src/components/layout.rs", "fn v() { view! { <main /> } }\n"),
            ("src/pages/card.rs", "use crate::components::copy_button::CopyButton;\n"),
            ("style/settings/_tokens.scss", ":root { --app-color-text: #0b0c0c; }\n"),
            ("style/components/_copy-button.scss", ".app-copy { color: var(--app-color-text); } // not #fff\n"),
            ("style/layout/_layout.scss", ".app-main { display: block; }\n#app { margin: 0; }\n"),
            ("xtask/src/main.rs", "const TASKS: &[(&str, &str)] = &[\n    (\"run\", \"serve\"),\n    (\n        \"test\",\n        \"everything\",\n    ),\n    (\"ci\", \"the same as (test)\"),\n];\nfn main() { match t {\n        None | Some(\"help\" | \"-h\" | \"--help\") => list(),\n        Some(\"run\") => run(),\n        Some(\"test\" | \"ci\") => test(),\n} }\n"),
            ("locales/en/app.ftl", "app-title = Title\napp-lead = { $n ->\n    [one] One\n   *[other] Many\n}\n"),
            ("locales/en/card.ftl", "card-title = Card\n# card-note = a comment\n"),
            ("locales/ar/app.ftl", "app-title = العنوان\n"),
        ]
        .into_iter()
        .map(|(p, t)| (p.to_owned(), t.to_owned()))
        .collect()
    }

    fn rules(tree: &Tree) -> Vec<(&'static str, String)> {
        check(tree).into_iter().map(|p| (p.rule, p.path)).collect()
    }

    fn with(changes: &[(&str, &str)]) -> Tree {
        let mut tree = good();
        for (path, text) in changes {
            tree.insert((*path).to_owned(), (*text).to_owned());
        }
        tree
    }

    #[test]
    fn a_tidy_tree_has_no_problems() {
        assert_eq!(check(&good()), vec![]);
    }

    #[test]
    fn web_sys_outside_a_named_port_is_refused() {
        let tree = with(&[(
            "src/pages/verify.rs",
            "fn f() { let _ = web_sys::window(); }\n",
        )]);
        assert_eq!(rules(&tree), vec![("ports", "src/pages/verify.rs".into())]);
        let tree = with(&[(
            "src/components/layout.rs",
            "fn v() { view! { <main /> } }\nfn now() -> f64 { js_sys::Date::now() }\n",
        )]);
        assert_eq!(
            rules(&tree),
            vec![("ports", "src/components/layout.rs".into())]
        );
        // Without the ARCHITECTURE.md line, the rule itself is broken.
        let tree = with(&[("ARCHITECTURE.md", "# Architecture\n")]);
        assert!(rules(&tree).contains(&("ports", "ARCHITECTURE.md".into())));
    }

    #[test]
    fn a_component_importing_pages_is_refused() {
        let tree = with(&[(
            "src/components/copy_button.rs",
            "use crate::pages::register::state;\nfn v() { view! { <b /> } }\n",
        )]);
        assert_eq!(
            rules(&tree),
            vec![("layers", "src/components/copy_button.rs".into())]
        );
    }

    #[test]
    fn a_component_with_markup_needs_its_own_partial() {
        let mut tree = good();
        tree.remove("style/components/_copy-button.scss");
        assert_eq!(
            rules(&tree),
            vec![("style-partial", "src/components/copy_button.rs".into())]
        );
        // A component without markup (a model) needs none.
        let tree = with(&[(
            "src/components/problems.rs",
            "pub struct Problems; // no view! here\n",
        )]);
        assert_eq!(check(&tree), vec![]);
    }

    #[test]
    fn colour_literals_belong_in_the_tokens() {
        for line in [
            ".a { color: #fff; }",
            ".a { color: #A1B2C3; }",
            ".a { box-shadow: 0 0 0 rgba(0, 0, 0, 0.5); }",
            ".a { color: #ffffff80; }",
        ] {
            let tree = with(&[("style/components/_copy-button.scss", line)]);
            assert_eq!(
                rules(&tree),
                vec![(
                    "colour-tokens",
                    "style/components/_copy-button.scss:1".into()
                )],
                "{line}"
            );
        }
        // Ids, interpolation and comments are not colours.
        for line in [
            "#app-root { margin: 0; }",
            ".a { width: #{$w}; }",
            ".a { margin: 0; } // #fff",
            "#abcde { }",
        ] {
            let tree = with(&[("style/components/_copy-button.scss", line)]);
            assert_eq!(check(&tree), vec![], "{line}");
        }
    }

    #[test]
    fn a_dispatched_task_missing_from_the_help_is_refused() {
        let main = good()["xtask/src/main.rs"].replace(
            "Some(\"run\") => run(),",
            "Some(\"run\") => run(),\n        Some(\"bench-server\") => bench(),",
        );
        let tree = with(&[("xtask/src/main.rs", &main)]);
        let problems = check(&tree);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].rule, "task-help");
        assert!(problems[0].message.contains("bench-server"));
    }

    #[test]
    fn a_fluent_prefix_in_two_files_is_refused() {
        let tree = with(&[(
            "locales/en/app.ftl",
            "app-title = Title\ncard-extra = Stray\n",
        )]);
        let problems = check(&tree);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(
            (problems[0].rule, problems[0].path.as_str()),
            ("fluent-files", "locales/en")
        );
        assert!(problems[0].message.contains("`card-`"));
    }
}
