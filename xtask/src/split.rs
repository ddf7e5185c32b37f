//! The release build: Trunk for the HTML, styles and static files; then the app's wasm built
//! with the `split` feature, split into one chunk per journey (`src/journeys.rs`), bound,
//! optimised and minified here, with content-hashed names and subresource integrity.
//!
//! Trunk 0.21 cannot split wasm (it runs cargo → wasm-bindgen → wasm-opt with nothing in
//! between), so this does what cargo-leptos does with the same library,
//! `wasm_split_cli_support`:
//!
//! 1. `cargo rustc --features split … -- -C link-args=--emit-relocs` (the splitter needs the
//!    relocations);
//! 2. split: the main module, one module per journey, and chunks of code that several
//!    journeys share, plus `__wasm_split.js`, which fetches a journey's modules when its first
//!    page is opened;
//! 3. `wasm-bindgen --target web --keep-lld-exports` on the main module;
//! 4. `wasm-opt -Oz` on every module, in parallel;
//! 5. `trunk build --release` of a copy of `index.html` without the `rust` link: HTML, CSS,
//!    icon, copied files and the language files (Trunk.toml's hook) into `dist/`;
//! 6. esbuild minifies the JavaScript (Trunk's minifier gives up on wasm-bindgen's glue);
//! 7. every file gets a content hash in its name and an `integrity` where it is loaded;
//! 8. `index.html` gets the loader: an import map with integrity, preloads, and a module
//!    script that starts the language file and the wasm at the same time.
//!
//! `dist/build-manifest.json` records which files each journey needs, for `cargo xtask size`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use serde_json::json;
use sha2::{Digest as _, Sha256, Sha384};

use crate::{entry_pages, ftl, proc, tools};

/// The app binary, and the base name of its JavaScript and main wasm.
const APP: &str = "essc-app";
/// The name the splitter gives the module that links the chunks.
const LINK_MODULE: &str = "__wasm_split.js";
/// wasm features the Rust 1.95 wasm32 target enables; wasm-opt must keep to them.
const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];
pub const MANIFEST: &str = "build-manifest.json";
/// The most wasm files a first visit to any page may fetch (also in size-budget.json, which the
/// size report and the end-to-end suite check against the build).
const MAX_WASM_FILES: usize = 6;

pub fn build() -> Result<(), String> {
    let root = proc::root();
    let work = root.join("target/split");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    let dist = root.join("dist");

    step("cargo: the app's wasm, ready to split", build_wasm)?;
    let wasm_path = target_dir().join(format!("{}/wasm-release/{APP}.wasm", tools::WASM_TARGET));
    let split = step("splitting the wasm by journey", || split(&wasm_path, &work))?;
    step("wasm-bindgen", || bindgen(&work))?;
    let mut modules = vec![work.join(format!("bindgen/{APP}_bg.wasm"))];
    modules.extend(split.values().flatten().cloned());
    modules.sort();
    modules.dedup();
    step("wasm-opt -Oz, every module", || optimise(&modules))?;
    step("Trunk: HTML, styles, static files and languages", || {
        shell_html(&root, &work)
    })?;
    step("hashing, integrity and the loader", || {
        publish(&root, &work, &dist, &split)
    })?;
    Ok(())
}

fn step<T>(name: &str, f: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    let started = std::time::Instant::now();
    println!("\n--- {name}");
    let result = f();
    println!("--- {name}: {:.1} s", started.elapsed().as_secs_f64());
    result
}

pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| proc::root().join("target"), Into::into)
}

