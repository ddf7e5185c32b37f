//! Building, serving and testing the app with the reference server.

use std::io::Write as _;
use std::path::Path;
use std::process::Child;

use crate::{proc, size};

pub const RUN_ADDR: &str = "127.0.0.1:8080";
/// `cargo xtask dev`: Trunk serves on 8080 (Trunk.toml) and proxies /api to this address.
pub const DEV_SERVER_ADDR: &str = "127.0.0.1:8081";

/// The split release build (`split.rs`), then a brotli and a gzip copy of every compressible
/// file so the server sends them without compressing on each request.
pub fn build_release() -> Result<(), String> {
    crate::split::build()?;
    precompress(&proc::root().join("dist"))
}

fn precompress(dir: &Path) -> Result<(), String> {
    for path in size::files(dir)? {
        let compressible = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|ext| {
                matches!(
                    ext,
                    "wasm" | "js" | "css" | "html" | "svg" | "ftl" | "json" | "webmanifest" | "txt"
                )
            });
        if !compressible {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let (brotli, gzip) = (size::brotli(&bytes), size::gzip(&bytes));
        for (suffix, compressed) in [("br", brotli), ("gz", gzip)] {
            let mut target = path.clone().into_os_string();
            target.push(format!(".{suffix}"));
            let mut file = std::fs::File::create(&target)
                .map_err(|e| format!("{}: {e}", Path::new(&target).display()))?;
            file.write_all(&compressed).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

/// Builds the whole workspace (not `--package server`): the same feature set as the tests, so
/// the server binary reuses their compiled dependencies instead of building them again.
pub fn build_server() -> Result<(), String> {
    proc::cargo(&["build", "--workspace", "--locked"])
}

pub fn server_binary() -> std::path::PathBuf {
    crate::split::target_dir().join("debug/server")
}

/// Replaces this process with the server, so Ctrl-C reaches it directly and it shuts down
/// cleanly, finishing requests in flight.
pub fn serve_forever() -> Result<(), String> {
    let mut command = proc::command(&server_binary().to_string_lossy());
    command.args([
        "--addr",
        RUN_ADDR,
        "--db",
        "data/essc.sqlite",
        "--dist",
        "dist",
        "--demo",
    ]);
    println!("\nStarting the reference server; open http://{RUN_ADDR}/ (Ctrl-C stops it)\n");
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt as _;
        let error = command.exec();
        Err(format!("could not start the server: {error}"))
    }
    #[cfg(not(unix))]
    proc::run(&mut command)
}

/// Trunk's dev server with live reload, and the reference server behind its /api proxy. The
/// debug build goes to target/trunk-dev so it never replaces the release build in dist/.
pub fn dev() -> Result<(), String> {
    build_server()?;
    let mut server = spawn(proc::command(&server_binary().to_string_lossy()).args([
        "--addr",
        DEV_SERVER_ADDR,
        "--db",
        "data/essc.sqlite",
        "--dist",
        "dist",
        "--demo",
    ]))?;
    let mut trunk =
        match spawn(proc::command("trunk").args(["serve", "--dist", "target/trunk-dev"])) {
            Ok(child) => child,
            Err(e) => {
                let _ = server.kill();
                return Err(e);
            }
        };
    println!("\nDevelopment: open http://127.0.0.1:8080/ (Ctrl-C stops both)\n");
    // Ctrl-C reaches both children (same process group); wait for either to end.
    loop {
        let ended = [("trunk", trunk.try_wait()), ("server", server.try_wait())]
            .into_iter()
            .find_map(|(name, state)| state.ok().flatten().map(|status| (name, status)));
        if let Some((name, status)) = ended {
            let _ = trunk.kill();
            let _ = server.kill();
            return if status.success() {
                Ok(())
            } else {
                Err(format!("{name} stopped ({status})"))
            };
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

fn spawn(command: &mut std::process::Command) -> Result<Child, String> {
    command.spawn().map_err(|e| format!("{command:?}: {e}"))
}

/// Playwright against the real server serving `dist/`, in Debian's headless Chromium. The
/// Playwright config starts and stops the servers on free ports with throwaway databases.
pub fn end_to_end(filters: &[String]) -> Result<(), String> {
    let root = proc::root();
    let work = root.join("target/e2e");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    let ports = free_ports()?;
    proc::run(
        proc::command("playwright")
            .args(["test", "--config", "end2end/playwright.config.ts"])
            .args(filters)
            .env("E2E_SERVER_BIN", server_binary())
            .env("E2E_DIST", root.join("dist"))
            .env("E2E_WORK_DIR", &work)
            .env("E2E_PORT", ports[0].to_string())
            .env("E2E_KIOSK_PORT", ports[1].to_string())
            .env("E2E_CLOCK_PORT", ports[2].to_string())
            .env("E2E_CHROMIUM", crate::tools::CHROMIUM),
    )
}

/// Three distinct free ports (personal, kiosk, and a server whose clock tests move by days):
/// port 0 asks the kernel for one; the listeners are held until all are known, then dropped
/// so the servers can bind them.
fn free_ports() -> Result<[u16; 3], String> {
    let bind = || std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string());
    let (first, second, third) = (bind()?, bind()?, bind()?);
    let port =
        |l: &std::net::TcpListener| l.local_addr().map(|a| a.port()).map_err(|e| e.to_string());
    Ok([port(&first)?, port(&second)?, port(&third)?])
}
