//! Short-lived, signed QR tokens for the e-SSC card page.
//!
//! The card page shows a QR code for identity and medical settlement or for work-permit
//! verification. An official scans it and the public verify endpoint asks [`verify`] whether
//! the token is genuine, expired or invalid. A token lives [`TOKEN_LIFETIME_SECONDS`] (60 s).
//!
//! # Token format
//!
//! ```text
//! E1.<payload>.<tag>
//! ```
//!
//! * `E1.` is a fixed prefix: "e-SSC token, format 1".
//! * `<payload>` is base64url without padding of a fixed 34-byte layout (46 characters):
//!
//!   | offset | size | field                                                   |
//!   |-------:|-----:|---------------------------------------------------------|
//!   |      0 |    1 | format version, `1`                                     |
//!   |      1 |    1 | purpose: `1` identity, `2` work permit                  |
//!   |      2 |    8 | card id, `i64` big-endian                               |
//!   |     10 |    8 | issued at, Unix seconds, `u64` big-endian               |
//!   |     18 |    8 | expires at, Unix seconds, `u64` big-endian (issued + 60)|
//!   |     26 |    8 | random nonce (so two tokens of the same second differ)  |
//!
//! * `<tag>` is base64url without padding of the first 16 bytes of
//!   `HMAC-SHA256(key, "E1." + <payload>)` (22 characters), where the MAC input is the ASCII
//!   text of the token up to, not including, the second dot.
//!
//! Every token is therefore exactly 72 ASCII characters. For example, card 42, work permit,
//! issued at 1 800 000 000, nonce `ab ab ab ab ab ab ab ab`, key of 32 bytes `07`:
//!
//! ```text
//! E1.AQIAAAAAAAAAKgAAAABrSdIAAAAAAGtJ0jyrq6urq6urqw.XepG6nfP1gYqpMVHyvMLdA
//! ```
//!
//! 72 bytes fit a QR code of version 5 (37 × 37 modules) at error correction M, or version 6
//! at Q, which phone cameras read easily from a screen.
//!
//! ## Why a 128-bit tag is enough
//!
//! The tag is a MAC, not a hash: without the key nobody can compute tags offline, so the
//! birthday bound (2^64 for 128 bits), which matters for collision resistance, does not apply.
//! A forger can only submit guesses to the rate-limited public endpoint, each succeeding with
//! probability 2^-128, and a guess is useful for at most 60 seconds. RFC 2104 (section 5)
//! recommends truncating HMAC to no less than half the hash output and no less than 80 bits;
//! 128 of SHA-256's 256 bits meets both.
//!
//! ## What a token reveals
//!
//! The payload is signed, not encrypted: anyone holding the token can read the internal card
//! id, purpose and times, but no name, number or other personal data. The server maps the card
//! id to the masked holder details only after a successful [`verify`].
//!
//! ## Verification order
//!
//! 1. Longer than [`MAX_TOKEN_BYTES`] (before trimming): malformed, without further work.
//! 2. Surrounding whitespace is trimmed (scanners append newlines).
//! 3. Prefix, shape, lengths and the tag's base64 are checked, then the MAC, in constant time,
//!    over the exact text; only an authentic payload is decoded and parsed. Any failure:
//!    [`QrInvalidReason::Malformed`].
//! 4. Version, purpose byte and `expires_at == issued_at + 60` are checked (malformed if not),
//!    as is the clock: issued more than [`MAX_CLOCK_SKEW_SECONDS`] in the future is malformed.
//! 5. The purpose, if one is expected: [`QrInvalidReason::WrongPurpose`].
//! 6. `now > expires_at`: [`Verdict::Expired`]; otherwise [`Verdict::Valid`].
//!
//! [`QrInvalidReason::Revoked`] is the caller's decision (from the database); this module
//! never returns it.
//!
//! # Key
//!
//! The HMAC key is 32 random bytes in `<data_dir>/qr-signing.key`, created on first start
//! (mode 0600 on Unix) and reused afterwards, so tokens survive a restart. Deleting the file
//! invalidates every outstanding token, which is harmless given their 60-second lifetime.

use std::fmt;
use std::fs;
use std::io::{self, Read as _, Write as _};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac as _};
use protocol::api::{QrInvalidReason, QrPurpose};
use sha2::Sha256;

/// How long a token is valid: `expires_at` is exactly `issued_at` plus this.
pub const TOKEN_LIFETIME_SECONDS: u64 = 60;

