//! Request and response bodies of every endpoint the reference server implements. Paths are in
//! [`crate::paths`]; errors are [`crate::problem::Problem`]. JSON field names are camelCase,
//! enum values kebab-case, money integer fen, dates `YYYY-MM-DD`, months `YYYY-MM`, instants
//! Unix seconds.

use serde::{Deserialize, Serialize};

use crate::date::{Date, YearMonth};

/// Which number the user identifies with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum IdentifierKind {
    /// 外国人工作许可证号, from the Notification Letter.
    WorkPermitNumber,
    /// 社会保障号码.
    SocialSecurityNumber,
}

// ---------------------------------------------------------------- registration

/// `POST /api/v1/registrations`, with an `Idempotency-Key` header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct RegistrationRequest {
    /// As in the passport, Latin letters.
    pub surname: String,
    pub given_names: String,
    /// `None` until the user chooses; validation then reports it as required.
    pub identifier_kind: Option<IdentifierKind>,
    pub identifier: String,
    pub password: String,
    /// A Chinese mobile number for the SMS step, if the user has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// What the user does next after a successful registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum NextStep {
    SmsVerification,
    FaceCheck,
    Done,
}

/// `201` from `POST /api/v1/registrations`; a session cookie is set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct RegistrationResponse {
    pub session: SessionInfo,
    pub next: NextStep,
}

// ---------------------------------------------------------------- session

/// `POST /api/v1/session`: sign in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct LoginRequest {
    pub identifier_kind: IdentifierKind,
    pub identifier: String,
    pub password: String,
}

/// `GET /api/v1/session` ("who am I"), also returned on sign-in. Values are masked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct SessionInfo {
    /// `ERIKSSON, A*** M****`.
    pub holder_name_masked: String,
    /// `1234************78`.
    pub identifier_masked: String,
    pub identifier_kind: IdentifierKind,
    pub card_status: CardStatus,
    /// The session ends after this many idle seconds (15 minutes).
    pub idle_timeout_seconds: u32,
    /// And at this instant at the latest (8 hours after sign-in), Unix seconds.
    pub expires_at: u64,
}

// ---------------------------------------------------------------- SMS code

/// `POST /api/v1/sms/send`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct SmsSendRequest {
    pub phone: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct SmsSendResponse {
    /// `138****5678`.
    pub phone_masked: String,
    /// The code is valid this long (5 minutes).
    pub expires_in_seconds: u32,
    /// A new code can be requested after this long (60 seconds).
    pub resend_after_seconds: u32,
}

/// `POST /api/v1/sms/verify`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct SmsVerifyRequest {
    pub code: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct SmsVerifyResponse {
    pub next: NextStep,
}

// ---------------------------------------------------------------- face check

/// Multipart field name of each camera frame in `POST /api/v1/face-checks`.
pub const FACE_FRAME_FIELD: &str = "frame";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum FaceOutcome {
    Passed,
    Failed,
    /// Three checks failed: verify in person at a service hall.
    ManualReview,
}

/// Why a face check failed; each has its own advice in the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum FaceFailure {
    /// A frame is not a readable JPEG or PNG.
    Undecodable,
    /// Smaller than 320×240.
    ResolutionTooLow,
    TooDark,
    TooBright,
    Blurry,
    /// Too little change between frames (liveness).
    NoMotion,
    /// No face found in enough of the frames.
    NoFace,
    /// A face was found, but too small: too far from the camera.
    FaceTooSmall,
    /// Fewer frames than the check needs.
    TooFewFrames,
}

/// What the server measured (frames are never stored).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct FaceMetrics {
    pub frames: u8,
    /// Mean luma, 0–255.
    pub brightness: u8,
    /// Variance of the Laplacian, rounded.
    pub sharpness: u32,
    /// Mean absolute difference between consecutive frames, in thousandths of full scale.
    pub motion: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct FaceCheckResponse {
    pub outcome: FaceOutcome,
    /// Empty when passed.
    pub failures: Vec<FaceFailure>,
    pub attempts_remaining: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metrics: Option<FaceMetrics>,
}

// ---------------------------------------------------------------- card

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum CardStatus {
    /// 正常.
    Active,
    /// 封存: the social-security function is not enabled yet (before verification).
    Sealed,
}