/// Trunk builds a copy of `index.html` without the `rust` link, so it does not build (and
/// optimise) a wasm that would be thrown away. Trunk resolves `href`s from the HTML file's
/// folder, so they are made relative to the copy.
fn shell_html(root: &Path, work: &Path) -> Result<(), String> {
    let source = std::fs::read_to_string(root.join("index.html")).map_err(|e| e.to_string())?;
    let prefix = "../../";
    let mut html = String::new();
    for line in source.lines() {
        if line.contains("data-trunk") && line.contains("rel=\"rust\"") {
            continue;
        }
        if line.contains("data-trunk") {
            html.push_str(&line.replace("href=\"", &format!("href=\"{prefix}")));
        } else {
            html.push_str(line);
        }
        html.push('\n');
    }
    let shell = work.join("index.html");
    std::fs::write(&shell, html).map_err(|e| e.to_string())?;
    proc::run(proc::command("trunk").args([
        "build",
        "--release",
        "--dist",
        "dist",
        &shell.to_string_lossy(),
    ]))
}

fn build_wasm() -> Result<(), String> {
    proc::cargo(&[
        "rustc",
        "--locked",
        "--profile",
        "wasm-release",
        "--target",
        tools::WASM_TARGET,
        "--bin",
        APP,
        "--features",
        "split",
        "--",
        "-C",
        "link-args=--emit-relocs",
    ])
}

/// Journey name → the split modules it needs (its own and the shared chunks), plus the main
/// module under the empty name.
type Split = BTreeMap<String, Vec<PathBuf>>;

fn split(wasm: &Path, work: &Path) -> Result<Split, String> {
    let input = std::fs::read(wasm).map_err(|e| format!("{}: {e}", wasm.display()))?;
    let main_out = work.join("main.wasm");
    let main_module = format!("./{APP}.js");
    let link_name = format!("./{LINK_MODULE}");
    // The journeys of the entry pages (size-budget.json): every visitor of one pays its
    // chunks before the page works, so the merge plan weighs bytes added to them most.
    let entry_splits: Vec<String> = entry_pages::budget(&proc::root())?
        .entry_pages
        .into_iter()
        .map(|page| page.journey)
        .filter(|journey| !journey.is_empty())
        .collect();
    let result = wasm_split_cli_support::transform({
        let mut options = wasm_split_cli_support::Options::new(&input);
        options.entry_splits = entry_splits;
        options.output_dir = work;
        options.main_out_path = &main_out;
        options.main_module = &main_module;
        options.link_name = &link_name;
        // With the journey's own module and the main module, at most MAX_WASM_FILES per page.
        options.max_chunks_per_split = Some(MAX_WASM_FILES - 2);
        options
    })
    .map_err(|e| format!("wasm split: {e:?}"))?;
    let mut journeys = Split::new();
    for (journey, stems) in result.prefetch_map {
        let files = stems
            .iter()
            .map(|stem| work.join(format!("{stem}.wasm")))
            .collect();
        journeys.insert(journey, files);
    }
    println!(
        "{} split modules for {} journeys",
        result.split_modules.len(),
        journeys.len()
    );
    Ok(journeys)
}

fn bindgen(work: &Path) -> Result<(), String> {
    proc::run(proc::command("wasm-bindgen").args([
        "--target",
        "web",
        "--keep-lld-exports",
        "--no-typescript",
        "--out-name",
        APP,
        "--out-dir",
        &work.join("bindgen").to_string_lossy(),
        &work.join("main.wasm").to_string_lossy(),
    ]))
}

/// wasm-opt on two modules at a time (the machine's cores), largest first.
fn optimise(modules: &[PathBuf]) -> Result<(), String> {
    let mut queue: Vec<PathBuf> = modules.to_vec();
    queue.sort_by_key(|path| std::fs::metadata(path).map(|m| m.len()).unwrap_or(0));
    let queue = std::sync::Mutex::new(queue);
    let workers = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| -> Result<(), String> {
                    loop {
                        let next = queue.lock().map_err(|e| e.to_string())?.pop();
                        let Some(module) = next else { return Ok(()) };
                        let path = module.to_string_lossy().into_owned();
                        let mut command = proc::command("wasm-opt");
                        command
                            .args(["-Oz", "--strip-debug", "--strip-producers"])
                            .args(WASM_FEATURES)
                            .args([&path, "-o", &path]);
                        proc::run_quiet(&mut command)?;
                    }
                })
            })
            .collect();
        handles.into_iter().try_for_each(|h| {
            h.join()
                .map_err(|_| "wasm-opt worker panicked".to_owned())?
        })
    })
}