/// How far in the future `issued_at` may lie (clock skew between server instances).
pub const MAX_CLOCK_SKEW_SECONDS: u64 = 30;

/// Input longer than this (in bytes, before trimming) is rejected without further work.
pub const MAX_TOKEN_BYTES: usize = 512;

/// The length of every token this module issues.
pub const TOKEN_LEN: usize = PREFIX.len() + PAYLOAD_B64_LEN + 1 + TAG_B64_LEN;

/// The key file's name inside the data directory.
pub const KEY_FILE_NAME: &str = "qr-signing.key";

const PREFIX: &str = "E1.";
const VERSION: u8 = 1;
const PURPOSE_IDENTITY: u8 = 1;
const PURPOSE_WORK_PERMIT: u8 = 2;
const KEY_LEN: usize = 32;
const NONCE_LEN: usize = 8;
const PAYLOAD_LEN: usize = 1 + 1 + 8 + 8 + 8 + NONCE_LEN;
const PAYLOAD_B64_LEN: usize = (PAYLOAD_LEN * 4).div_ceil(3);
const TAG_LEN: usize = 16;
const TAG_B64_LEN: usize = (TAG_LEN * 4).div_ceil(3);
/// SHA-256's block size: HMAC zero-pads shorter keys to this.
const HMAC_BLOCK_LEN: usize = 64;

type HmacSha256 = Hmac<Sha256>;

/// The secret HMAC key. Its `Debug` output never shows the bytes.
#[derive(Clone)]
pub struct SigningKey([u8; KEY_LEN]);

impl SigningKey {
    /// Reads `<data_dir>/qr-signing.key` (32 raw bytes), creating it with fresh random bytes on
    /// first start: the directory is created if needed, the file is written to a temporary file
    /// (mode 0600 on Unix) and renamed into place, so a crash never leaves a partial key.
    ///
    /// # Errors
    ///
    /// Any I/O error, no randomness available, or an existing key file that is not exactly
    /// 32 bytes long ([`io::ErrorKind::InvalidData`]; the file is left untouched).
    pub fn load_or_create(data_dir: &Path) -> io::Result<Self> {
        let path = data_dir.join(KEY_FILE_NAME);
        match fs::File::open(&path) {
            Ok(file) => Self::read_key_file(file, &path),
            Err(error) if error.kind() == io::ErrorKind::NotFound => {
                Self::create_key_file(data_dir, &path)
            }
            Err(error) => Err(error),
        }
    }

    /// A key from known bytes (tests, tools).
    #[must_use]
    pub const fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    fn read_key_file(file: fs::File, path: &Path) -> io::Result<Self> {
        let mut bytes = Vec::with_capacity(KEY_LEN + 1);
        // One byte more than a key, to notice a longer file without reading all of it.
        file.take(KEY_LEN as u64 + 1).read_to_end(&mut bytes)?;
        match <[u8; KEY_LEN]>::try_from(bytes.as_slice()) {
            Ok(key) => Ok(Self::from_bytes(key)),
            Err(_) => Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "QR signing key {} must be exactly {KEY_LEN} bytes, found {}{} \
                     (refusing to replace it; delete it to generate a new key)",
                    path.display(),
                    if bytes.len() > KEY_LEN {
                        "more than "
                    } else {
                        ""
                    },
                    bytes.len().min(KEY_LEN),
                ),
            )),
        }
    }

    fn create_key_file(data_dir: &Path, path: &Path) -> io::Result<Self> {
        fs::create_dir_all(data_dir)?;
        let mut key = [0_u8; KEY_LEN];
        fill_random(&mut key)?;
        let mut suffix = [0_u8; 8];
        fill_random(&mut suffix)?;
        let temp = data_dir.join(format!(
            ".{KEY_FILE_NAME}.{}.{}.tmp",
            std::process::id(),
            URL_SAFE_NO_PAD.encode(suffix)
        ));
        write_new_private_file(&temp, &key)?;
        if let Err(error) = fs::rename(&temp, path) {
            let _ = fs::remove_file(&temp);
            return Err(error);
        }
        sync_dir(data_dir);
        Ok(Self::from_bytes(key))
    }

    fn mac(&self) -> HmacSha256 {
        // HMAC zero-pads a key shorter than the block to the block size, so this is exactly
        // `Hmac::new_from_slice(&self.0)`, without its (never taken) error path.
        let mut block = [0_u8; HMAC_BLOCK_LEN];
        for (padded, byte) in block.iter_mut().zip(self.0) {
            *padded = byte;
        }
        <HmacSha256 as hmac::digest::KeyInit>::new(&block.into())
    }

    /// The truncated tag over `PREFIX + payload_b64`.
    fn tag(&self, payload_b64: &str) -> [u8; TAG_LEN] {
        let full = self.mac_over(payload_b64).finalize().into_bytes();
        let mut tag = [0_u8; TAG_LEN];
        for (out, byte) in tag.iter_mut().zip(full) {
            *out = byte;
        }
        tag
    }

    /// The server's keyed hash of `message` for another purpose than QR tokens, kept apart by
    /// `domain` (for example the SMS codes: six digits hashed without a key are found by trying
    /// all million). Lowercase hex.
    #[must_use]
    pub fn keyed_hash(&self, domain: &str, message: &[u8]) -> String {
        let mut mac = self.mac();
        mac.update(domain.as_bytes());
        mac.update(&[0]);
        mac.update(message);
        mac.finalize()
            .into_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    fn mac_over(&self, payload_b64: &str) -> HmacSha256 {
        let mut mac = self.mac();
        mac.update(PREFIX.as_bytes());
        mac.update(payload_b64.as_bytes());
        mac
    }
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SigningKey(<redacted>)")
    }
}

