//! Installs whatever the build and the tests need and the machine lacks. Each check is cheap,
//! so every task runs them; only missing or wrong versions are installed.

use crate::proc;

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
pub const TRUNK_VERSION: &str = "0.21.14";
/// Must equal the `wasm-bindgen` pin in Cargo.toml and `[tools]` in Trunk.toml.
pub const WASM_BINDGEN_VERSION: &str = "0.2.130";
pub const CHROMIUM: &str = "/usr/bin/chromium";

/// One independent piece of set-up.
type Job = Box<dyn FnOnce() -> Result<(), String> + Send>;

/// Everything for building and serving; with `browser`, Chromium for the end-to-end suite too.
///
/// The installs are independent, so they run at the same time: compiling trunk spends most
/// of its time on one core, which leaves room for wasm-bindgen-cli, npm, apt and, when any
/// tool had to be compiled (a fresh machine), compiling the app's wasm dependencies. Each
/// prints when it starts and ends, with the time since set-up began.
pub fn ensure_all(browser: bool) -> Result<(), String> {
    let started = std::time::Instant::now();
    ensure_wasm_target()?;
    let trunk_missing = !has_version("trunk", TRUNK_VERSION);
    let bindgen_missing = !has_version("wasm-bindgen", WASM_BINDGEN_VERSION);
    let mut jobs: Vec<(&str, Job)> = Vec::new();
    if trunk_missing {
        jobs.push((
            "trunk",
            Box::new(|| proc::cargo(&["install", "trunk", "--version", TRUNK_VERSION, "--locked"])),
        ));
    }
    if bindgen_missing {
        // Not --locked: its lock file names a crate version the registry mirror lacks.
        jobs.push((
            "wasm-bindgen-cli",
            Box::new(|| {
                proc::cargo(&[
                    "install",
                    "wasm-bindgen-cli",
                    "--version",
                    WASM_BINDGEN_VERSION,
                ])
            }),
        ));
    }
    jobs.push(("npm packages", Box::new(ensure_npm_packages)));
    if browser {
        // One job, so that two apt-get runs never wait on each other's lock. curl: a server
        // test runs the README's development commands with it, as written. python3: an
        // end-to-end test opens the downloaded document package with its `zipfile`, a reader
        // independent of ours; pypdf and icalendar (Debian's, for Debian's python3) open the
        // PDF the app makes from photos and the calendar files it makes from deadlines.
        jobs.push((
            "Chromium, curl, python3, pypdf and icalendar",
            Box::new(|| {
                ensure_chromium()
                    .and_then(|()| ensure_debian_tool("curl", "curl"))
                    .and_then(|()| ensure_debian_tool("python3", "python3"))
                    .and_then(|()| ensure_debian_python_module("pypdf", "python3-pypdf"))
                    .and_then(|()| ensure_debian_python_module("icalendar", "python3-icalendar"))
            }),
        ));
    }
    if trunk_missing || bindgen_missing {
        jobs.push(("the app's wasm dependencies", Box::new(warm_wasm_build)));
    }
    let elapsed = || {
        let seconds = started.elapsed().as_secs();
        format!("{}:{:02}", seconds / 60, seconds % 60)
    };
    let errors: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = jobs
            .into_iter()
            .map(|(name, job)| {
                println!("[set-up {}] {name}: started", elapsed());
                scope.spawn(move || {
                    let result = job();
                    match &result {
                        Ok(()) => println!("[set-up {}] {name}: ready", elapsed()),
                        Err(e) => println!("[set-up {}] {name}: FAILED: {e}", elapsed()),
                    }
                    result.err()
                })
            })
            .collect();
        handles
            .into_iter()
            .filter_map(|h| {
                h.join()
                    .unwrap_or_else(|_| Some("a set-up job panicked".into()))
            })
            .collect()
    });
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.join("; "))
    }
}

/// Compiles what the release build of the app needs (its dependencies for wasm32 with the
/// same profile and features), so `split::build` finds it done.
fn warm_wasm_build() -> Result<(), String> {
    proc::run_quiet(proc::command("cargo").args([
        "build",
        "--locked",
        "--quiet",
        "--profile",
        "wasm-release",
        "--target",
        WASM_TARGET,
        "--lib",
        "--features",
        "split",
    ]))
}