/// `name-<16 hex digits of SHA-256>.ext`, the form the server caches for a year.
fn hashed_name(stem: &str, ext: &str, bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("{stem}-{hex}.{ext}")
}

fn integrity(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn publish(root: &Path, work: &Path, dist: &Path, split: &Split) -> Result<(), String> {
    // Split modules: hashed names, and the link module fetches each with its integrity.
    let mut link = String::from_utf8(read(&work.join(LINK_MODULE))?).map_err(|e| e.to_string())?;
    // Module → its published name and integrity.
    let mut published: BTreeMap<PathBuf, (String, String)> = BTreeMap::new();
    for module in split.values().flatten() {
        if published.contains_key(module) {
            continue;
        }
        let bytes = read(module)?;
        let stem = module
            .file_stem()
            .and_then(|s| s.to_str())
            .ok_or("split module without a name")?;
        let name = hashed_name(stem, "wasm", &bytes);
        let fetch = format!("fetch(new URL(\"./{stem}.wasm\", import.meta.url))");
        if !link.contains(&fetch) {
            return Err(format!(
                "{LINK_MODULE} does not fetch {stem}.wasm as expected; has wasm_split_cli_support changed?"
            ));
        }
        let sri = integrity(&bytes);
        link = link.replace(
            &fetch,
            &format!("fetch(new URL(\"./{name}\", import.meta.url), {{ integrity: \"{sri}\" }})"),
        );
        write(&dist.join(&name), &bytes)?;
        published.insert(module.clone(), (name, sri));
    }

    // The main module and the two JavaScript modules, which import each other: one hash
    // over both names them.
    let main_wasm = read(&work.join(format!("bindgen/{APP}_bg.wasm")))?;
    // `essc-app-<hash>_bg.wasm`, as Trunk names it.
    let main_wasm_name = hashed_name(APP, "wasm", &main_wasm).replace(".wasm", "_bg.wasm");
    write(&dist.join(&main_wasm_name), &main_wasm)?;
    write(&work.join(LINK_MODULE), link.as_bytes())?;
    let glue = minify(&work.join(format!("bindgen/{APP}.js")))?;
    let link = minify(&work.join(LINK_MODULE))?;
    let both: Vec<u8> = [glue.as_bytes(), link.as_bytes()].concat();
    let glue_name = hashed_name(APP, "js", &both);
    let link_name = hashed_name("wasm-split", "js", &both);
    let glue = replace_imports(
        &glue,
        &format!("./{LINK_MODULE}"),
        &format!("./{link_name}"),
    )?;
    let link = replace_imports(&link, &format!("./{APP}.js"), &format!("./{glue_name}"))?;
    write(&dist.join(&glue_name), glue.as_bytes())?;
    write(&dist.join(&link_name), link.as_bytes())?;
    if work.join("bindgen/snippets").exists() {
        return Err("wasm-bindgen wrote snippets/, which this build does not publish yet".into());
    }

    // The loader in index.html.
    let journey_files = |journey: &str| -> Vec<&(String, String)> {
        split
            .get(journey)
            .into_iter()
            .flatten()
            .filter_map(|m| published.get(m))
            .collect()
    };
    let loader = loader_script(
        root,
        &Start {
            glue: &glue_name,
            wasm: &main_wasm_name,
            wasm_integrity: &integrity(&main_wasm),
        },
        &journey_files,
    )?;
    let import_map = json!({
        "integrity": {
            format!("/{glue_name}"): integrity(glue.as_bytes()),
            format!("/{link_name}"): integrity(link.as_bytes()),
        }
    });
    let head = format!(
        "<script type=\"importmap\">{import_map}</script>\
         <link rel=\"modulepreload\" href=\"/{glue_name}\" integrity=\"{}\">\
         <link rel=\"modulepreload\" href=\"/{link_name}\" integrity=\"{}\">\
         <link rel=\"preload\" href=\"/{main_wasm_name}\" as=\"fetch\" type=\"application/wasm\" crossorigin integrity=\"{}\">\
         <script type=\"module\">{loader}</script>",
        integrity(glue.as_bytes()),
        integrity(link.as_bytes()),
        integrity(&main_wasm),
    );
    let index_path = dist.join("index.html");
    let index = String::from_utf8(read(&index_path)?).map_err(|e| e.to_string())?;
    let at = index
        .find("<link")
        .ok_or("dist/index.html has no <link> to put the loader before")?;
    let index = format!("{}{head}{}", &index[..at], &index[at..]);
    write(&index_path, index.as_bytes())?;

    // Which files a first visit to each journey's pages downloads, for `cargo xtask size`.
    let journeys: BTreeMap<&str, Vec<&str>> = split
        .iter()
        .map(|(journey, modules)| {
            (
                journey.as_str(),
                modules
                    .iter()
                    .filter_map(|m| published.get(m).map(|(name, _)| name.as_str()))
                    .collect(),
            )
        })
        .collect();
    // A journey's own messages are fetched by its chunk name: a file named otherwise would
    // never be.
    let locales = ftl::locales_dir(root);
    for language in ftl::read_languages(&locales)? {
        for (part, _) in
            ftl::all_files(&locales, &language.id)?
                .iter()
                .filter_map(|(name, text)| {
                    Some((name.strip_prefix("journeys/")?.strip_suffix(".ftl")?, text))
                })
        {
            if !journeys.contains_key(part) && !PARTS_BY_NAME.contains(&part) {
                return Err(format!(
                    "locales/{}/journeys/{part}.ftl names no journey (the chunks are: {})",
                    language.id,
                    journeys.keys().copied().collect::<Vec<_>>().join(", ")
                ));
            }
        }
    }
    let manifest = json!({
        "html": "index.html",
        "js": [glue_name, link_name],
        "wasm": main_wasm_name,
        "journeys": journeys,
    });
    let text = serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())?;
    write(&dist.join(MANIFEST), text.as_bytes())?;
    service_worker(dist, &[&glue_name, &link_name, &main_wasm_name], &journeys)
}