fn fill_random(bytes: &mut [u8]) -> io::Result<()> {
    getrandom::fill(bytes)
        .map_err(|error| io::Error::other(format!("no randomness from the system: {error}")))
}

/// Creates `path` (failing if it exists, so no symlink is followed) readable by the owner only,
/// writes `bytes` and flushes them to disk; removes the file again if writing fails.
fn write_new_private_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    if written.is_err() {
        drop(file);
        let _ = fs::remove_file(path);
    }
    written
}

/// Makes the rename durable where the platform allows it; failure only risks a new key after a
/// power loss, which merely invalidates tokens younger than a minute.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    {
        if let Ok(dir) = fs::File::open(dir) {
            let _ = dir.sync_all();
        }
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
    }
}

/// What an authentic token says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Claims {
    /// The internal card id (database row), not a personal number.
    pub card_id: i64,
    pub purpose: QrPurpose,
    /// Unix seconds.
    pub issued_at: u64,
    /// Unix seconds; always `issued_at + TOKEN_LIFETIME_SECONDS`.
    pub expires_at: u64,
    pub nonce: [u8; 8],
}

impl Claims {
    fn encode(&self) -> [u8; PAYLOAD_LEN] {
        let mut payload = [0_u8; PAYLOAD_LEN];
        let fields = [VERSION, purpose_byte(self.purpose)]
            .into_iter()
            .chain(self.card_id.to_be_bytes())
            .chain(self.issued_at.to_be_bytes())
            .chain(self.expires_at.to_be_bytes())
            .chain(self.nonce);
        for (out, byte) in payload.iter_mut().zip(fields) {
            *out = byte;
        }
        payload
    }

    /// Parses an authenticated payload; `None` for an unknown version or purpose, or
    /// inconsistent times.
    fn decode(payload: &[u8]) -> Option<Self> {
        let mut reader = Reader(payload);
        let [version] = reader.take::<1>()?;
        let [purpose] = reader.take::<1>()?;
        let card_id = i64::from_be_bytes(reader.take()?);
        let issued_at = u64::from_be_bytes(reader.take()?);
        let expires_at = u64::from_be_bytes(reader.take()?);
        let nonce = reader.take()?;
        if !reader.0.is_empty() || version != VERSION {
            return None;
        }
        let purpose = match purpose {
            PURPOSE_IDENTITY => QrPurpose::Identity,
            PURPOSE_WORK_PERMIT => QrPurpose::WorkPermit,
            _ => return None,
        };
        if issued_at.checked_add(TOKEN_LIFETIME_SECONDS) != Some(expires_at) {
            return None;
        }
        Some(Self {
            card_id,
            purpose,
            issued_at,
            expires_at,
            nonce,
        })
    }
}

struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> Option<[u8; N]> {
        let (head, rest) = self.0.split_first_chunk::<N>()?;
        self.0 = rest;
        Some(*head)
    }
}

const fn purpose_byte(purpose: QrPurpose) -> u8 {
    match purpose {
        QrPurpose::Identity => PURPOSE_IDENTITY,
        QrPurpose::WorkPermit => PURPOSE_WORK_PERMIT,
    }
}

