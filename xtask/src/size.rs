//! `cargo xtask size`: every asset in `dist/` raw, gzip and brotli; each journey's wasm files;
//! and the first load of each entry page in each language against `size-budget.json` (failing
//! when one is over). Written to target/size-report.json and compared with the previous report.
//! The end-to-end suite measures the same first loads in the browser (first-load.spec.ts).

use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde_json::json;

use crate::{entry_pages, proc};

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
}

/// What a first visit downloads, from `dist/build-manifest.json` (written by `split.rs`).
struct Manifest {
    /// HTML, JavaScript, CSS and the main wasm: every page needs them.
    base: Vec<String>,
    /// Journey → its wasm files.
    journeys: Vec<(String, Vec<String>)>,
    /// Language id → its file.
    languages: Vec<(String, String)>,
}

fn manifest(dist: &Path, rows: &[Row]) -> Result<Manifest, String> {
    let value = entry_pages::read_json(&dist.join(crate::split::MANIFEST))?;
    let strings = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut base = vec![value["html"].as_str().unwrap_or("index.html").to_owned()];
    base.extend(strings(&value["js"]));
    base.extend(value["wasm"].as_str().map(str::to_owned));
    // Trunk's hashed stylesheet.
    base.extend(
        rows.iter()
            .filter(|r| !r.name.contains('/') && r.name.ends_with(".css"))
            .map(|r| r.name.clone()),
    );
    let journeys = value["journeys"]
        .as_object()
        .map(|o| o.iter().map(|(k, v)| (k.clone(), strings(v))).collect())
        .unwrap_or_default();
    let languages = rows
        .iter()
        .filter_map(|r| {
            let id = r.name.strip_prefix("locales/")?.strip_suffix(".ftl")?;
            // The pseudo-locales are for tests and never offered: no user loads them.
            (!id.contains('/') && crate::ftl::pseudo(id).is_none())
                .then(|| (id.to_owned(), r.name.clone()))
        })
        .collect();
    Ok(Manifest {
        base,
        journeys,
        languages,
    })
}

pub fn report() -> Result<(), String> {
    let root = proc::root();
    let dist = root.join("dist");
    let paths = files(&dist).map_err(|e| format!("{e} (build first: cargo xtask e2e)"))?;
    let mut rows = Vec::new();
    for path in paths {
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = path
            .strip_prefix(&dist)
            .unwrap_or(&path)
            .to_string_lossy()
            .into_owned();
        rows.push(Row {
            raw: bytes.len(),
            gzip: gzip(&bytes).len(),
            brotli: brotli(&bytes).len(),
            name,
        });
    }
    let manifest = manifest(&dist, &rows)?;
    let budget = entry_pages::budget(&root)?;
    let size_of = |name: &str| rows.iter().find(|r| r.name == name);
    let sum = |names: &[String], f: fn(&Row) -> usize| {
        names
            .iter()
            .filter_map(|n| size_of(n))
            .map(f)
            .sum::<usize>()
    };

    println!(
        "{:<52} {:>10} {:>10} {:>10}",
        "asset (* = every first load)", "raw", "gzip", "brotli"
    );
    for row in &rows {
        let mark = if manifest.base.contains(&row.name) {
            "*"
        } else {
            " "
        };
        println!(
            "{mark}{:<51} {:>10} {:>10} {:>10}",
            row.name, row.raw, row.gzip, row.brotli
        );
    }
    let (raw, gz, br) = (
        sum(&manifest.base, |r| r.raw),
        sum(&manifest.base, |r| r.gzip),
        sum(&manifest.base, |r| r.brotli),
    );
    println!(
        "{:<52} {:>10} {:>10} {:>10}",
        "every first load (without a language)", raw, gz, br
    );

    println!("\nper journey: its wasm files (brotli)");
    for (journey, files) in &manifest.journeys {
        println!(
            "  {journey:<14} {:>3} files {:>9} bytes   {}",
            files.len(),
            sum(files, |r| r.brotli),
            files.join(" ")
        );
    }

    println!(
        "\nfirst load of each entry page, brotli bytes (goal {} bytes; at most {} wasm files)",
        budget.goal, budget.max_wasm_files
    );
    print!("  {:<14}", "page");
    for (id, _) in &manifest.languages {
        print!(" {id:>9}");
    }
    println!("  wasm files  ceiling");
    let mut over = Vec::new();
    let mut pages = Vec::new();
    for entry in &budget.entry_pages {
        let (page, journey, max) = (&entry.path, &entry.journey, &entry.max_bytes);
        let mut needed = manifest.base.clone();
        if !journey.is_empty() {
            let files = manifest
                .journeys
                .iter()
                .find(|(name, _)| name == journey)
                .map(|(_, files)| files.clone())
                .ok_or_else(|| format!("size-budget.json: no journey {journey} in the build"))?;
            needed.extend(files);
        }
        let wasm_files = needed.iter().filter(|n| n.ends_with(".wasm")).count();
        if wasm_files > budget.max_wasm_files {
            over.push(format!("{page} needs {wasm_files} wasm files"));
        }
        print!("  {page:<14}");
        let mut per_language = serde_json::Map::new();
        for (id, file) in &manifest.languages {
            // The language's file, and the journey's own messages in it when it has some.
            let part = format!("locales/{id}/{journey}.ftl");
            let total = sum(&needed, |r| r.brotli)
                + size_of(file).map_or(0, |r| r.brotli)
                + size_of(&part)
                    .filter(|_| !journey.is_empty())
                    .map_or(0, |r| r.brotli);
            print!(" {total:>9}");
            if total > *max {
                over.push(format!("{page} in {id}: {total} bytes (ceiling {max})"));
            }
            per_language.insert(id.clone(), json!(total));
        }
        println!("  {wasm_files:>10}  {max:>7}");
        pages.push(json!({ "page": page, "journey": journey, "wasmFiles": wasm_files, "brotli": per_language }));
    }
    let largest = pages
        .iter()
        .filter_map(|p| p["brotli"].as_object())
        .flat_map(|m| m.values().filter_map(serde_json::Value::as_u64))
        .max()
        .unwrap_or(0);
    println!(
        "  largest first load: {largest} bytes ({:+} against the goal)",
        i128::from(largest) - i128::try_from(budget.goal).unwrap_or(0)
    );

    let report_path = root.join("target/size-report.json");
    let previous = std::fs::read_to_string(&report_path)
        .ok()
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .and_then(|value| value["largestFirstLoad"].as_u64());
    if let Some(previous) = previous {
        let delta = i128::from(largest) - i128::from(previous);
        println!("  was {previous} bytes in the previous report ({delta:+} bytes)");
    }
    let report = json!({
        "assets": rows.iter().map(|r| json!({
            "name": r.name, "raw": r.raw, "gzip": r.gzip, "brotli": r.brotli,
        })).collect::<Vec<_>>(),
        "base": { "raw": raw, "gzip": gz, "brotli": br },
        "entryPages": pages,
        "largestFirstLoad": largest,
    });
    let text = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
    std::fs::create_dir_all(root.join("target")).map_err(|e| e.to_string())?;
    std::fs::write(&report_path, text).map_err(|e| format!("{}: {e}", report_path.display()))?;
    println!("written to {}", report_path.display());
    if over.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "over the first-load budget (size-budget.json): {}",
            over.join("; ")
        ))
    }
}
