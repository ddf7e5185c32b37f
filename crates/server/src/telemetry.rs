//! Structured logs on standard error; `RUST_LOG` overrides the level.

use tracing_subscriber::EnvFilter;

/// A short, stable stand-in for a value that must not appear in logs (an account id, a
/// client's address): the first 8 hex digits of its SHA-256, enough to see that two events
/// concern the same one.
#[must_use]
pub fn pseudonym(value: &str) -> String {
    use sha2::Digest as _;
    sha2::Sha256::digest(value.as_bytes())
        .iter()
        .take(4)
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub fn init() {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,tower_http=info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
}