/// Issues a token for `card_id` valid from `now` (Unix seconds) for
/// [`TOKEN_LIFETIME_SECONDS`]. Returns the text to put in the QR code and what it says.
#[must_use]
pub fn issue(key: &SigningKey, card_id: i64, purpose: QrPurpose, now: u64) -> (String, Claims) {
    let claims = Claims {
        card_id,
        purpose,
        issued_at: now,
        // Saturating only matters ~585 billion years from now; `verify` rejects such a token.
        expires_at: now.saturating_add(TOKEN_LIFETIME_SECONDS),
        nonce: nonce(key, now),
    };
    (sign(key, &claims.encode()), claims)
}

/// `E1.` + base64url(payload) + `.` + base64url(tag).
fn sign(key: &SigningKey, payload: &[u8]) -> String {
    let payload_b64 = URL_SAFE_NO_PAD.encode(payload);
    let mut token = String::with_capacity(TOKEN_LEN);
    token.push_str(PREFIX);
    token.push_str(&payload_b64);
    token.push('.');
    URL_SAFE_NO_PAD.encode_string(key.tag(&payload_b64), &mut token);
    token
}

/// Eight random bytes. Should the system have no randomness (`issue` cannot fail), a keyed
/// hash of a process-wide counter and the time: still unique within the process and
/// unpredictable without the key.
fn nonce(key: &SigningKey, now: u64) -> [u8; NONCE_LEN] {
    let mut nonce = [0_u8; NONCE_LEN];
    if getrandom::fill(&mut nonce).is_err() {
        nonce = fallback_nonce(key, now);
    }
    nonce
}

fn fallback_nonce(key: &SigningKey, now: u64) -> [u8; NONCE_LEN] {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut mac = key.mac();
    mac.update(b"qr-token fallback nonce");
    mac.update(&count.to_be_bytes());
    mac.update(&now.to_be_bytes());
    let mut nonce = [0_u8; NONCE_LEN];
    for (out, byte) in nonce.iter_mut().zip(mac.finalize().into_bytes()) {
        *out = byte;
    }
    nonce
}

/// The outcome of [`verify`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Authentic, of the expected purpose, not expired.
    Valid(Claims),
    /// Authentic but past `expires_at`.
    Expired { expired_at: u64, claims: Claims },
    /// Not a usable token; never [`QrInvalidReason::Revoked`] (that is the caller's check).
    Invalid(QrInvalidReason),
}

/// Checks `token` (as scanned; surrounding whitespace is ignored) at `now` (Unix seconds).
/// With `expected: Some(purpose)`, a token of another purpose is
/// [`QrInvalidReason::WrongPurpose`]. Never panics, whatever the input.
#[must_use]
pub fn verify(key: &SigningKey, token: &str, expected: Option<QrPurpose>, now: u64) -> Verdict {
    if token.len() > MAX_TOKEN_BYTES {
        return Verdict::Invalid(QrInvalidReason::Malformed);
    }
    let Some(claims) = authenticate(key, token.trim()) else {
        return Verdict::Invalid(QrInvalidReason::Malformed);
    };
    if claims.issued_at > now.saturating_add(MAX_CLOCK_SKEW_SECONDS) {
        return Verdict::Invalid(QrInvalidReason::Malformed);
    }
    if let Some(expected) = expected
        && expected != claims.purpose
    {
        return Verdict::Invalid(QrInvalidReason::WrongPurpose);
    }
    if now > claims.expires_at {
        return Verdict::Expired {
            expired_at: claims.expires_at,
            claims,
        };
    }
    Verdict::Valid(claims)
}