/// `GET /api/v1/card`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct CardResponse {
    pub holder_name: String,
    pub holder_name_masked: String,
    pub social_security_number: String,
    pub social_security_number_masked: String,
    pub card_number: String,
    pub card_number_masked: String,
    pub status: CardStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_on: Option<Date>,
}

// ---------------------------------------------------------------- QR code

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum QrPurpose {
    /// Identity and medical settlement at hospitals and pharmacies.
    Identity,
    /// Proving the work permit to an official or employer.
    WorkPermit,
}

/// `POST /api/v1/card/qr-token`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct QrTokenRequest {
    pub purpose: QrPurpose,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct QrTokenResponse {
    /// The text to encode in the QR code.
    pub token: String,
    pub purpose: QrPurpose,
    /// Unix seconds; 60 seconds after issue.
    pub expires_at: u64,
    pub valid_for_seconds: u32,
}

/// `POST /api/v1/qr/verify` (public, rate-limited).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct QrVerifyRequest {
    pub token: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum QrInvalidReason {
    /// Not a token this service issued (bad format or signature).
    Malformed,
    /// Issued for another purpose.
    WrongPurpose,
    /// The card behind it is no longer valid.
    Revoked,
}

/// The verdict, with masked holder details only when genuine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    tag = "result",
    rename_all = "kebab-case",
    rename_all_fields = "camelCase"
)]
pub enum QrVerifyResponse {
    Genuine {
        holder_name_masked: String,
        nationality: String,
        permit_category: PermitCategory,
        employer: String,
        position: String,
        valid_until: Date,
    },
    Expired {
        expired_at: u64,
    },
    Invalid {
        reason: QrInvalidReason,
    },
}

// ---------------------------------------------------------------- work permit

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PermitCategory {
    /// 外国高端人才（A类）.
    A,
    /// 外国专业人才（B类）.
    B,
    /// 其他外国人员（C类）.
    C,
}

/// `GET /api/v1/work-permit`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct WorkPermitDetails {
    pub number: String,
    pub category: PermitCategory,
    pub employer: String,
    pub workplace: String,
    pub position: String,
    pub work_address: String,
    pub valid_from: Date,
    pub valid_until: Date,
}

