//! A work-permit application and its stages (domain.md §8, "Application stages"): the public
//! status check's request and answer, and the signed-in holder's timeline with the dates the
//! deadlines follow from (`crate::deadlines`).

use serde::{Deserialize, Serialize};

use crate::api::PermitCategory;
use crate::date::Date;
use crate::documents::Document;
use crate::validation::{FieldError, ValidationCode};

/// Where an application stands. Refusal and "more documents requested" can follow pre-review
/// or review (domain.md §8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ApplicationStage {
    /// Submitted online by the employer (已提交).
    Submitted,
    /// Checked for completeness before acceptance (预审).
    PreReview,
    /// Accepted for a decision (受理): the 20 working days run from here.
    Accepted,
    /// Under review (审查).
    UnderReview,
    /// The authority asked the employer for more documents (补正材料).
    MoreDocuments,
    /// Approved; the Notification Letter is issued (批准).
    Approved,
    /// Refused (不予许可), with a reason.
    Refused,
}

crate::codec::wire_codes!(ApplicationStage {
    Submitted => "submitted",
    PreReview => "pre-review",
    Accepted => "accepted",
    UnderReview => "under-review",
    MoreDocuments => "more-documents",
    Approved => "approved",
    Refused => "refused",
});

impl ApplicationStage {
    /// The stages every approved application passes, in order (the timeline's steps).
    pub const PATH: [Self; 5] = [
        Self::Submitted,
        Self::PreReview,
        Self::Accepted,
        Self::UnderReview,
        Self::Approved,
    ];

    /// Whether the application is decided.
    #[must_use]
    pub const fn is_decided(self) -> bool {
        matches!(self, Self::Approved | Self::Refused)
    }
}

/// Why an application was refused, as far as the reference backend records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum RefusalReason {
    /// A document was past its validity when filed (criminal record or medical report: 6 months).
    DocumentExpired,
    /// A foreign document was neither apostilled nor legalised.
    NotAuthenticated,
    /// The points fall short of the category applied for.
    PointsTooLow,
}

crate::codec::wire_codes!(RefusalReason {
    DocumentExpired => "document-expired",
    NotAuthenticated => "not-authenticated",
    PointsTooLow => "points-too-low",
});

/// The longest application number the check accepts (letters and digits).
pub const NUMBER_MAX: u32 = 24;
/// The shortest.
pub const NUMBER_MIN: u32 = 10;

/// An application number as typed: spaces and hyphens removed, letters in upper case, 10 to
/// 24 letters and digits. No public source gives the authority's layout, so the rule is this
/// wide; the reference backend's numbers are 16 digits.
///
/// # Errors
/// `Required`, `InvalidCharacters`, `TooShort`, `TooLong`.
pub fn parse_number(input: &str) -> Result<String, Vec<ValidationCode>> {
    let value: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if value.is_empty() {
        return Err(vec![ValidationCode::Required]);
    }
    let mut errors = Vec::new();
    if !value.chars().all(|c| c.is_ascii_alphanumeric()) {
        errors.push(ValidationCode::InvalidCharacters);
    }
    let length = u32::try_from(value.chars().count()).unwrap_or(u32::MAX);
    if length < NUMBER_MIN {
        errors.push(ValidationCode::TooShort { min: NUMBER_MIN });
    } else if length > NUMBER_MAX {
        errors.push(ValidationCode::TooLong { max: NUMBER_MAX });
    }
    if errors.is_empty() {
        Ok(value)
    } else {
        Err(errors)
    }
}

/// `POST /api/v1/application-status`: the public check, without an account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StatusCheckRequest {
    pub application_number: String,
    /// The applicant's date of birth, as in the passport.
    pub birth_date: Date,
}

/// The stage and the day it was reached: nothing else, since anyone who knows the number and
/// the date of birth can ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct StatusCheckResponse {
    pub stage: ApplicationStage,
    pub since: Date,
}

/// Validates the check's request; the number comes back normalised.
///
/// # Errors
/// The number's field errors.
pub fn validate_status_check(request: &StatusCheckRequest) -> Result<String, Vec<FieldError>> {
    parse_number(&request.application_number)
        .map_err(|codes| FieldError::all(crate::forms::fields::APPLICATION_NUMBER.wire, codes))
}

