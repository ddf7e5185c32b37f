//! On-demand checks against a running reference server: `bench-server` (wrk load figures),
//! `fuzz-api` (schemathesis property-based tests from the OpenAPI document) and `lighthouse`
//! (Lighthouse's mobile audit of the release app). None is part of CI; each starts the server
//! on a free port with a throwaway database and stops it afterwards.

use std::process::{Child, Command};
use std::time::{Duration, Instant};

use crate::{proc, tools};

struct Server {
    child: Child,
    base: String,
    _dir: std::path::PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_release_server(extra: &[&str]) -> Result<Server, String> {
    proc::cargo(&["build", "--release", "--package", "server", "--locked"])?;
    start_server(&proc::root().join("target/release/server"), extra)
}

fn start_server(binary: &std::path::Path, extra: &[&str]) -> Result<Server, String> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| e.to_string())?
        .port();
    let dir = proc::root().join("target/server-checks");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let addr = format!("127.0.0.1:{port}");
    let db = dir.join("essc.sqlite");
    let child = proc::command(&binary.to_string_lossy())
        .args([
            "--addr",
            &addr,
            "--db",
            &db.to_string_lossy(),
            "--dist",
            "dist",
            "--demo",
        ])
        .args(extra)
        .env("RUST_LOG", "warn")
        .spawn()
        .map_err(|e| format!("starting the server: {e}"))?;
    let server = Server {
        child,
        base: format!("http://{addr}"),
        _dir: dir,
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if curl(&["-sf", &format!("{}/api/health", server.base)]).is_ok() {
            return Ok(server);
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    Err("the server did not answer /api/health within 30 s".into())
}

fn curl(args: &[&str]) -> Result<String, String> {
    let output = Command::new("curl")
        .args(args)
        .output()
        .map_err(|e| format!("curl: {e}"))?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        Err(format!("curl {args:?} failed"))
    }
}

fn json_post(
    base: &str,
    path: &str,
    body: &str,
    cookie: Option<&str>,
) -> Result<(String, String), String> {
    let url = format!("{base}{path}");
    let mut args = vec![
        "-s",
        "-D",
        "-",
        "-X",
        "POST",
        "-H",
        "content-type: application/json",
        "-H",
        "x-essc-client: app",
        "--data",
        body,
        &url,
    ];
    let cookie_header;
    if let Some(cookie) = cookie {
        cookie_header = format!("cookie: {cookie}");
        args.extend(["-H", &cookie_header]);
    }
    let out = curl(&args)?;
    let (head, body) = out.split_once("\r\n\r\n").unwrap_or((&out, ""));
    let cookie = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase().starts_with("set-cookie:").then(|| {
                l.split_once(':')
                    .map(|(_, v)| v.trim().split(';').next().unwrap_or("").to_owned())
            })
        })
        .flatten()
        .unwrap_or_default();
    Ok((cookie, body.to_owned()))
}