// ---------------------------------------------------------------- payment records

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum InsuranceType {
    Pension,
    Medical,
    WorkInjury,
    Unemployment,
    Maternity,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PaymentStatus {
    /// 已缴.
    Paid,
    /// 欠缴.
    Arrears,
    /// 待缴.
    Pending,
}

/// Query of `GET /api/v1/payments?from=YYYY-MM&to=YYYY-MM[&insurance=…]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct PaymentsQuery {
    pub from: YearMonth,
    pub to: YearMonth,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insurance: Option<InsuranceType>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct PaymentRecord {
    pub period: YearMonth,
    pub employer: String,
    pub insurance: InsuranceType,
    pub base_fen: u64,
    pub employer_fen: u64,
    pub employee_fen: u64,
    pub status: PaymentStatus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct PaymentTotals {
    pub employer_fen: u64,
    pub employee_fen: u64,
    /// Employer plus employee amounts of rows in arrears.
    pub arrears_fen: u64,
}

impl PaymentTotals {
    /// Sums the rows (saturating, so no input can overflow).
    #[must_use]
    pub fn of(records: &[PaymentRecord]) -> Self {
        records.iter().fold(Self::default(), |t, r| Self {
            employer_fen: t.employer_fen.saturating_add(r.employer_fen),
            employee_fen: t.employee_fen.saturating_add(r.employee_fen),
            arrears_fen: if r.status == PaymentStatus::Arrears {
                t.arrears_fen
                    .saturating_add(r.employer_fen)
                    .saturating_add(r.employee_fen)
            } else {
                t.arrears_fen
            },
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct PaymentsResponse {
    pub from: YearMonth,
    pub to: YearMonth,
    pub records: Vec<PaymentRecord>,
    pub totals: PaymentTotals,
}

crate::codec::wire_codes!(IdentifierKind {
    WorkPermitNumber => "work-permit-number",
    SocialSecurityNumber => "social-security-number",
});

crate::codec::wire_codes!(NextStep {
    SmsVerification => "sms-verification",
    FaceCheck => "face-check",
    Done => "done",
});

crate::codec::wire_codes!(FaceOutcome {
    Passed => "passed",
    Failed => "failed",
    ManualReview => "manual-review",
});

crate::codec::wire_codes!(FaceFailure {
    Undecodable => "undecodable",
    ResolutionTooLow => "resolution-too-low",
    TooDark => "too-dark",
    TooBright => "too-bright",
    Blurry => "blurry",
    NoMotion => "no-motion",
    NoFace => "no-face",
    FaceTooSmall => "face-too-small",
    TooFewFrames => "too-few-frames",
});

crate::codec::wire_codes!(CardStatus {
    Active => "active",
    Sealed => "sealed",
});

crate::codec::wire_codes!(QrPurpose {
    Identity => "identity",
    WorkPermit => "work-permit",
});

crate::codec::wire_codes!(QrInvalidReason {
    Malformed => "malformed",
    WrongPurpose => "wrong-purpose",
    Revoked => "revoked",
});

crate::codec::wire_codes!(PermitCategory {
    A => "a",
    B => "b",
    C => "c",
});

crate::codec::wire_codes!(InsuranceType {
    Pension => "pension",
    Medical => "medical",
    WorkInjury => "work-injury",
    Unemployment => "unemployment",
    Maternity => "maternity",
});

crate::codec::wire_codes!(PaymentStatus {
    Paid => "paid",
    Arrears => "arrears",
    Pending => "pending",
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::Problem;
    use proptest::prelude::*;
    use serde::de::DeserializeOwned;

    fn round_trips<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(
        value: &T,
    ) -> Result<(), TestCaseError> {
        let json = serde_json::to_string(value).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let back: T =
            serde_json::from_str(&json).map_err(|e| TestCaseError::fail(format!("{e}: {json}")))?;
        prop_assert_eq!(&back, value);
        Ok(())
    }

    proptest! {
        #[test] fn registration_request_round_trips(v: RegistrationRequest) { round_trips(&v)?; }
        #[test] fn registration_response_round_trips(v: RegistrationResponse) { round_trips(&v)?; }
        #[test] fn login_request_round_trips(v: LoginRequest) { round_trips(&v)?; }
        #[test] fn session_info_round_trips(v: SessionInfo) { round_trips(&v)?; }
        #[test] fn sms_send_round_trips(a: SmsSendRequest, b: SmsSendResponse) { round_trips(&a)?; round_trips(&b)?; }
        #[test] fn sms_verify_round_trips(a: SmsVerifyRequest, b: SmsVerifyResponse) { round_trips(&a)?; round_trips(&b)?; }
        #[test] fn face_check_round_trips(v: FaceCheckResponse) { round_trips(&v)?; }
        #[test] fn card_round_trips(v: CardResponse) { round_trips(&v)?; }
        #[test] fn qr_token_round_trips(a: QrTokenRequest, b: QrTokenResponse) { round_trips(&a)?; round_trips(&b)?; }
        #[test] fn qr_verify_round_trips(a: QrVerifyRequest, b: QrVerifyResponse) { round_trips(&a)?; round_trips(&b)?; }
        #[test] fn work_permit_round_trips(v: WorkPermitDetails) { round_trips(&v)?; }
        #[test] fn payments_round_trip(a: PaymentsQuery, b: PaymentsResponse) { round_trips(&a)?; round_trips(&b)?; }
        #[test] fn problem_round_trips(v: Problem) { round_trips(&v)?; }

        #[test]
        fn payment_totals_are_the_sums_of_the_rows(records in proptest::collection::vec(any::<PaymentRecord>(), 0..20)) {
            let totals = PaymentTotals::of(&records);
            let employer: u128 = records.iter().map(|r| u128::from(r.employer_fen)).sum();
            prop_assert_eq!(u128::from(totals.employer_fen), employer.min(u128::from(u64::MAX)));
        }
    }

    #[test]
    fn qr_verdicts_are_tagged_by_result() {
        let expired = QrVerifyResponse::Expired {
            expired_at: 1_800_000_000,
        };
        assert_eq!(
            serde_json::to_string(&expired).unwrap(),
            r#"{"result":"expired","expiredAt":1800000000}"#
        );
        let invalid = QrVerifyResponse::Invalid {
            reason: QrInvalidReason::WrongPurpose,
        };
        assert_eq!(
            serde_json::to_string(&invalid).unwrap(),
            r#"{"result":"invalid","reason":"wrong-purpose"}"#
        );
    }
}
