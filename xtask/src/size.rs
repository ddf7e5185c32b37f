//! `cargo xtask size`: every asset in `dist/` and the first-load total (the HTML, JS, wasm and
//! CSS a first visit downloads), raw, gzip and brotli. Also written to target/size-report.json
//! and compared with the previous report.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde_json::json;

use crate::proc;

/// Every file under `dir`, recursively, sorted, without the precompressed copies.
pub fn files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        let entries =
            std::fs::read_dir(&current).map_err(|e| format!("{}: {e}", current.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                pending.push(path);
            } else if !path.extension().is_some_and(|e| e == "br" || e == "gz") {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        let _ = writer.write_all(bytes);
    }
    out
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

struct Row {
    name: String,
    raw: usize,
    gzip: usize,
    brotli: usize,
    first_load: bool,
}

pub fn report() -> Result<(), String> {
    let root = proc::root();
    let dist = root.join("dist");
    let paths = files(&dist)
        .map_err(|e| format!("{e} (build first: cargo xtask e2e or trunk build --release)"))?;
    let mut rows = Vec::new();
    for path in paths {
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = path
            .strip_prefix(&dist)
            .unwrap_or(&path)
            .to_string_lossy()
            .into_owned();
        let top_level = !name.contains('/');
        let first_load = top_level
            && Path::new(&name)
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| matches!(e, "html" | "js" | "wasm" | "css"));
        rows.push(Row {
            raw: bytes.len(),
            gzip: gzip(&bytes).len(),
            brotli: brotli(&bytes).len(),
            name,
            first_load,
        });
    }
    let total = |f: fn(&Row) -> usize| rows.iter().filter(|r| r.first_load).map(f).sum::<usize>();
    let (raw, gz, br) = (total(|r| r.raw), total(|r| r.gzip), total(|r| r.brotli));

    println!(
        "{:<48} {:>10} {:>10} {:>10}",
        "asset (* = first load)", "raw", "gzip", "brotli"
    );
    for row in &rows {
        let mark = if row.first_load { "*" } else { " " };
        println!(
            "{mark}{:<47} {:>10} {:>10} {:>10}",
            row.name, row.raw, row.gzip, row.brotli
        );
    }
    println!(
        "{:<48} {:>10} {:>10} {:>10}",
        "first-load total", raw, gz, br
    );

    let report_path = root.join("target/size-report.json");
    let previous = std::fs::read_to_string(&report_path)
        .ok()
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .and_then(|value| value["firstLoad"]["brotli"].as_u64());
    if let Some(previous) = previous {
        let delta = i128::from(u64::try_from(br).unwrap_or(u64::MAX)) - i128::from(previous);
        println!("first-load brotli was {previous} bytes in the previous report ({delta:+} bytes)");
    }
    let report = json!({
        "assets": rows.iter().map(|r| json!({
            "name": r.name, "raw": r.raw, "gzip": r.gzip, "brotli": r.brotli, "firstLoad": r.first_load
        })).collect::<Vec<_>>(),
        "firstLoad": { "raw": raw, "gzip": gz, "brotli": br },
    });
    let text = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
    std::fs::create_dir_all(root.join("target")).map_err(|e| e.to_string())?;
    std::fs::write(&report_path, text).map_err(|e| format!("{}: {e}", report_path.display()))?;
    println!("written to {}", report_path.display());
    Ok(())
}