/// cargo-fuzz and a nightly toolchain, for `cargo xtask fuzz` only.
pub fn ensure_cargo_fuzz() -> Result<(), String> {
    let toolchains = proc::output("rustup", &["toolchain", "list"]).unwrap_or_default();
    if !toolchains.lines().any(|line| line.starts_with("nightly")) {
        proc::run(proc::command("rustup").args([
            "toolchain",
            "install",
            "nightly",
            "--profile",
            "minimal",
        ]))?;
    }
    if proc::output("cargo", &["fuzz", "--version"]).is_none() {
        println!("Installing cargo-fuzz");
        proc::cargo(&["install", "cargo-fuzz", "--locked"])?;
    }
    Ok(())
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed = proc::output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|line| line.trim() == WASM_TARGET) {
        return Ok(());
    }
    println!("Installing the {WASM_TARGET} target");
    proc::run(proc::command("rustup").args(["target", "add", WASM_TARGET]))
}

fn has_version(binary: &str, version: &str) -> bool {
    proc::output(binary, &["--version"])
        .unwrap_or_default()
        .split_whitespace()
        .any(|word| word == version)
}

fn ensure_npm_packages() -> Result<(), String> {
    if proc::output("npm", &["--version"]).is_none() {
        if is_root() {
            apt_install(&["nodejs", "npm"])?;
        } else {
            return Err("Node.js and npm are needed: install them (Debian: `sudo apt-get install nodejs npm`)".into());
        }
    }
    let root = proc::root();
    let lock = root.join("package-lock.json");
    let installed = root.join("node_modules/.package-lock.json");
    let stale = match (modified(&lock), modified(&installed)) {
        (Some(lock), Some(installed)) => lock > installed,
        _ => true,
    };
    let binaries_present = ["wasm-opt", "sass", "playwright", "esbuild"]
        .iter()
        .all(|bin| root.join("node_modules/.bin").join(bin).exists());
    if stale || !binaries_present {
        println!("Installing npm packages (wasm-opt, sass, esbuild, Playwright, axe)");
        proc::run(proc::command("npm").args(["ci", "--no-audit", "--no-fund"]))?;
    }
    Ok(())
}

/// A tool from Debian's packages, installed as root when missing.
pub fn ensure_debian_tool(binary: &str, package: &str) -> Result<(), String> {
    if proc::output("which", &[binary]).is_some() {
        return Ok(());
    }
    if !is_root() {
        return Err(format!(
            "{binary} is needed: `sudo apt-get install -y {package}`"
        ));
    }
    apt_install(&[package])
}

/// Debian's Python interpreter, which sees modules installed as Debian packages (a `python3`
/// earlier on the PATH, such as pyenv's, may not).
pub const DEBIAN_PYTHON: &str = "/usr/bin/python3";

/// A Python module importable by [`DEBIAN_PYTHON`], installed from its Debian package if not.
fn ensure_debian_python_module(module: &str, package: &str) -> Result<(), String> {
    if proc::output(DEBIAN_PYTHON, &["-c", &format!("import {module}")]).is_some() {
        return Ok(());
    }
    if !is_root() {
        return Err(format!(
            "Python's {module} is needed: `sudo apt-get install -y {package}`"
        ));
    }
    apt_install(&[package])
}

fn ensure_chromium() -> Result<(), String> {
    if std::path::Path::new(CHROMIUM).exists()
        && proc::output("chromedriver", &["--version"]).is_some()
    {
        return Ok(());
    }
    if !is_root() {
        return Err(format!(
            "Chromium is needed for the end-to-end tests and is not at {CHROMIUM}. \
             Install Debian's packages as root: `sudo apt-get update && sudo apt-get install -y chromium chromium-driver`"
        ));
    }
    apt_install(&["chromium", "chromium-driver"])
}

fn apt_install(packages: &[&str]) -> Result<(), String> {
    println!("Installing Debian packages: {}", packages.join(" "));
    proc::run(proc::command("apt-get").arg("update"))?;
    proc::run(
        proc::command("apt-get")
            .args(["install", "-y"])
            .args(packages)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}

fn is_root() -> bool {
    proc::output("id", &["-u"]).is_some_and(|uid| uid.trim() == "0")
}

fn modified(path: &std::path::Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}
