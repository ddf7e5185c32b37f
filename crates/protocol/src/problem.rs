//! RFC 9457 problem details: the body of every API error. Codes, never sentences, cross the
//! wire; the app turns each code into a message in the user's language.

use serde::{Deserialize, Serialize};

/// Media type of every error body.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// Why a request failed, as far as the app needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ApiErrorCode {
    /// No such API route or resource.
    NotFound,
    /// The route exists but not for this HTTP method.
    MethodNotAllowed,
    /// Something failed on the server; retrying later may help.
    Internal,
    /// A dependency (such as the database) is not answering.
    Unavailable,
}

impl ApiErrorCode {
    /// The HTTP status that goes with the code.
    #[must_use]
    pub const fn status(self) -> u16 {
        match self {
            Self::NotFound => 404,
            Self::MethodNotAllowed => 405,
            Self::Internal => 500,
            Self::Unavailable => 503,
        }
    }
}

/// An `application/problem+json` body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    #[serde(rename = "type")]
    pub kind: String,
    pub status: u16,
    pub code: ApiErrorCode,
}

impl Problem {
    #[must_use]
    pub fn new(code: ApiErrorCode) -> Self {
        Self {
            kind: "about:blank".into(),
            status: code.status(),
            code,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problem_wire_form_carries_status_and_kebab_code() {
        let json = serde_json::to_string(&Problem::new(ApiErrorCode::MethodNotAllowed)).unwrap();
        assert_eq!(
            json,
            r#"{"type":"about:blank","status":405,"code":"method-not-allowed"}"#
        );
    }
}
