//! The app's `index.html`: read once at start, adjusted for the deployment mode, and the source
//! of the Content-Security-Policy hashes for its inline scripts (the import map and the loader
//! that the release build, `xtask/src/split.rs`, writes into it).

use base64::Engine as _;
use sha2::{Digest, Sha256};

/// The meta tag through which the server tells the app its deployment mode:
/// `<meta name="app-mode" content="personal">` (Trunk's minifier may drop the quotes and
/// reorder the attributes).
const MODE_META_NAME: &str = "app-mode";

/// Lets `?lang=en-XA` and `?lang=ar-XB` choose the pseudo-locales in a release build
/// (`--pseudo-locales`, for the end-to-end suite); the app never offers them.
const PSEUDO_LOCALES_META: &str = "<meta name=\"app-pseudo-locales\" content=\"on\">";

#[derive(Debug, Clone)]
pub struct IndexHtml {
    pub body: String,
    /// `'sha256-…'` sources for every inline `<script>` in the page.
    pub script_hashes: Vec<String>,
}

/// What a kiosk's page is told besides its mode.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KioskSettings {
    /// Seconds without input before the idle warning (`--kiosk-idle`); the app's default
    /// when `None`.
    pub idle_seconds: Option<u32>,
    /// Pages print as receipts on an 80 mm roll (`--receipt-printer`).
    pub receipt_printer: bool,
}

impl KioskSettings {
    /// The meta tags that carry the settings, read by the app (`src/kiosk/`).
    fn meta_tags(self) -> String {
        let idle = self
            .idle_seconds
            .map(|seconds| format!("<meta name=\"app-kiosk-idle\" content=\"{seconds}\">"))
            .unwrap_or_default();
        let receipt = if self.receipt_printer {
            "<meta name=\"app-print\" content=\"receipt\">"
        } else {
            ""
        };
        format!("{idle}{receipt}")
    }
}

impl IndexHtml {
    /// The page for a personal device (`kiosk: None`) or a kiosk with its settings, with the
    /// pseudo-locales allowed or not.
    #[must_use]
    pub fn new(html: &str, kiosk: Option<KioskSettings>, pseudo_locales: bool) -> Self {
        let pseudo = if pseudo_locales {
            PSEUDO_LOCALES_META
        } else {
            ""
        };
        let body = match kiosk {
            Some(settings) => rewrite_mode_tag(html, true, &(settings.meta_tags() + pseudo)),
            None if pseudo_locales => rewrite_mode_tag(html, false, pseudo),
            None => html.to_owned(),
        };
        let script_hashes = inline_scripts(&body).map(csp_sha256).collect();
        Self {
            body,
            script_hashes,
        }
    }

    /// Shown when `dist/index.html` is missing: the API still works, and the message says how
    /// to build the app.
    #[must_use]
    pub fn missing() -> Self {
        Self::new(
            "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>App not built</title>\
             <p>The app has not been built. Run <code>cargo xtask run</code>.</p></html>",
            None,
            false,
        )
    }
}

/// Rewrites `content=personal` to `content=kiosk` inside the `app-mode` meta tag when `kiosk`,
/// and puts `extra` (more meta tags) after it.
fn rewrite_mode_tag(html: &str, kiosk: bool, extra: &str) -> String {
    let Some(name_at) = html.find(MODE_META_NAME) else {
        return html.to_owned();
    };
    let (Some(start), Some(len)) = (html[..name_at].rfind("<meta"), html[name_at..].find('>'))
    else {
        return html.to_owned();
    };
    // Just after the tag's `>`.
    let end = name_at + len + 1;
    let tag = if kiosk {
        html[start..end].replace("personal", "kiosk")
    } else {
        html[start..end].to_owned()
    };
    format!("{}{tag}{extra}{}", &html[..start], &html[end..])
}

/// The contents of each `<script>` element without a `src` attribute.
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    let mut rest = html;
    std::iter::from_fn(move || {
        loop {
            let start = rest.find("<script")?;
            let after_tag = &rest[start..];
            let open_end = after_tag.find('>')?;
            let open_tag = &after_tag[..open_end];
            let content_start = start + open_end + 1;
            let close = rest[content_start..].find("</script>")?;
            let content = &rest[content_start..content_start + close];
            rest = &rest[content_start + close + "</script>".len()..];
            if !open_tag.contains(" src=") {
                return Some(content);
            }
        }
    })
}

fn csp_sha256(script: &str) -> String {
    let digest = Sha256::digest(script.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_each_inline_script_and_skips_external_ones() {
        let html = r#"<head><script src="/a.js"></script><script type="module">alert(1)</script></head><script>x</script>"#;
        let index = IndexHtml::new(html, None, false);
        assert_eq!(index.script_hashes.len(), 2);
        // Known digests: printf 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            index.script_hashes[0],
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
        assert_eq!(index.script_hashes[1], csp_sha256("x"));
    }

    #[test]
    fn kiosk_mode_rewrites_the_mode_meta_tag_quoted_or_minified() {
        let source = r#"<head><meta name="app-mode" content="personal"><p>personal</p></head>"#;
        let kiosk = IndexHtml::new(source, Some(KioskSettings::default()), false).body;
        assert_eq!(
            kiosk,
            r#"<head><meta name="app-mode" content="kiosk"><p>personal</p></head>"#
        );
        assert_eq!(IndexHtml::new(source, None, false).body, source);
        let minified = "<meta content=personal name=app-mode><title>personal</title>";
        assert_eq!(
            IndexHtml::new(minified, Some(KioskSettings::default()), false).body,
            "<meta content=kiosk name=app-mode><title>personal</title>"
        );
        let idle = KioskSettings {
            idle_seconds: Some(300),
            receipt_printer: false,
        };
        assert_eq!(
            IndexHtml::new(minified, Some(idle), false).body,
            "<meta content=kiosk name=app-mode><meta name=\"app-kiosk-idle\" content=\"300\"><title>personal</title>"
        );
        let receipt = KioskSettings {
            idle_seconds: None,
            receipt_printer: true,
        };
        assert_eq!(
            IndexHtml::new(minified, Some(receipt), false).body,
            "<meta content=kiosk name=app-mode><meta name=\"app-print\" content=\"receipt\"><title>personal</title>"
        );
    }

    #[test]
    fn the_pseudo_locales_flag_adds_its_meta_tag_after_the_mode_tag_in_either_mode() {
        let minified = "<meta content=personal name=app-mode><title>t</title>";
        assert_eq!(
            IndexHtml::new(minified, None, true).body,
            "<meta content=personal name=app-mode><meta name=\"app-pseudo-locales\" content=\"on\"><title>t</title>"
        );
        assert_eq!(
            IndexHtml::new(minified, Some(KioskSettings::default()), true).body,
            "<meta content=kiosk name=app-mode><meta name=\"app-pseudo-locales\" content=\"on\"><title>t</title>"
        );
        assert_eq!(IndexHtml::new(minified, None, false).body, minified);
    }
}
