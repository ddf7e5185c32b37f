//! The project's commands. `cargo xtask` lists them.

mod app;
mod entry_pages;
#[allow(dead_code)] // the parity test and build.rs use the rest
#[path = "../../i18n-tools/ftl.rs"]
mod ftl;
mod glossary;
mod proc;
mod server_checks;
mod size;
mod split;
mod tidy;
mod tools;

use std::process::ExitCode;
use std::time::Instant;

const TASKS: &[(&str, &str)] = &[
    (
        "run",
        "install what is missing, build the release app, serve it with the reference server on http://127.0.0.1:8080",
    ),
    (
        "dev",
        "live reload: trunk serve on :8080 (proxying /api) plus the reference server on :8081",
    ),
    (
        "test",
        "install what is missing, then fmt, tidy, clippy (native, wasm32, split build), unit and integration tests (and the splitter's merge planner), release build, server build, end-to-end suite, size report",
    ),
    ("ci", "exactly what .ci/run runs (the same as test)"),
    (
        "e2e",
        "release build and server build, then only the end-to-end suite (tools must be installed); extra arguments go to Playwright, e.g. `cargo xtask e2e lazy-pages`",
    ),
    (
        "size",
        "sizes of every asset, each journey's chunks and each entry page's first load per language against size-budget.json (fails when over); writes target/size-report.json",
    ),
    ("setup", "only install what is missing"),
    (
        "glossary",
        "write docs/glossary.md: the official terms in every language, from locales/<id>/terms.ftl (tidy checks it is current)",
    ),
    (
        "locale-files",
        "write each language's one file and its journey files, pseudo-locales included, into <dist>/locales (Trunk's post-build hook)",
    ),
    (
        "tidy",
        "architecture rules on the source text: browser ports, layers, style partials, colour tokens, task help, Fluent files (part of test)",
    ),
    (
        "lighthouse",
        "Lighthouse 12.2.3 (mobile) on /, /register and /calculator of the release app: performance, LCP, TBT, console errors (not part of CI)",
    ),
    (
        "bench-server",
        "wrk load figures for a release build of the reference server (not part of CI)",
    ),
    (
        "fuzz-api",
        "schemathesis against the server's OpenAPI document (not part of CI)",
    ),
    (
        "fuzz",
        "fuzz the MRZ and identifier parsers with cargo-fuzz on nightly, 60 s per target (`cargo xtask fuzz 300` for longer)",
    ),
    (
        "bench",
        "benchmark validating a complete registration form natively",
    ),
];

