//! Argon2id password hashes (OWASP's minimum: 19 MiB, 2 passes), computed on blocking
//! threads so the async runtime never stalls.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier as _, SaltString};
use protocol::problem::ApiErrorCode;

use crate::error::ApiError;

/// # Errors
/// Randomness or hashing failure.
pub async fn hash(password: String) -> Result<String, ApiError> {
    tokio::task::spawn_blocking(move || {
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt).map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
        let salt =
            SaltString::encode_b64(&salt).map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|_| ApiError::new(ApiErrorCode::Internal))
    })
    .await
    .map_err(|_| ApiError::new(ApiErrorCode::Internal))?
}

/// A hash of a random password, verified against when an identifier is unknown so that a
/// failed sign-in takes as long whether or not the account exists.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2Xw5C2d6JHk0m0T+Q4q4L8k2xT9Qh3yY3Jm9xv6lG7s";

/// Whether `password` matches `stored` (or the dummy hash when `None`, always false).
pub async fn verify(password: String, stored: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || {
        let known = stored.is_some();
        let hash_text = stored.unwrap_or_else(|| DUMMY_HASH.to_owned());
        let Ok(hash) = PasswordHash::new(&hash_text) else {
            return false;
        };
        Argon2::default()
            .verify_password(password.as_bytes(), &hash)
            .is_ok()
            && known
    })
    .await
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_verifies_its_password_only() {
        let stored = hash("correct-h0rse".into()).await.unwrap();
        assert!(stored.starts_with("$argon2id$"));
        assert!(verify("correct-h0rse".into(), Some(stored.clone())).await);
        assert!(!verify("wrong-h0rse".into(), Some(stored)).await);
        assert!(!verify("anything".into(), None).await);
    }
}