/// Message files fetched by their own name rather than with a chunk: the kiosk's
/// (`journeys::KIOSK_MESSAGES`).
const PARTS_BY_NAME: &[&str] = &["kiosk"];

/// The journeys whose pages work without the server, kept for an offline start: the
/// calculator, the document preparation, the life events and the help pages.
const OFFLINE_JOURNEYS: &[&str] = &["tools", "prepare", "life", "about"];

/// Writes `dist/sw.js` (from `sw.js`) with the files an offline start needs: the page, the
/// main module and its JavaScript, the styles, the icons and the offline journeys' modules.
/// Its version hashes the page and the list, so every build that changes a file is a new
/// worker.
fn service_worker(
    dist: &Path,
    main: &[&str],
    journeys: &BTreeMap<&str, Vec<&str>>,
) -> Result<(), String> {
    let mut files: Vec<String> = vec![
        "/".into(),
        "/favicon.svg".into(),
        "/manifest.webmanifest".into(),
    ];
    files.extend(main.iter().map(|name| format!("/{name}")));
    let listing = std::fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    for entry in listing.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".css") {
            files.push(format!("/{name}"));
        }
    }
    let icons = std::fs::read_dir(dist.join("icons")).map_err(|e| format!("dist/icons: {e}"))?;
    for entry in icons.flatten() {
        files.push(format!("/icons/{}", entry.file_name().to_string_lossy()));
    }
    for journey in OFFLINE_JOURNEYS {
        let modules = journeys.get(journey).ok_or_else(|| {
            format!("the service worker's offline journey {journey} is not in the build")
        })?;
        files.extend(modules.iter().map(|name| format!("/{name}")));
    }
    files.sort();
    files.dedup();
    let mut digest = Sha256::new();
    digest.update(read(&dist.join("index.html"))?);
    for file in &files {
        digest.update(file.as_bytes());
    }
    let version: String = digest.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let script = include_str!("sw.js")
        .replace("__VERSION__", &serde_json::Value::from(version).to_string())
        .replace("__PRECACHE__", &serde_json::Value::from(files).to_string());
    write(&dist.join("sw.js"), script.as_bytes())
}

