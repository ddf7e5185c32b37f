//! Rules for uploaded documents. Public guides disagree on the limits (domain.md §2.3), so
//! they are a configurable value; the defaults are the most common published figures.

use serde::{Deserialize, Serialize};

use crate::validation::ValidationCode;

/// What an upload slot accepts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UploadRules {
    /// MIME types accepted, such as `image/jpeg`.
    pub allowed_types: Vec<String>,
    pub min_bytes: u64,
    pub max_bytes: u64,
    /// For images: the smallest width and height in pixels.
    pub min_width: Option<u32>,
    pub min_height: Option<u32>,
}

impl UploadRules {
    /// ID photo: JPEG, at least 354×472 px, 40–200 KB.
    #[must_use]
    pub fn id_photo() -> Self {
        Self {
            allowed_types: vec!["image/jpeg".into()],
            min_bytes: 40 * 1024,
            max_bytes: 200 * 1024,
            min_width: Some(354),
            min_height: Some(472),
        }
    }

    /// Other attachments: PDF up to 1 MB.
    #[must_use]
    pub fn attachment() -> Self {
        Self {
            allowed_types: vec!["application/pdf".into()],
            min_bytes: 1,
            max_bytes: 1024 * 1024,
            min_width: None,
            min_height: None,
        }
    }

    /// Every rule a file breaks, from what the browser or server knows about it.
    #[must_use]
    pub fn check(&self, mime: &str, bytes: u64, pixels: Option<(u32, u32)>) -> Vec<ValidationCode> {
        let mut errors = Vec::new();
        if bytes == 0 {
            return vec![ValidationCode::FileEmpty];
        }
        if !self
            .allowed_types
            .iter()
            .any(|allowed| allowed.eq_ignore_ascii_case(mime.trim()))
        {
            errors.push(ValidationCode::FileTypeNotAllowed);
        }
        if bytes > self.max_bytes {
            errors.push(ValidationCode::FileTooLarge {
                max_bytes: self.max_bytes,
            });
        }
        if bytes < self.min_bytes {
            errors.push(ValidationCode::FileTooSmall {
                min_bytes: self.min_bytes,
            });
        }
        if let (Some(min_width), Some(min_height), Some((width, height))) =
            (self.min_width, self.min_height, pixels)
            && (width < min_width || height < min_height)
        {
            errors.push(ValidationCode::ImageTooSmall {
                min_width,
                min_height,
            });
        }
        errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_photo_within_the_defaults_passes() {
        assert_eq!(
            UploadRules::id_photo().check("image/jpeg", 100 * 1024, Some((413, 531))),
            vec![]
        );
    }

    #[test]
    fn every_broken_upload_rule_is_reported() {
        let rules = UploadRules::id_photo();
        assert_eq!(
            rules.check("image/jpeg", 0, None),
            vec![ValidationCode::FileEmpty]
        );
        assert_eq!(
            rules.check("image/png", 300 * 1024, Some((300, 400))),
            vec![
                ValidationCode::FileTypeNotAllowed,
                ValidationCode::FileTooLarge {
                    max_bytes: 200 * 1024
                },
                ValidationCode::ImageTooSmall {
                    min_width: 354,
                    min_height: 472
                }
            ]
        );
        assert_eq!(
            rules.check("image/jpeg", 10 * 1024, None),
            vec![ValidationCode::FileTooSmall {
                min_bytes: 40 * 1024
            }]
        );
        assert_eq!(
            UploadRules::attachment().check("application/pdf", 2 * 1024 * 1024, None),
            vec![ValidationCode::FileTooLarge {
                max_bytes: 1024 * 1024
            }]
        );
    }

    #[test]
    fn rules_are_configurable_data() {
        let json = serde_json::to_string(&UploadRules::attachment()).unwrap();
        assert_eq!(
            json,
            r#"{"allowedTypes":["application/pdf"],"minBytes":1,"maxBytes":1048576,"minWidth":null,"minHeight":null}"#
        );
    }
}