/// `cargo xtask bench-server`: req/s, p50 and p99 for the card, QR verification and health.
pub fn bench_server() -> Result<(), String> {
    tools::ensure_debian_tool("wrk", "wrk")?;
    let server = start_release_server(&["--unlimited"])?;
    let login = r#"{"identifierKind":"work-permit-number","identifier":"310000201900047735","password":"Shanghai-2026"}"#;
    let (cookie, _) = json_post(&server.base, protocol::paths::SESSION, login, None)?;
    if cookie.is_empty() {
        return Err("sign-in of the demo account failed".into());
    }
    let dir = proc::root().join("target/server-checks");
    let mut results = Vec::new();
    for (name, path, script) in [
        ("GET /api/v1/card (signed in)", protocol::paths::CARD, None),
        (
            "POST /api/v1/qr/verify (genuine token)",
            protocol::paths::QR_VERIFY,
            Some(()),
        ),
        ("GET /api/health", protocol::paths::HEALTH, None),
    ] {
        let mut args = vec![
            "-t2".to_owned(),
            "-c32".to_owned(),
            "-d10s".to_owned(),
            "--latency".to_owned(),
        ];
        if script.is_some() {
            let (_, token) = json_post(
                &server.base,
                protocol::paths::CARD_QR_TOKEN,
                r#"{"purpose":"work-permit"}"#,
                Some(&cookie),
            )?;
            let token: serde_json::Value =
                serde_json::from_str(&token).map_err(|e| format!("QR token: {e}"))?;
            let body = serde_json::json!({"token": token["token"]}).to_string();
            let lua = format!(
                "wrk.method = \"POST\"\nwrk.body = '{body}'\nwrk.headers[\"Content-Type\"] = \"application/json\"\nwrk.headers[\"x-essc-client\"] = \"app\"\n"
            );
            let script_path = dir.join("post.lua");
            std::fs::write(&script_path, lua).map_err(|e| e.to_string())?;
            args.extend(["-s".to_owned(), script_path.to_string_lossy().into_owned()]);
        } else {
            args.extend(["-H".to_owned(), format!("Cookie: {cookie}")]);
        }
        args.push(format!("{}{path}", server.base));
        println!("> wrk {}", args.join(" "));
        let output = Command::new("wrk")
            .args(&args)
            .output()
            .map_err(|e| format!("wrk: {e}"))?;
        let text = String::from_utf8_lossy(&output.stdout).into_owned();
        println!("{text}");
        let field = |label: &str| {
            text.lines()
                .find(|l| l.trim_start().starts_with(label))
                .and_then(|l| l.split_whitespace().nth(1))
                .unwrap_or("?")
                .to_owned()
        };
        let non_2xx = text
            .lines()
            .find(|l| l.contains("Non-2xx"))
            .map_or("0".to_owned(), |l| {
                l.split(':').nth(1).unwrap_or("?").trim().to_owned()
            });
        results.push((
            name,
            field("Requests/sec:"),
            field("50%"),
            field("99%"),
            non_2xx,
        ));
    }
    println!(
        "\n{:<42} {:>12} {:>10} {:>10} {:>8}",
        "endpoint", "req/s", "p50", "p99", "non-2xx"
    );
    for (name, rps, p50, p99, errors) in &results {
        println!("{name:<42} {rps:>12} {p50:>10} {p99:>10} {errors:>8}");
    }
    drop(server);
    Ok(())
}

/// `cargo xtask fuzz-api`: schemathesis generates requests from /api/openapi.json and fails
/// on any 5xx or response that does not match the schema.
pub fn fuzz_api() -> Result<(), String> {
    if Command::new("schemathesis")
        .arg("--version")
        .output()
        .is_err()
    {
        proc::run(proc::command("python3").args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "schemathesis",
        ]))?;
    }
    let server = start_release_server(&["--unlimited"])?;
    // Signed in as the demo holder, so the card, payment and QR operations are reached too;
    // sign-out is left out so the session survives the run.
    let login = r#"{"identifierKind":"work-permit-number","identifier":"310000201900047735","password":"Shanghai-2026"}"#;
    let (cookie, _) = json_post(&server.base, protocol::paths::SESSION, login, None)?;
    let result = proc::run(
        proc::command("schemathesis")
            .args([
                "run",
                &format!("{}{}", server.base, protocol::paths::OPENAPI),
            ])
            .args([
                "--checks",
                "not_a_server_error",
                "--max-examples",
                "50",
                "--seed",
                "1",
            ])
            .args([
                "--header",
                "x-essc-client: app",
                "--header",
                &format!("Cookie: {cookie}"),
            ])
            .args(["--exclude-method", "DELETE"]),
    );
    drop(server);
    result
}

/// Lighthouse 12.2.3 (installed on first use into target/lighthouse, not part of the npm set
/// CI installs), mobile profile, against the release app on the reference server: the
/// performance score, LCP, TBT, CLS and console errors of the public entry pages: two runs with
/// simulated throttling and one with devtools throttling each.
/// Installs Lighthouse `version` under `target/<folder>` (once) and returns its command.
fn lighthouse_bin(folder: &str, version: &str) -> Result<std::path::PathBuf, String> {
    let dir = proc::root().join("target").join(folder);
    let bin = dir.join("node_modules/.bin/lighthouse");
    let installed = proc::output(&bin.to_string_lossy(), &["--version"]).unwrap_or_default();
    if installed.trim() != version {
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        proc::run(proc::command("npm").args([
            "install",
            "--no-audit",
            "--no-fund",
            "--prefix",
            &dir.to_string_lossy(),
            "-E",
            &format!("lighthouse@{version}"),
        ]))?;
    }
    Ok(bin)
}