/// One stage reached, with what the authority said at it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct StageReached {
    pub stage: ApplicationStage,
    pub on: Date,
    /// For `more-documents`: what was asked for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<Document>,
    /// For `refused`: why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<RefusalReason>,
}

/// One application with every stage it reached, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ApplicationHistory {
    pub number: String,
    pub stages: Vec<StageReached>,
}

impl ApplicationHistory {
    /// The stage reached last.
    #[must_use]
    pub fn current(&self) -> Option<&StageReached> {
        self.stages.last()
    }

    /// The day `stage` was reached, if it was.
    #[must_use]
    pub fn reached(&self, stage: ApplicationStage) -> Option<Date> {
        self.stages
            .iter()
            .rev()
            .find(|s| s.stage == stage)
            .map(|s| s.on)
    }
}

/// `GET /api/v1/timeline`: the signed-in holder's applications and what followed approval.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct TimelineResponse {
    /// Today in China by the server's clock, so that days left agree with the authority's.
    pub today: Date,
    pub category: PermitCategory,
    /// Oldest first; the last is the current one.
    pub applications: Vec<ApplicationHistory>,
    /// The day of entry on the Z visa.
    pub entry: Option<Date>,
    /// The China medical report's issue date, when the holder has one on file.
    pub medical_report_issued: Option<Date>,
    /// The e-SSC's issue date, once registered and verified.
    pub card_issued: Option<Date>,
    /// The residence permit's issue date, once recorded.
    pub residence_permit: Option<Date>,
    /// The on-site verification's date (Categories B and C), once done.
    pub on_site_verified: Option<Date>,
    pub permit_valid_until: Date,
}

impl TimelineResponse {
    /// The Notification Letter's issue date: the current application's approval.
    #[must_use]
    pub fn letter_issued(&self) -> Option<Date> {
        self.applications
            .last()
            .and_then(|a| a.reached(ApplicationStage::Approved))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_normalised_and_bad_ones_say_why() {
        assert_eq!(
            parse_number(" 3100-0020 2611 0042 "),
            Ok("3100002026110042".into())
        );
        assert_eq!(parse_number("w31abc12345"), Ok("W31ABC12345".into()));
        assert_eq!(parse_number("  "), Err(vec![ValidationCode::Required]));
        assert_eq!(
            parse_number("12345"),
            Err(vec![ValidationCode::TooShort { min: 10 }])
        );
        assert_eq!(
            parse_number(&"1".repeat(25)),
            Err(vec![ValidationCode::TooLong { max: 24 }])
        );
        assert_eq!(
            parse_number("31000020261100４2"),
            Err(vec![ValidationCode::InvalidCharacters])
        );
    }

    #[test]
    fn the_request_reports_the_number_field() {
        let request = StatusCheckRequest {
            application_number: "abc".into(),
            birth_date: Date::new(1990, 1, 1).unwrap(),
        };
        let errors = validate_status_check(&request).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, "applicationNumber");
    }

    #[test]
    fn the_letter_is_issued_on_the_current_applications_approval() {
        let d = |m, day| Date::new(2026, m, day).unwrap();
        let stage = |stage, on| StageReached {
            stage,
            on,
            documents: Vec::new(),
            reason: None,
        };
        let timeline = TimelineResponse {
            today: d(11, 30),
            category: PermitCategory::B,
            applications: vec![
                ApplicationHistory {
                    number: "3100002025000001".into(),
                    stages: vec![stage(ApplicationStage::Approved, d(1, 5))],
                },
                ApplicationHistory {
                    number: "3100002026000002".into(),
                    stages: vec![
                        stage(ApplicationStage::Submitted, d(9, 1)),
                        stage(ApplicationStage::Approved, d(9, 20)),
                    ],
                },
            ],
            entry: None,
            medical_report_issued: None,
            card_issued: None,
            residence_permit: None,
            on_site_verified: None,
            permit_valid_until: d(12, 31),
        };
        assert_eq!(timeline.letter_issued(), Some(d(9, 20)));
        assert_eq!(
            timeline.applications[1].current().map(|s| s.stage),
            Some(ApplicationStage::Approved)
        );
    }
}