fn main() -> ExitCode {
    let task = std::env::args().nth(1);
    let result = match task.as_deref() {
        None | Some("help" | "-h" | "--help") => {
            list();
            Ok(())
        }
        Some("run") => run(),
        Some("dev") => dev(),
        Some("test" | "ci") => test(),
        Some("e2e") => {
            let filters: Vec<String> = std::env::args().skip(2).collect();
            // The suite runs target/debug/server: build it too, or a server change goes untested.
            app::build_release()
                .and_then(|()| app::build_server())
                .and_then(|()| app::end_to_end(&filters))
        }
        Some("size") => size::report(),
        Some("setup") => tools::ensure_all(true),
        Some("tidy") => tidy::run(),
        Some("glossary") => glossary::write(),
        Some("locale-files") => std::env::args()
            .nth(2)
            .ok_or_else(|| "usage: cargo xtask locale-files <dist folder>".to_owned())
            .and_then(|dist| write_locale_files(std::path::Path::new(&dist))),
        Some("fuzz") => fuzz(std::env::args().nth(2).as_deref().unwrap_or("60")),
        Some("bench-server") => server_checks::bench_server(),
        Some("fuzz-api") => server_checks::fuzz_api(),
        Some("lighthouse") => server_checks::lighthouse(),
        Some("bench") => proc::cargo(&["bench", "--package", "protocol", "--bench", "validate"]),
        Some(other) => {
            list();
            Err(format!("unknown task: {other}"))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn list() {
    println!("cargo xtask <task>\n");
    for (name, what) in TASKS {
        println!("  {name:<12} {what}");
    }
}

fn run() -> Result<(), String> {
    tools::ensure_all(false)?;
    app::build_release()?;
    app::build_server()?;
    app::serve_forever()
}

/// The fuzz crate lives outside the workspace (it needs nightly and sanitizers).
fn fuzz(seconds: &str) -> Result<(), String> {
    let seconds: u32 = seconds
        .parse()
        .map_err(|_| format!("fuzz: seconds must be a number, not {seconds}"))?;
    tools::ensure_cargo_fuzz()?;
    for target in ["mrz", "identifiers"] {
        proc::run(
            proc::command("cargo")
                .current_dir(proc::root().join("crates/protocol"))
                .args([
                    "+nightly",
                    "fuzz",
                    "run",
                    target,
                    "--",
                    &format!("-max_total_time={seconds}"),
                ]),
        )?;
    }
    Ok(())
}

fn dev() -> Result<(), String> {
    tools::ensure_all(false)?;
    app::dev()
}

fn test() -> Result<(), String> {
    let started = Instant::now();
    let mut timings = Vec::new();
    let mut step = |name: &str, f: &dyn Fn() -> Result<(), String>| -> Result<(), String> {
        let begun = Instant::now();
        println!("\n=== {name}");
        let result = f();
        timings.push((
            name.to_owned(),
            begun.elapsed().as_secs_f64(),
            result.is_ok(),
        ));
        result
    };
    let outcome = (|| {
        step("install missing tools", &|| tools::ensure_all(true))?;
        step("cargo fmt --check", &|| {
            proc::cargo(&["fmt", "--all", "--check"])
        })?;
        step("tidy", &tidy::run)?;
        step("clippy (native)", &|| {
            proc::cargo(&[
                "clippy",
                "--workspace",
                "--all-targets",
                "--locked",
                "--",
                "-D",
                "warnings",
            ])
        })?;
        step("clippy (wasm32)", &|| {
            proc::cargo(&[
                "clippy",
                "--package",
                "essc-app",
                "--package",
                "protocol",
                "--target",
                tools::WASM_TARGET,
                "--locked",
                "--",
                "-D",
                "warnings",
            ])
        })?;
        step("clippy (wasm32, split build)", &|| {
            proc::cargo(&[
                "clippy",
                "--package",
                "essc-app",
                "--target",
                tools::WASM_TARGET,
                "--features",
                "split",
                "--locked",
                "--",
                "-D",
                "warnings",
            ])
        })?;
        step("unit and integration tests", &|| {
            proc::cargo(&["test", "--workspace", "--locked"])
        })?;
        // The vendored splitter is outside the workspace; its chunk-merge planner has tests.
        step("the wasm splitter's merge planner", &|| {
            proc::cargo(&[
                "test",
                "--package",
                "wasm_split_cli_support",
                "--lib",
                "--locked",
                "merge_tests",
            ])
        })?;
        step("release build of the app", &app::build_release)?;
        step("reference server build", &app::build_server)?;
        step("end-to-end suite (headless Chromium)", &|| {
            app::end_to_end(&[])
        })?;
        step("size report", &size::report)
    })();
    println!("\n=== timings");
    for (name, seconds, ok) in &timings {
        println!(
            "  {:>7.1} s  {}  {name}",
            seconds,
            if *ok { "ok  " } else { "FAIL" }
        );
    }
    println!("  {:>7.1} s  total", started.elapsed().as_secs_f64());
    outcome
}

/// Each language as one file, `locales/<id>.ftl` (every `.ftl` file of `locales/<id>/`, so the
/// app fetches a language in one request), and each journey's own messages as
/// `locales/<id>/<journey>.ftl`, fetched when the journey is entered; the pseudo-locales are
/// made from English here. Their `?v=` hashes come from the same files (`i18n-tools/`).
fn write_locale_files(dist: &std::path::Path) -> Result<(), String> {
    let locales = ftl::locales_dir(&proc::root());
    let out = dist.join("locales");
    for language in ftl::read_languages(&locales)? {
        let mut joined = String::new();
        for (_, text) in ftl::locale_files(&locales, &language.id)? {
            joined.push_str(&text);
            joined.push('\n');
        }
        let parts = out.join(&language.id);
        std::fs::create_dir_all(&parts).map_err(|e| format!("{}: {e}", parts.display()))?;
        let file = out.join(format!("{}.ftl", language.id));
        std::fs::write(&file, joined).map_err(|e| format!("{}: {e}", file.display()))?;
        for (journey, text) in ftl::journey_files(&locales, &language.id)? {
            let file = parts.join(format!("{journey}.ftl"));
            std::fs::write(&file, text).map_err(|e| format!("{}: {e}", file.display()))?;
        }
    }
    Ok(())
}
