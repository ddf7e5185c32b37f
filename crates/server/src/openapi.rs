//! `GET /api/openapi.json`: the OpenAPI 3.1 document, generated from the protocol types (JSON
//! Schema from `schemars`) and the route table below, so it cannot drift from the code.

use protocol::health::HealthResponse;
use protocol::paths;
use protocol::problem::Problem;
use protocol::{api, applications};
use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, SchemaGenerator};
use serde_json::{Map, Value, json};

/// One operation of the API.
struct Operation {
    path: &'static str,
    method: &'static str,
    summary: &'static str,
    request: Option<Value>,
    /// Query parameters: (name, required, schema).
    query: Vec<(&'static str, bool, Value)>,
    success: (&'static str, Option<Value>),
    session: bool,
    idempotent: bool,
}

fn schema<T: JsonSchema>(generator: &mut SchemaGenerator) -> Value {
    generator.subschema_for::<T>().to_value()
}

fn operations(g: &mut SchemaGenerator) -> Vec<Operation> {
    let op = |path, method, summary| Operation {
        path,
        method,
        summary,
        request: None,
        query: Vec::new(),
        success: ("200", None),
        session: false,
        idempotent: false,
    };
    vec![
        Operation {
            success: ("200", Some(schema::<HealthResponse>(g))),
            ..op(paths::HEALTH, "get", "Liveness and database health")
        },
        Operation {
            success: ("200", Some(json!({"type": "object"}))),
            ..op(paths::OPENAPI, "get", "This document")
        },
        Operation {
            request: Some(schema::<api::RegistrationRequest>(g)),
            success: ("201", Some(schema::<api::RegistrationResponse>(g))),
            idempotent: true,
            ..op(
                paths::REGISTRATIONS,
                "post",
                "Register an e-SSC account against a work-permit record; opens a session",
            )
        },
        Operation {
            request: Some(schema::<api::LoginRequest>(g)),
            success: ("200", Some(schema::<api::SessionInfo>(g))),
            ..op(paths::SESSION, "post", "Sign in")
        },
        Operation {
            success: ("200", Some(schema::<api::SessionInfo>(g))),
            session: true,
            ..op(paths::SESSION, "get", "Who am I (masked)")
        },
        Operation {
            success: ("204", None),
            ..op(paths::SESSION, "delete", "Sign out; sends Clear-Site-Data")
        },
        Operation {
            request: Some(schema::<api::SmsSendRequest>(g)),
            success: ("200", Some(schema::<api::SmsSendResponse>(g))),
            session: true,
            ..op(
                paths::SMS_SEND,
                "post",
                "Send an SMS code (5 minutes valid, 60 s resend cooldown)",
            )
        },
        Operation {
            request: Some(schema::<api::SmsVerifyRequest>(g)),
            success: ("200", Some(schema::<api::SmsVerifyResponse>(g))),
            session: true,
            ..op(
                paths::SMS_VERIFY,
                "post",
                "Verify an SMS code (at most 5 wrong tries)",
            )
        },
        Operation {
            request: Some(
                json!({"type": "object", "properties": {api::FACE_FRAME_FIELD: {"type": "array", "items": {"type": "string", "contentMediaType": "image/jpeg"}}}}),
            ),
            success: ("200", Some(schema::<api::FaceCheckResponse>(g))),
            session: true,
            idempotent: true,
            ..op(
                paths::FACE_CHECKS,
                "post",
                "Face check from several camera frames (multipart/form-data); frames are never stored",
            )
        },
        Operation {
            success: ("200", Some(schema::<api::CardResponse>(g))),
            session: true,
            ..op(paths::CARD, "get", "The holder's card")
        },
        Operation {
            request: Some(schema::<api::QrTokenRequest>(g)),
            success: ("200", Some(schema::<api::QrTokenResponse>(g))),
            session: true,
            ..op(
                paths::CARD_QR_TOKEN,
                "post",
                "A signed QR token valid for 60 seconds",
            )
        },
        Operation {
            request: Some(schema::<api::QrVerifyRequest>(g)),
            success: ("200", Some(schema::<api::QrVerifyResponse>(g))),
            ..op(
                paths::QR_VERIFY,
                "post",
                "Public, rate-limited verification of a QR token",
            )
        },
        Operation {
            success: ("200", Some(schema::<api::WorkPermitDetails>(g))),
            session: true,
            ..op(paths::WORK_PERMIT, "get", "Work-permit details")
        },
        Operation {
            query: vec![
                ("from", true, schema::<protocol::date::YearMonth>(g)),
                ("to", true, schema::<protocol::date::YearMonth>(g)),
                ("insurance", false, schema::<api::InsuranceType>(g)),
            ],
            success: ("200", Some(schema::<api::PaymentsResponse>(g))),
            session: true,
            ..op(
                paths::PAYMENTS,
                "get",
                "Payment records by month range, with totals",
            )
        },
        Operation {
            request: Some(schema::<applications::StatusCheckRequest>(g)),
            success: ("200", Some(schema::<applications::StatusCheckResponse>(g))),
            ..op(
                paths::APPLICATION_STATUS,
                "post",
                "Public status check: the application number and the date of birth give the current stage and its date, nothing else; a wrong pair gets application-not-found. Rate-limited per client and per application number",
            )
        },
        Operation {
            success: ("200", Some(schema::<applications::TimelineResponse>(g))),
            session: true,
            ..op(
                paths::TIMELINE,
                "get",
                "The holder's applications with every stage, and the dates after approval the deadlines follow from",
            )
        },
        Operation {
            success: ("200", Some(json!({"type": "array"}))),
            ..op(
                paths::DEV_OUTBOX,
                "get",
                "Sent SMS codes; exists only when the server runs with --demo",
            )
        },
        Operation {
            request: Some(json!({
                "type": "object",
                "required": ["advanceSeconds"],
                "properties": {"advanceSeconds": {"type": "integer", "minimum": 0, "maximum": crate::api::MAX_CLOCK_STEP_SECONDS}}
            })),
            success: (
                "200",
                Some(json!({"type": "object", "properties": {"now": {"type": "integer"}}})),
            ),
            ..op(
                paths::DEV_CLOCK,
                "post",
                "Moves the server's clock forward (token and code expiry in demos and tests); exists only with --demo",
            )
        },
    ]
}

/// The document.
#[must_use]
pub fn document() -> Value {
    let mut settings = SchemaSettings::draft2020_12();
    settings.definitions_path = "/components/schemas".into();
    let mut generator = settings.into_generator();
    let problem = schema::<Problem>(&mut generator);
    let mut paths_object = Map::new();
    for operation in operations(&mut generator) {
        let mut responses = Map::new();
        let (status, body) = operation.success;
        responses.insert(
            status.to_owned(),
            match body {
                Some(schema) => json!({"description": "Success", "content": {"application/json": {"schema": schema}}}),
                None => json!({"description": "Success"}),
            },
        );
        responses.insert(
            "default".to_owned(),
            json!({"description": "Problem details (RFC 9457) carrying a protocol error code", "content": {"application/problem+json": {"schema": problem}}}),
        );
        let mut parameters: Vec<Value> = operation
            .query
            .iter()
            .map(|(name, required, schema)| json!({"name": name, "in": "query", "required": required, "schema": schema}))
            .collect();
        if operation.idempotent {
            parameters.push(json!({"name": "Idempotency-Key", "in": "header", "required": true, "schema": {"type": "string", "maxLength": 255},
                "description": "One UUID per user intent; replayed for 24 hours"}));
        }
        if operation.method != "get" {
            parameters.push(json!({"name": paths::CLIENT_HEADER, "in": "header", "required": false, "schema": {"type": "string"},
                "description": "Required on state-changing requests without a same-origin Origin header"}));
        }
        let mut entry =
            json!({"summary": operation.summary, "responses": responses, "parameters": parameters});
        if let Some(request) = operation.request {
            let media = if operation.path == paths::FACE_CHECKS {
                "multipart/form-data"
            } else {
                "application/json"
            };
            entry["requestBody"] =
                json!({"required": true, "content": {media: {"schema": request}}});
        }
        if operation.session {
            entry["security"] = json!([{"session": []}]);
        }
        let path_item = paths_object
            .entry(operation.path.to_owned())
            .or_insert_with(|| json!({}));
        path_item[operation.method] = entry;
    }
    let schemas: Map<String, Value> = generator.take_definitions(true).into_iter().collect();
    json!({
        "openapi": "3.1.0",
        "info": {"title": "e-SSC reference API", "version": env!("CARGO_PKG_VERSION"),
            "description": "The contract between the multilingual e-SSC app and a backend. Errors are RFC 9457 problem details carrying protocol codes."},
        "paths": paths_object,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"session": {"type": "apiKey", "in": "cookie", "name": crate::session::COOKIE}}
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_document_covers_every_api_path_and_resolves_every_reference() {
        let doc = document();
        for path in paths::ALL {
            assert!(
                doc["paths"].get(*path).is_some(),
                "{path} missing from the OpenAPI document"
            );
        }
        let text = doc.to_string();
        for reference in text.split("\"$ref\":\"").skip(1) {
            let target = reference.split('"').next().unwrap();
            let name = target
                .strip_prefix("#/components/schemas/")
                .unwrap_or_else(|| panic!("unexpected $ref {target}"));
            assert!(
                doc["components"]["schemas"].get(name).is_some(),
                "{name} not defined"
            );
        }
        assert_eq!(
            doc["paths"][paths::REGISTRATIONS]["post"]["responses"]["201"]["content"]["application/json"]
                ["schema"]["$ref"],
            "#/components/schemas/RegistrationResponse"
        );
    }
}
