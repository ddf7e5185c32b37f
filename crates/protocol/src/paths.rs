//! One source of truth for the API's paths.

/// Prefix of every API route; the server never falls back to the app below it.
pub const API_PREFIX: &str = "/api";

/// Liveness and readiness of the backend, including its database.
pub const HEALTH: &str = "/api/health";

/// Whether `path` belongs to the API rather than to the single-page app.
#[must_use]
pub fn is_api(path: &str) -> bool {
    path == API_PREFIX || path.starts_with("/api/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_paths_are_recognised_and_app_paths_are_not() {
        assert!(is_api("/api"));
        assert!(is_api(HEALTH));
        assert!(is_api("/api/v1/card"));
        assert!(!is_api("/"));
        assert!(!is_api("/apiary"));
        assert!(!is_api("/accessibility"));
    }
}
