//! `GET /api/health`.

use serde::{Deserialize, Serialize};

/// State of one part the service depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ComponentStatus {
    Ok,
    Unavailable,
}

/// Body of `GET /api/health`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct HealthResponse {
    pub status: ComponentStatus,
    pub database: ComponentStatus,
    pub version: String,
}

crate::codec::wire_codes!(ComponentStatus {
    Ok => "ok",
    Unavailable => "unavailable",
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn health_wire_form_is_camel_case_with_kebab_status() {
        let body = HealthResponse {
            status: ComponentStatus::Ok,
            database: ComponentStatus::Unavailable,
            version: "1.2.3".into(),
        };
        let json = serde_json::to_string(&body).unwrap();
        assert_eq!(
            json,
            r#"{"status":"ok","database":"unavailable","version":"1.2.3"}"#
        );
        let back: HealthResponse = serde_json::from_str(&json).unwrap();
        assert_eq!(back, body);
    }
}