/// Runs Lighthouse on `url` in headless Chromium with `options`, and reads its JSON report
/// (written to `out`). Lighthouse now and then fails to record a trace (NO_NAVSTART): once
/// more then.
fn run_lighthouse(
    bin: &std::path::Path,
    url: &str,
    out: &std::path::Path,
    options: &[&str],
) -> Result<serde_json::Value, String> {
    const CHROME_FLAGS: &str = "--chrome-flags=--headless=new --no-sandbox --disable-gpu \
        --disable-quic --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync";
    let output = format!("--output-path={}", out.display());
    let run = || {
        proc::run_quiet(
            proc::command(&bin.to_string_lossy())
                .args([url, "--quiet", "--output=json", &output, CHROME_FLAGS])
                .args(options)
                .env("CHROME_PATH", tools::CHROMIUM),
        )
    };
    run().or_else(|_| run())?;
    let text = std::fs::read_to_string(out).map_err(|e| e.to_string())?;
    serde_json::from_str(&text).map_err(|e| e.to_string())
}

pub fn lighthouse() -> Result<(), String> {
    const VERSION: &str = "12.2.3";
    // Lighthouse 12 dropped the installable-app audits; 11 still has them.
    const PWA_VERSION: &str = "11.7.1";
    const PAGES: &[&str] = &["/", "/register", "/calculator"];
    let root = proc::root();
    let dir = root.join("target/lighthouse");
    let bin = lighthouse_bin("lighthouse", VERSION)?;
    let pwa_bin = lighthouse_bin("lighthouse-pwa", PWA_VERSION)?;
    tools::ensure_all(true)?;
    crate::app::build_release()?;
    crate::app::build_server()?;
    let server = start_server(&crate::app::server_binary(), &[])?;
    println!(
        "\n{:<14} {:<10} {:>11} {:>9} {:>9} {:>6} {:>15}",
        "page", "throttling", "performance", "LCP ms", "TBT ms", "CLS", "console errors"
    );
    // Lighthouse's default simulates a slow phone from an unthrottled load, and counts every
    // request that finished before the largest paint as holding it up (on this machine the
    // wasm finishes before the first paint); `devtools` really throttles the load.
    for page in PAGES {
        for method in ["simulate", "simulate", "devtools"] {
            let url = format!("{}{page}", server.base);
            let report = run_lighthouse(
                &bin,
                &url,
                &dir.join("report.json"),
                &[
                    "--only-categories=performance,best-practices",
                    &format!("--throttling-method={method}"),
                ],
            )?;
            let audit = |id: &str| {
                report["audits"][id]["numericValue"]
                    .as_f64()
                    .unwrap_or(f64::NAN)
            };
            let errors = report["audits"]["errors-in-console"]["details"]["items"]
                .as_array()
                .map_or(0, Vec::len);
            println!(
                "{page:<14} {method:<10} {:>11.2} {:>9.0} {:>9.0} {:>6.3} {errors:>15}",
                report["categories"]["performance"]["score"]
                    .as_f64()
                    .unwrap_or(f64::NAN),
                audit("largest-contentful-paint"),
                audit("total-blocking-time"),
                audit("cumulative-layout-shift"),
            );
        }
    }
    // Installable on a phone: the manifest, its icons and the service worker, on `/`.
    let report = run_lighthouse(
        &pwa_bin,
        &format!("{}/", server.base),
        &dir.join("pwa.json"),
        &["--only-categories=pwa", "--form-factor=mobile"],
    )?;
    println!("\nLighthouse {PWA_VERSION}, mobile, on /:");
    for id in [
        "installable-manifest",
        "maskable-icon",
        "splash-screen",
        "themed-omnibox",
    ] {
        let passed = report["audits"][id]["score"].as_f64() == Some(1.0);
        println!("  {id:<22} {}", if passed { "pass" } else { "FAIL" });
    }
    Ok(())
}
