//! `size-budget.json`: the one list of entry pages (the addresses people arrive at), with what
//! each needs on a first visit and may cost. Read by the size report (`size.rs`), the release
//! build's loader (`split.rs`: the page's first paint and its journey's preloads) and the
//! end-to-end suite (`end2end/tests/first-load.spec.ts`, `first-paint.spec.ts`).

use std::path::Path;

pub struct Budget {
    /// The target every entry page should reach; reported, not enforced.
    pub goal: usize,
    pub max_wasm_files: usize,
    pub entry_pages: Vec<EntryPage>,
}

pub struct EntryPage {
    /// The address, such as `/register`.
    pub path: String,
    /// The journey (chunk name in src/journeys.rs) the page needs; empty for the main module.
    pub journey: String,
    /// The enforced ceiling on the first load, brotli bytes.
    pub max_bytes: usize,
    /// Message ids of the page's heading and lead paragraph, painted from `index.html` before
    /// the wasm arrives; `None` for a page that needs a session first.
    pub first_paint: Option<(String, String)>,
}

pub fn read_json(path: &Path) -> Result<serde_json::Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

pub fn budget(root: &Path) -> Result<Budget, String> {
    let value = read_json(&root.join("size-budget.json"))?;
    let number = |v: &serde_json::Value, what: &str| {
        v.as_u64()
            .and_then(|n| usize::try_from(n).ok())
            .ok_or_else(|| format!("size-budget.json: {what} must be a number"))
    };
    let pages = value["entryPages"]
        .as_object()
        .ok_or("size-budget.json: entryPages must be an object")?;
    let mut entry_pages = Vec::new();
    for (path, entry) in pages {
        let first_paint = match &entry["firstPaint"] {
            serde_json::Value::Null => None,
            paint => {
                let id = |key: &str| {
                    paint[key].as_str().map(str::to_owned).ok_or_else(|| {
                        format!("size-budget.json: {path} firstPaint needs a message id \"{key}\"")
                    })
                };
                Some((id("heading")?, id("lead")?))
            }
        };
        entry_pages.push(EntryPage {
            path: path.clone(),
            journey: entry["journey"].as_str().unwrap_or_default().to_owned(),
            max_bytes: number(&entry["maxBytes"], &format!("{path} maxBytes"))?,
            first_paint,
        });
    }
    Ok(Budget {
        goal: number(&value["goalBytes"], "goalBytes")?,
        max_wasm_files: number(&value["maxWasmFiles"], "maxWasmFiles")?,
        entry_pages,
    })
}
