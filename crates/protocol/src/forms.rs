//! Form validators that collect every error, shared by the app (instant feedback) and the
//! server (never trusting the client). Field names are the request's JSON names.

use crate::api::{IdentifierKind, RegistrationRequest};
use crate::names::{self, PassportName};
use crate::validation::{FieldError, ValidationCode};
use crate::{ids, password};

/// A request field: its JSON name (`wire`, in the server's field errors) and the id of the
/// control that asks for it in any form (`id`), so a field error finds its input without a
/// table of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub wire: &'static str,
    pub id: &'static str,
}

impl Field {
    /// The field of `fields` whose JSON name is `wire`.
    #[must_use]
    pub fn by_wire(fields: &[Self], wire: &str) -> Option<Self> {
        fields.iter().copied().find(|f| f.wire == wire)
    }
}

/// The fields of the requests with forms, in the order the forms ask for them.
pub mod fields {
    use super::Field;

    pub const SURNAME: Field = Field {
        wire: "surname",
        id: "surname",
    };
    pub const GIVEN_NAMES: Field = Field {
        wire: "givenNames",
        id: "given-names",
    };
    pub const IDENTIFIER_KIND: Field = Field {
        wire: "identifierKind",
        id: "identifier-kind",
    };
    pub const IDENTIFIER: Field = Field {
        wire: "identifier",
        id: "identifier",
    };
    pub const PASSWORD: Field = Field {
        wire: "password",
        id: "password",
    };
    pub const PHONE: Field = Field {
        wire: "phone",
        id: "phone",
    };

    pub const APPLICATION_NUMBER: Field = Field {
        wire: "applicationNumber",
        id: "application-number",
    };
    pub const BIRTH_DATE: Field = Field {
        wire: "birthDate",
        id: "birth-date",
    };

    /// `RegistrationRequest`.
    pub const REGISTRATION: [Field; 6] = [
        SURNAME,
        GIVEN_NAMES,
        IDENTIFIER_KIND,
        IDENTIFIER,
        PASSWORD,
        PHONE,
    ];
    /// `LoginRequest`.
    pub const LOGIN: [Field; 3] = [IDENTIFIER_KIND, IDENTIFIER, PASSWORD];
    /// `StatusCheckRequest`.
    pub const STATUS_CHECK: [Field; 2] = [APPLICATION_NUMBER, BIRTH_DATE];
}

/// A registration that passed validation, with every value normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidRegistration {
    pub name: PassportName,
    pub identifier_kind: IdentifierKind,
    /// Spaces removed; upper case where letters are allowed.
    pub identifier: String,
    pub password: String,
    /// The 11 digits, when a phone was given.
    pub phone: Option<String>,
}

/// Parses the identifier of the chosen kind.
///
/// # Errors
/// Every rule the identifier breaks.
pub fn parse_identifier(kind: IdentifierKind, input: &str) -> Result<String, Vec<ValidationCode>> {
    match kind {
        IdentifierKind::WorkPermitNumber => ids::parse_work_permit_number(input),
        IdentifierKind::SocialSecurityNumber => ids::parse_social_security_number(input),
    }
}