/// Points the `import … from "<from>"` statements of minified JavaScript at `to`. Only import
/// specifiers change: the same string is also the wasm's import module name in the glue's
/// imports object, which must stay as it is.
fn replace_imports(text: &str, from: &str, to: &str) -> Result<String, String> {
    let (old, new) = (format!("from\"{from}\""), format!("from\"{to}\""));
    if text.contains(&old) {
        Ok(text.replace(&old, &new))
    } else {
        Err(format!(
            "no `import … from \"{from}\"` in the minified JavaScript"
        ))
    }
}

fn minify(path: &Path) -> Result<String, String> {
    let out = path.with_extension("min.js");
    proc::run_quiet(
        proc::command("esbuild")
            .arg(path)
            .args([
                "--minify",
                "--format=esm",
                "--target=es2022",
                "--log-level=warning",
            ])
            // wasm-bindgen names the split loader once per imported function, as the same key.
            .arg("--log-override:duplicate-object-key=silent")
            .arg(format!("--outfile={}", out.display())),
    )?;
    String::from_utf8(read(&out)?).map_err(|e| e.to_string())
}

/// What the loader starts: the glue module and the main wasm.
struct Start<'a> {
    glue: &'a str,
    wasm: &'a str,
    wasm_integrity: &'a str,
}

/// The module script that starts the app: it picks the language as the app will (the same
/// order as `i18n::negotiate`), paints the entry page's heading and lead in that language,
/// starts that language's file, the wasm and the page's journey at once, and shows the page's
/// own "could not be loaded" message if the wasm cannot be fetched.
fn loader_script<'a>(
    root: &Path,
    start: &Start<'_>,
    journey_files: &dyn Fn(&str) -> Vec<&'a (String, String)>,
) -> Result<String, String> {
    let locales = ftl::locales_dir(root);
    let budget = entry_pages::budget(root)?;
    let mut languages = Vec::new();
    let mut first_paint = serde_json::Map::new();
    // The pseudo-locales are listed too, so the loader starts the same file the app will use
    // where the server allows them; they are never painted first (their messages are not plain
    // lines).
    for language in ftl::read_languages(&locales)? {
        let files = ftl::locale_files(&locales, &language.id)?;
        // The offline journeys' own messages, which the service worker keeps with the
        // language's file (as `LanguageDef::part_url` names them).
        let parts: serde_json::Map<String, serde_json::Value> =
            ftl::journey_files(&locales, &language.id)?
                .into_iter()
                .filter(|(journey, _)| OFFLINE_JOURNEYS.contains(&journey.as_str()))
                .map(|(journey, text)| {
                    let hash = format!("{:016x}", ftl::locale_hash(&[(journey.clone(), text)]));
                    (journey, hash.into())
                })
                .collect();
        if !language.pseudo {
            check_first_paint_words(&language, &files, &budget.entry_pages)?;
        }
        languages.push(json!({
            "id": language.id,
            "hash": format!("{:016x}", ftl::locale_hash(&files)),
            "parts": parts,
            "dir": if language.rtl { "rtl" } else { "ltr" },
            "name": language.name,
            "pseudo": language.pseudo,
        }));
    }
    // The message ids the loader reads from the language's file; the same for every language.
    let mut first_paint_pages = serde_json::Map::new();
    for page in &budget.entry_pages {
        if let Some((heading, lead)) = &page.first_paint {
            first_paint_pages.insert(page.path.clone(), json!([heading, lead]));
        }
    }
    first_paint.insert("header".to_owned(), json!(FIRST_PAINT_HEADER));
    first_paint.insert("pages".to_owned(), first_paint_pages.into());
    // Each entry page's journey files, started with the main wasm so they do not wait for it:
    // `files` once, and each page's indices into it.
    let mut files: Vec<&(String, String)> = Vec::new();
    let mut pages = serde_json::Map::new();
    for page in budget.entry_pages.iter().filter(|p| !p.journey.is_empty()) {
        let found = journey_files(&page.journey);
        if found.is_empty() {
            return Err(format!(
                "size-budget.json: no journey {} in the build",
                page.journey
            ));
        }
        let indices: Vec<usize> = found
            .into_iter()
            .map(|file| {
                files.iter().position(|f| *f == file).unwrap_or_else(|| {
                    files.push(file);
                    files.len() - 1
                })
            })
            .collect();
        pages.insert(page.path.clone(), json!(indices));
    }
    let preloads = json!({ "files": files, "pages": pages });
    let script = include_str!("loader.js")
        .replace(
            "__LANGUAGES__",
            &serde_json::Value::from(languages).to_string(),
        )
        .replace(
            "__FIRST_PAINT__",
            &serde_json::Value::from(first_paint).to_string(),
        )
        .replace("__PRELOADS__", &preloads.to_string())
        .replace("__GLUE__", &format!("/{}", start.glue))
        .replace("__WASM__", &format!("/{}", start.wasm))
        .replace("__WASM_INTEGRITY__", start.wasm_integrity);
    let source = proc::root().join("target/split/loader.js");
    write(&source, script.as_bytes())?;
    Ok(minify(&source)?.trim_end().to_owned())
}

