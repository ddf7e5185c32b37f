//! QR codes drawn as inline SVG in the browser, from the text the server signs. `qrcodegen`
//! (Project Nayuki's reference encoder, no dependencies) computes the modules; this module only
//! turns them into one SVG path, so no image crate is needed.

/// A QR code ready to draw: the side in modules (with the quiet zone) and the path of the
/// dark modules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrSvg {
    pub size: i32,
    pub path: String,
}

/// The blank margin scanners need around the code, in modules.
const QUIET_ZONE: i32 = 4;

/// Encodes `text` with medium error correction (a phone screen may be scratched or glare);
/// `None` only if it is too long for any QR version.
#[must_use]
pub fn encode(text: &str) -> Option<QrSvg> {
    let code = qrcodegen::QrCode::encode_text(text, qrcodegen::QrCodeEcc::Medium).ok()?;
    let modules = code.size();
    let mut path = String::with_capacity(usize::try_from(modules * modules).unwrap_or(0) * 4);
    for y in 0..modules {
        let mut x = 0;
        while x < modules {
            if code.get_module(x, y) {
                // One rectangle per horizontal run of dark modules keeps the path short.
                let start = x;
                while x < modules && code.get_module(x, y) {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{},{}h{}v1h-{}z",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    Some(QrSvg {
        size: modules + 2 * QUIET_ZONE,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_becomes_a_square_path_with_a_quiet_zone() {
        // A token shaped as the server makes them (`E1.`, 46 and 22 base64url characters). Mixed
        // case makes it byte mode, and 72 bytes at medium correction need version 5 (37×37).
        let token = format!("E1.{}abcd.{}wxyz", "aZ09-_".repeat(7), "aZ09-_".repeat(3));
        assert_eq!(token.len(), 72);
        let qr = encode(&token).unwrap();
        assert_eq!(qr.size, 37 + 8, "{}", qr.size);
        // The top-left finder pattern starts at the quiet zone.
        assert!(qr.path.starts_with("M4,4h7v1h-7z"), "{}", &qr.path[..20]);
        assert!(encode(&"x".repeat(5000)).is_none());
    }

    #[test]
    fn different_text_gives_a_different_code() {
        assert_ne!(encode("one").unwrap().path, encode("two").unwrap().path);
    }
}