/// The claims of an authentic, well-formed token; `None` for anything else. The payload is
/// decoded only after its MAC has been checked.
fn authenticate(key: &SigningKey, token: &str) -> Option<Claims> {
    let (payload_b64, tag_b64) = token.strip_prefix(PREFIX)?.split_once('.')?;
    if payload_b64.len() != PAYLOAD_B64_LEN || tag_b64.len() != TAG_B64_LEN {
        return None;
    }
    let tag = URL_SAFE_NO_PAD.decode(tag_b64).ok()?;
    if tag.len() != TAG_LEN {
        return None;
    }
    // Constant-time comparison against the left 16 bytes of the full HMAC.
    key.mac_over(payload_b64).verify_truncated_left(&tag).ok()?;
    let payload = URL_SAFE_NO_PAD.decode(payload_b64).ok()?;
    Claims::decode(&payload)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: u64 = 1_800_000_000;

    fn key() -> SigningKey {
        SigningKey::from_bytes([7; 32])
    }

    fn malformed() -> Verdict {
        Verdict::Invalid(QrInvalidReason::Malformed)
    }

    /// The token with the character at `index` replaced by another base64url character.
    fn with_char_changed(token: &str, index: usize) -> String {
        let mut bytes = token.as_bytes().to_vec();
        bytes[index] = if bytes[index] == b'A' { b'B' } else { b'A' };
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn an_issued_token_verifies_as_valid_with_the_same_claims() {
        let key = key();
        for purpose in [QrPurpose::Identity, QrPurpose::WorkPermit] {
            for card_id in [0, 1, 42, -1, i64::MAX, i64::MIN] {
                let (token, claims) = issue(&key, card_id, purpose, NOW);
                assert_eq!(claims.card_id, card_id);
                assert_eq!(claims.purpose, purpose);
                assert_eq!(claims.issued_at, NOW);
                assert_eq!(
                    verify(&key, &token, Some(purpose), NOW),
                    Verdict::Valid(claims)
                );
                assert_eq!(verify(&key, &token, None, NOW), Verdict::Valid(claims));
            }
        }
    }

    #[test]
    fn expiry_is_exactly_issued_at_plus_sixty_seconds() {
        let (_, claims) = issue(&key(), 1, QrPurpose::Identity, NOW);
        assert_eq!(TOKEN_LIFETIME_SECONDS, 60);
        assert_eq!(claims.expires_at, NOW + 60);
    }

    #[test]
    fn a_token_is_valid_at_sixty_seconds_and_expired_at_sixty_one() {
        let key = key();
        let (token, claims) = issue(&key, 1, QrPurpose::WorkPermit, NOW);
        for elapsed in 0..=60 {
            assert_eq!(
                verify(&key, &token, Some(QrPurpose::WorkPermit), NOW + elapsed),
                Verdict::Valid(claims),
                "after {elapsed} s"
            );
        }
        for elapsed in [61, 62, 3600, u64::MAX - NOW] {
            assert_eq!(
                verify(&key, &token, Some(QrPurpose::WorkPermit), NOW + elapsed),
                Verdict::Expired {
                    expired_at: NOW + 60,
                    claims
                },
                "after {elapsed} s"
            );
        }
    }

    #[test]
    fn a_token_issued_up_to_thirty_seconds_in_the_future_is_accepted_beyond_that_malformed() {
        let key = key();
        let (token, claims) = issue(&key, 1, QrPurpose::Identity, NOW);
        assert_eq!(verify(&key, &token, None, NOW - 30), Verdict::Valid(claims));
        assert_eq!(verify(&key, &token, None, NOW - 31), malformed());
        assert_eq!(verify(&key, &token, None, 0), malformed());
    }

    #[test]
    fn two_tokens_issued_in_the_same_second_differ() {
        let key = key();
        let (a, claims_a) = issue(&key, 1, QrPurpose::Identity, NOW);
        let (b, claims_b) = issue(&key, 1, QrPurpose::Identity, NOW);
        assert_ne!(a, b);
        assert_ne!(claims_a.nonce, claims_b.nonce);
    }

    #[test]
    fn the_fallback_nonce_differs_between_calls_in_the_same_second() {
        let key = key();
        assert_ne!(fallback_nonce(&key, NOW), fallback_nonce(&key, NOW));
    }

    #[test]
    fn the_token_is_72_url_safe_characters_in_the_documented_layout() {
        let key = key();
        let (token, claims) = issue(&key, 42, QrPurpose::WorkPermit, NOW);
        assert_eq!(token.len(), TOKEN_LEN);
        assert_eq!(TOKEN_LEN, 72);
        assert!(token.starts_with("E1."));
        assert!(
            token
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        );
        let parts: Vec<&str> = token.split('.').collect();
        assert_eq!(parts.len(), 3);
        let payload = URL_SAFE_NO_PAD.decode(parts[1]).unwrap();
        let mut expected = vec![1, 2];
        expected.extend_from_slice(&42_i64.to_be_bytes());
        expected.extend_from_slice(&NOW.to_be_bytes());
        expected.extend_from_slice(&(NOW + 60).to_be_bytes());
        expected.extend_from_slice(&claims.nonce);
        assert_eq!(payload, expected);
        let full = {
            let mut mac = HmacSha256::new_from_slice(&[7; 32]).unwrap();
            mac.update(format!("E1.{}", parts[1]).as_bytes());
            mac.finalize().into_bytes()
        };
        assert_eq!(URL_SAFE_NO_PAD.decode(parts[2]).unwrap(), full[..16]);
    }

    #[test]
    fn the_documented_example_token_is_reproduced_exactly() {
        let claims = Claims {
            card_id: 42,
            purpose: QrPurpose::WorkPermit,
            issued_at: 1_800_000_000,
            expires_at: 1_800_000_060,
            nonce: [0xAB; 8],
        };
        let token = sign(&SigningKey::from_bytes([7; 32]), &claims.encode());
        assert_eq!(
            token,
            "E1.AQIAAAAAAAAAKgAAAABrSdIAAAAAAGtJ0jyrq6urq6urqw.XepG6nfP1gYqpMVHyvMLdA"
        );
        assert_eq!(
            verify(&key(), &token, Some(QrPurpose::WorkPermit), 1_800_000_000),
            Verdict::Valid(claims)
        );
    }

    #[test]
    fn the_block_padded_key_is_the_same_hmac_key() {
        let bytes: [u8; 32] = std::array::from_fn(|i| u8::try_from(i * 7 + 1).unwrap());
        let mut ours = SigningKey::from_bytes(bytes).mac();
        let mut reference = HmacSha256::new_from_slice(&bytes).unwrap();
        ours.update(b"message");
        reference.update(b"message");
        assert_eq!(
            ours.finalize().into_bytes(),
            reference.finalize().into_bytes()
        );
    }

    #[test]
    fn a_tampered_payload_is_malformed() {
        let key = key();
        let (token, _) = issue(&key, 1, QrPurpose::Identity, NOW);
        for index in PREFIX.len()..PREFIX.len() + PAYLOAD_B64_LEN {
            let tampered = with_char_changed(&token, index);
            assert_eq!(
                verify(&key, &tampered, None, NOW),
                malformed(),
                "{tampered}"
            );
        }
        // A payload claiming another card, re-encoded correctly but with the old tag.
        let parts: Vec<&str> = token.split('.').collect();
        let mut payload = URL_SAFE_NO_PAD.decode(parts[1]).unwrap();
        payload[9] ^= 1;
        let forged = format!("E1.{}.{}", URL_SAFE_NO_PAD.encode(&payload), parts[2]);
        assert_eq!(verify(&key, &forged, None, NOW), malformed());
    }

    #[test]
    fn a_tampered_mac_is_malformed() {
        let key = key();
        let (token, _) = issue(&key, 1, QrPurpose::Identity, NOW);
        for index in TOKEN_LEN - TAG_B64_LEN..TOKEN_LEN {
            let tampered = with_char_changed(&token, index);
            assert_eq!(
                verify(&key, &tampered, None, NOW),
                malformed(),
                "{tampered}"
            );
        }
        // The full 32-byte HMAC instead of the 16-byte truncation is not accepted either.
        let parts: Vec<&str> = token.split('.').collect();
        let full = key.mac_over(parts[1]).finalize().into_bytes();
        let long = format!("E1.{}.{}", parts[1], URL_SAFE_NO_PAD.encode(full));
        assert_eq!(verify(&key, &long, None, NOW), malformed());
    }

    #[test]
    fn a_truncated_or_extended_token_is_malformed() {
        let key = key();
        let (token, _) = issue(&key, 1, QrPurpose::Identity, NOW);
        for len in 0..token.len() {
            assert_eq!(verify(&key, &token[..len], None, NOW), malformed(), "{len}");
            assert_eq!(
                verify(&key, &token[len + 1..], None, NOW),
                malformed(),
                "{len}"
            );
        }
        for suffix in ["A", ".", "=", "==", ".A"] {
            assert_eq!(
                verify(&key, &format!("{token}{suffix}"), None, NOW),
                malformed()
            );
        }
    }

    #[test]
    fn a_token_signed_with_another_key_is_malformed() {
        let (token, _) = issue(
            &SigningKey::from_bytes([8; 32]),
            1,
            QrPurpose::Identity,
            NOW,
        );
        assert_eq!(verify(&key(), &token, None, NOW), malformed());
    }

    #[test]
    fn a_token_of_another_purpose_is_wrong_purpose_even_when_expired() {
        let key = key();
        let (token, claims) = issue(&key, 1, QrPurpose::Identity, NOW);
        let wrong = Verdict::Invalid(QrInvalidReason::WrongPurpose);
        assert_eq!(
            verify(&key, &token, Some(QrPurpose::WorkPermit), NOW),
            wrong
        );
        assert_eq!(
            verify(&key, &token, Some(QrPurpose::WorkPermit), NOW + 61),
            wrong
        );
        assert_eq!(verify(&key, &token, None, NOW), Verdict::Valid(claims));
        let (token, _) = issue(&key, 1, QrPurpose::WorkPermit, NOW);
        assert_eq!(verify(&key, &token, Some(QrPurpose::Identity), NOW), wrong);
    }

    #[test]
    fn authentic_payloads_with_bad_fields_are_malformed() {
        let key = key();
        let (_, claims) = issue(&key, 1, QrPurpose::Identity, NOW);
        let good = claims.encode();
        let mut cases: Vec<Vec<u8>> = Vec::new();
        for version in [0, 2, 255] {
            let mut payload = good;
            payload[0] = version;
            cases.push(payload.to_vec());
        }
        for purpose in [0, 3, 255] {
            let mut payload = good;
            payload[1] = purpose;
            cases.push(payload.to_vec());
        }
        for expires_at in [NOW + 59, NOW + 61, NOW, u64::MAX] {
            let mut payload = good;
            payload[18..26].copy_from_slice(&expires_at.to_be_bytes());
            cases.push(payload.to_vec());
        }
        // issued_at so large that issued_at + 60 overflows.
        let saturated = Claims {
            issued_at: u64::MAX - 10,
            expires_at: u64::MAX,
            ..claims
        };
        cases.push(saturated.encode().to_vec());
        cases.push(good[..PAYLOAD_LEN - 1].to_vec());
        cases.push([&good[..], &[0]].concat());
        cases.push(Vec::new());
        for payload in cases {
            let token = sign(&key, &payload);
            assert_eq!(verify(&key, &token, None, NOW), malformed(), "{payload:?}");
        }
        // The control: the unmodified payload signed the same way is valid.
        assert_eq!(
            verify(&key, &sign(&key, &good), None, NOW),
            Verdict::Valid(claims)
        );
    }

    #[test]
    fn garbage_strings_are_malformed() {
        let key = key();
        let (token, _) = issue(&key, 1, QrPurpose::Identity, NOW);
        let garbage = [
            "hello",
            "E1.",
            "E1..",
            "E1...",
            "e1.AAAA.BBBB",
            "E2.AAAA.BBBB",
            "https://example.com/verify?t=abc",
            "{\"token\":\"E1.\"}",
            "\0\0\0",
            "E1.ÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄ.ÄÄÄÄÄÄÄÄÄÄÄ",
            "E1.💳💳💳💳💳💳💳💳💳💳💳.💳💳💳💳💳",
            &token.replace("E1.", "E2."),
            &token.replace('.', ":"),
            &token.replacen('.', "..", 2),
            &token.to_lowercase(),
            &format!("{token}\n{token}"),
            &format!(
                "E1.{}.{}",
                "=".repeat(PAYLOAD_B64_LEN),
                "=".repeat(TAG_B64_LEN)
            ),
            &format!(
                "E1.{}.{}",
                "+".repeat(PAYLOAD_B64_LEN),
                "/".repeat(TAG_B64_LEN)
            ),
        ];
        for garbage in garbage {
            assert_eq!(verify(&key, garbage, None, NOW), malformed(), "{garbage:?}");
        }
    }

    #[test]
    fn the_empty_and_blank_strings_are_malformed() {
        for blank in ["", " ", "\n", "\r\n\t "] {
            assert_eq!(verify(&key(), blank, None, NOW), malformed());
        }
    }

    #[test]
    fn surrounding_whitespace_from_a_scanner_is_accepted() {
        let key = key();
        let (token, claims) = issue(&key, 1, QrPurpose::Identity, NOW);
        for wrapped in [
            format!("{token}\n"),
            format!("{token}\r\n"),
            format!("  {token}\t"),
        ] {
            assert_eq!(verify(&key, &wrapped, None, NOW), Verdict::Valid(claims));
        }
        let inner = format!("{} {}", &token[..10], &token[10..]);
        assert_eq!(verify(&key, &inner, None, NOW), malformed());
    }

    #[test]
    fn a_string_longer_than_512_bytes_is_malformed_even_around_a_valid_token() {
        let key = key();
        let (token, claims) = issue(&key, 1, QrPurpose::Identity, NOW);
        let padded_to_limit = format!("{token}{}", " ".repeat(MAX_TOKEN_BYTES - token.len()));
        assert_eq!(
            verify(&key, &padded_to_limit, None, NOW),
            Verdict::Valid(claims)
        );
        let over_limit = format!("{padded_to_limit} ");
        assert_eq!(verify(&key, &over_limit, None, NOW), malformed());
        assert_eq!(verify(&key, &"A".repeat(1 << 20), None, NOW), malformed());
        assert_eq!(verify(&key, &token.repeat(100), None, NOW), malformed());
    }

    #[test]
    fn verify_never_panics_on_pseudo_random_strings() {
        // A fixed-seed xorshift generator: the same inputs on every run.
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let key = key();
        let (token, _) = issue(&key, 1, QrPurpose::Identity, NOW);
        let alphabet: Vec<char> =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ \n\tE1Ä💳\0"
                .chars()
                .collect();
        let pick = |n: u64, len: usize| usize::try_from(n % len as u64).unwrap();
        for round in 0..20_000 {
            let candidate: String = match round % 3 {
                // Random text, sometimes with the right prefix and length.
                0 | 1 => {
                    let len = if round % 3 == 0 {
                        pick(next(), 600)
                    } else {
                        TOKEN_LEN - PREFIX.len()
                    };
                    let body: String = (0..len)
                        .map(|_| alphabet[pick(next(), alphabet.len())])
                        .collect();
                    if round % 3 == 1 {
                        format!("{PREFIX}{body}")
                    } else {
                        body
                    }
                }
                // A valid token with one character replaced, inserted or deleted.
                _ => {
                    let mut chars: Vec<char> = token.chars().collect();
                    let at = pick(next(), chars.len());
                    let c = alphabet[pick(next(), alphabet.len())];
                    match next() % 3 {
                        0 => chars[at] = c,
                        1 => chars.insert(at, c),
                        _ => {
                            chars.remove(at);
                        }
                    }
                    chars.into_iter().collect()
                }
            };
            let now = next();
            let verdict = verify(&key, &candidate, None, now);
            if candidate.trim() != token {
                assert_eq!(verdict, malformed(), "{candidate:?}");
            }
        }
    }

    #[test]
    fn the_key_file_is_created_once_owner_only_and_reused_across_restarts() {
        let dir = tempfile::tempdir().unwrap();
        let data_dir = dir.path().join("data").join("nested");
        let first = SigningKey::load_or_create(&data_dir).unwrap();
        let path = data_dir.join(KEY_FILE_NAME);
        let bytes = fs::read(&path).unwrap();
        assert_eq!(bytes.len(), 32);
        assert_eq!(bytes, first.0);
        assert_ne!(bytes, [0; 32]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{mode:o}");
        }
        // Nothing but the key is left behind (no temporary file).
        let entries: Vec<_> = fs::read_dir(&data_dir).unwrap().collect();
        assert_eq!(entries.len(), 1);

        let (token, claims) = issue(&first, 7, QrPurpose::WorkPermit, NOW);
        let reloaded = SigningKey::load_or_create(&data_dir).unwrap();
        assert_eq!(
            verify(&reloaded, &token, Some(QrPurpose::WorkPermit), NOW),
            Verdict::Valid(claims)
        );
        assert_eq!(fs::read(&path).unwrap(), bytes);

        // Another data directory gets another key.
        let other = SigningKey::load_or_create(&dir.path().join("other")).unwrap();
        assert_eq!(verify(&other, &token, None, NOW), malformed());
    }

    #[test]
    fn a_key_file_of_the_wrong_length_is_an_error_and_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(KEY_FILE_NAME);
        for len in [0, 1, 31, 33, 64, 4096] {
            let contents = vec![0x5A; len];
            fs::write(&path, &contents).unwrap();
            let error = SigningKey::load_or_create(dir.path()).unwrap_err();
            assert_eq!(error.kind(), io::ErrorKind::InvalidData, "{len}");
            assert!(error.to_string().contains("32 bytes"), "{error}");
            assert_eq!(fs::read(&path).unwrap(), contents);
        }
    }

    #[test]
    fn debug_does_not_show_the_key() {
        let key = SigningKey::from_bytes([0xAB; 32]);
        let debug = format!("{key:?} {key:#?}");
        assert!(debug.contains("SigningKey"));
        for leak in ["171", "ab", "AB", "q6ur"] {
            assert!(!debug.contains(leak), "{debug}");
        }
    }
}