/// The header's words in the first paint: service name, its short form, the sign-in link.
const FIRST_PAINT_HEADER: [&str; 3] = ["service-name", "service-name-short", "header-sign-in"];

/// The loader paints an entry page from its language's file as soon as that arrives (so
/// index.html carries no language's words, and a first load fetches only the active
/// language): it reads each first-paint message as the one line `id = text`. This checks, for
/// every language, that the line gives exactly what Fluent formats, and fails the build
/// otherwise (a placeable, a multi-line value).
fn check_first_paint_words(
    language: &ftl::LanguageEntry,
    files: &[(String, String)],
    entry_pages: &[entry_pages::EntryPage],
) -> Result<(), String> {
    let langid: unic_langid::LanguageIdentifier = language
        .id
        .parse()
        .map_err(|e| format!("{}: {e}", language.id))?;
    let mut bundle = fluent_bundle::FluentBundle::new(vec![langid]);
    for (name, text) in files {
        let resource = fluent_bundle::FluentResource::try_new(text.clone())
            .map_err(|_| format!("locales/{}/{name} does not parse", language.id))?;
        bundle
            .add_resource(resource)
            .map_err(|_| format!("locales/{}/{name} repeats a message id", language.id))?;
    }
    let format = |id: &str| -> Result<String, String> {
        let message = bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(|| format!("locales/{}: no message {id}", language.id))?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(message, None, &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(format!("locales/{}: {id} needs arguments", language.id))
        }
    };
    let joined: String = files.iter().map(|(_, text)| format!("{text}\n")).collect();
    // As loader.js reads it: the rest of the line after `id = `, trimmed.
    let line = |id: &str| {
        joined.lines().find_map(|l| {
            l.strip_prefix(id)
                .and_then(|rest| rest.strip_prefix(" = "))
                .map(str::trim)
        })
    };
    let ids = entry_pages
        .iter()
        .filter_map(|p| p.first_paint.as_ref())
        .flat_map(|(heading, lead)| [heading.as_str(), lead.as_str()])
        .chain(FIRST_PAINT_HEADER);
    for id in ids {
        let formatted = format(id)?;
        if line(id) != Some(formatted.as_str()) {
            return Err(format!(
                "locales/{}: {id} must be one line of plain text, for the first paint (xtask/src/loader.js)",
                language.id
            ));
        }
    }
    Ok(())
}