/// Validates a registration, reporting every problem of every field in form order.
///
/// # Errors
/// One [`FieldError`] per broken rule.
pub fn validate_registration(
    request: &RegistrationRequest,
) -> Result<ValidRegistration, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut collect = |field: &str, result: Result<String, Vec<ValidationCode>>| match result {
        Ok(value) => Some(value),
        Err(codes) => {
            errors.extend(FieldError::all(field, codes));
            None
        }
    };
    let surname = if request.surname.trim().is_empty() {
        collect(fields::SURNAME.wire, Err(vec![ValidationCode::Required]))
    } else {
        collect(
            fields::SURNAME.wire,
            names::normalize_part(&request.surname),
        )
    };
    let given = if request.given_names.trim().is_empty() {
        Some(String::new())
    } else {
        collect(
            fields::GIVEN_NAMES.wire,
            names::normalize_part(&request.given_names),
        )
    };
    let identifier = match request.identifier_kind {
        Some(kind) => collect(
            fields::IDENTIFIER.wire,
            parse_identifier(kind, &request.identifier),
        ),
        None => {
            errors.push(FieldError::new(
                fields::IDENTIFIER_KIND.wire,
                ValidationCode::Required,
            ));
            None
        }
    };
    let password_errors = password::check(&request.password);
    errors.extend(FieldError::all(fields::PASSWORD.wire, password_errors));
    let phone = match request
        .phone
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        Some(phone) => match ids::normalize_china_mobile(phone) {
            Ok(digits) => Some(Some(digits)),
            Err(codes) => {
                errors.extend(FieldError::all(fields::PHONE.wire, codes));
                None
            }
        },
        None => Some(None),
    };
    match (surname, given, request.identifier_kind, identifier, phone) {
        (Some(_), Some(_), Some(identifier_kind), Some(identifier), Some(phone))
            if errors.is_empty() =>
        {
            let name = names::normalize_passport_name(&request.surname, &request.given_names)
                .map_err(|codes| FieldError::all(fields::SURNAME.wire, codes))?;
            Ok(ValidRegistration {
                name,
                identifier_kind,
                identifier,
                password: request.password.clone(),
                phone,
            })
        }
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn complete() -> RegistrationRequest {
        RegistrationRequest {
            surname: "Eriksson".into(),
            given_names: "Anna  Maria".into(),
            identifier_kind: Some(IdentifierKind::WorkPermitNumber),
            identifier: "1234 5678 9012 3456 78".into(),
            password: "correct-h0rse".into(),
            phone: Some("+86 138 1234 5678".into()),
        }
    }

    #[test]
    fn a_complete_registration_is_normalised() {
        let valid = validate_registration(&complete()).unwrap();
        assert_eq!(valid.name.display(), "ERIKSSON, ANNA MARIA");
        assert_eq!(valid.identifier, "123456789012345678");
        assert_eq!(valid.phone.as_deref(), Some("13812345678"));
    }

    #[test]
    fn phone_and_given_names_are_optional() {
        let request = RegistrationRequest {
            phone: None,
            given_names: "  ".into(),
            ..complete()
        };
        let valid = validate_registration(&request).unwrap();
        assert_eq!(valid.phone, None);
        assert_eq!(valid.name.given_names, "");
    }

    #[test]
    fn an_empty_form_reports_every_required_field_in_form_order() {
        let request = RegistrationRequest {
            surname: String::new(),
            given_names: String::new(),
            identifier_kind: None,
            identifier: String::new(),
            password: String::new(),
            phone: None,
        };
        let fields: Vec<(String, ValidationCode)> = validate_registration(&request)
            .unwrap_err()
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect();
        assert_eq!(
            fields,
            vec![
                (fields::SURNAME.wire.into(), ValidationCode::Required),
                (
                    fields::IDENTIFIER_KIND.wire.into(),
                    ValidationCode::Required
                ),
                (fields::PASSWORD.wire.into(), ValidationCode::Required),
            ]
        );
    }

    #[test]
    fn every_error_of_every_field_is_collected() {
        let request = RegistrationRequest {
            surname: "张".into(),
            given_names: "Anna".into(),
            identifier_kind: Some(IdentifierKind::WorkPermitNumber),
            identifier: "12A".into(),
            password: "short".into(),
            phone: Some("12345".into()),
        };
        let errors = validate_registration(&request).unwrap_err();
        let codes: Vec<(&str, &ValidationCode)> =
            errors.iter().map(|e| (e.field.as_str(), &e.code)).collect();
        assert_eq!(
            codes,
            vec![
                (fields::SURNAME.wire, &ValidationCode::NonLatinScript),
                (fields::IDENTIFIER.wire, &ValidationCode::DigitsOnly),
                (
                    fields::IDENTIFIER.wire,
                    &ValidationCode::WrongLength { expected: 18 }
                ),
                (fields::PASSWORD.wire, &ValidationCode::TooShort { min: 8 }),
                (
                    fields::PASSWORD.wire,
                    &ValidationCode::PasswordNeedsTwoKinds
                ),
                (fields::PHONE.wire, &ValidationCode::NotAChinaMobile),
            ]
        );
    }

    #[test]
    fn a_social_security_number_is_checked_by_its_own_rule() {
        let body = "91234567890123456";
        let check = ids::mod11_2_check_char(body).unwrap();
        let wrong = if check == '0' { '1' } else { '0' };
        let request = RegistrationRequest {
            identifier_kind: Some(IdentifierKind::SocialSecurityNumber),
            identifier: format!("{body}{wrong}"),
            ..complete()
        };
        let errors = validate_registration(&request).unwrap_err();
        assert_eq!(
            errors,
            vec![FieldError::new(
                fields::IDENTIFIER.wire,
                ValidationCode::CheckCharacterMismatch
            )]
        );
    }

    #[test]
    fn each_field_is_named_as_the_request_serialises_it_and_each_control_id_is_unique() {
        let request = serde_json::to_value(RegistrationRequest {
            phone: Some("13800138000".into()),
            ..complete()
        })
        .unwrap();
        let mut names: Vec<&str> = request
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut wires: Vec<&str> = fields::REGISTRATION.iter().map(|f| f.wire).collect();
        names.sort_unstable();
        wires.sort_unstable();
        assert_eq!(wires, names);
        let login = serde_json::to_value(crate::api::LoginRequest {
            identifier_kind: IdentifierKind::WorkPermitNumber,
            identifier: "x".into(),
            password: "y".into(),
        })
        .unwrap();
        let mut names: Vec<&str> = login
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut wires: Vec<&str> = fields::LOGIN.iter().map(|f| f.wire).collect();
        names.sort_unstable();
        wires.sort_unstable();
        assert_eq!(wires, names);
        let mut ids: Vec<&str> = fields::REGISTRATION.iter().map(|f| f.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), fields::REGISTRATION.len());
        assert_eq!(
            Field::by_wire(&fields::LOGIN, "identifierKind"),
            Some(fields::IDENTIFIER_KIND)
        );
        assert_eq!(Field::by_wire(&fields::LOGIN, "phone"), None);
    }

    proptest! {
        #[test]
        fn validation_never_panics(request: RegistrationRequest) {
            let _ = validate_registration(&request);
        }
    }
}
