//! The OpenAPI 3.1 document of the JSON API: the operations come from [`super::routes`]
//! (each declared beside its handler), the shared answers and component schemas from here.

use axum::routing::MethodRouter;
use axum::Json;
use domain::commitment::{CommitmentStatus, OgpValue};
use domain::institution::Branch;
use domain::plan::PhaseKind;
use serde_json::{json, Value};

use crate::state::AppState;

/// A JSON endpoint: its address, handler and OpenAPI operation, declared together so the
/// document at `/api/openapi.json` is generated from what the router actually serves.
pub struct ApiRoute {
    pub path: &'static str,
    pub method: &'static str,
    pub handler: MethodRouter<AppState>,
    pub operation: Value,
}

/// The `page` and `per_page` query parameters of every list, with the bounds
/// `controllers::api::paging::paging` enforces.
pub(crate) fn paging_parameters() -> Value {
    use super::paging::{DEFAULT_PER_PAGE, MAX_PAGE, MAX_PER_PAGE};
    json!([
        { "name": "page", "in": "query", "required": false, "description": "Page number, from 1",
          "schema": { "type": "integer", "minimum": 1, "maximum": MAX_PAGE, "default": 1 } },
        { "name": "per_page", "in": "query", "required": false, "description": "Items per page",
          "schema": { "type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE, "default": DEFAULT_PER_PAGE } }
    ])
}

/// The largest id the API takes in a parameter: JSON's safe integers (2^53 − 1), so every
/// client language reads it exactly.
pub const MAX_ID: i64 = 9_007_199_254_740_991;

/// `parameters` followed by the paging parameters.
pub(crate) fn with_paging(parameters: Value) -> Value {
    let mut all = parameters.as_array().cloned().unwrap_or_default();
    all.extend(paging_parameters().as_array().cloned().unwrap_or_default());
    Value::Array(all)
}

/// A page of `schema` items: `{items, page, per_page, total, next}` (and a `Link` header).
pub(crate) fn page_schema(description: &str, schema: &str) -> Value {
    json!({
        "description": description,
        "content": { "application/json": { "schema": {
            "type": "object",
            "required": ["items", "page", "per_page", "total", "next"],
            "properties": {
                "items": { "type": "array", "items": { "$ref": format!("#/components/schemas/{schema}") } },
                "page": { "type": "integer" },
                "per_page": { "type": "integer" },
                "total": { "type": "integer" },
                "next": { "type": ["string", "null"] }
            }
        } } }
    })
}

/// An answer with the `{code, message}` error body.
pub(crate) fn error_answer(description: &str) -> Value {
    json_answer(description, "Error")
}

/// An answer whose JSON body is the component schema `schema`.
pub(crate) fn json_answer(description: &str, schema: &str) -> Value {
    json!({ "description": description, "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{schema}") } } } })
}

/// The answers every operation of a kind can give, stated once here rather than in each
/// route: a 400 naming the parameter wherever there are parameters or a body, 429 with
/// `Retry-After` on the rate-limited read API, and 401 and 413 wherever a token and a body
/// are taken. An operation's own wording wins.
fn with_common_answers(path: &str, mut operation: Value) -> Value {
    let has_input = operation.get("parameters").and_then(Value::as_array).is_some_and(|p| !p.is_empty())
        || operation.get("requestBody").is_some();
    let secured = operation.get("security").is_some();
    let mut common: Vec<(&str, Value)> = Vec::new();
    if has_input {
        common.push((
            "400",
            error_answer(
                "A parameter or field that is missing, empty, out of range or not of its type; `parameter` names it",
            ),
        ));
    }
    if path.starts_with("/api/") && !secured {
        let mut limited = error_answer("Too many requests from this client; retry after the number of seconds given");
        limited["headers"] = json!({ "Retry-After": { "schema": { "type": "integer", "minimum": 1 } } });
        common.push(("429", limited));
    }
    if secured {
        common.push((
            "401",
            error_answer(
                "Missing, wrong or revoked token, or its role was withdrawn (the token is then revoked for good)",
            ),
        ));
        common.push(("413", error_answer("A body larger than 2 MB")));
    }
    if let Some(responses) = operation.get_mut("responses").and_then(Value::as_object_mut) {
        for (status, answer) in common {
            responses.entry(status).or_insert(answer);
        }
    }
    operation
}

/// The OpenAPI 3.1 description of the JSON API. Its paths come from the router's own table
/// of API routes ([`super::routes`]), so an endpoint cannot exist undocumented.
pub fn spec() -> Value {
    let mut paths = serde_json::Map::new();
    for route in super::routes() {
        let entry = paths.entry(route.path).or_insert_with(|| json!({}));
        entry[route.method] = with_common_answers(route.path, route.operation);
    }
    let paths = Value::Object(paths);
    let branches: Vec<&str> = Branch::ALL.iter().map(|b| b.code()).collect();
    let phases: Vec<&str> = PhaseKind::ALL.iter().map(|p| p.code()).collect();
    let statuses: Vec<&str> = CommitmentStatus::ALL.iter().map(|s| s.code()).collect();
    let values: Vec<&str> = OgpValue::ALL.iter().map(|v| v.code()).collect();
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Sharaka API",
            "version": "1",
            "description": "Open government action plans, institutions and their progress."
        },
        "paths": paths,
        "components": {
            "schemas": {
                "Localized": {
                    "type": "object",
                    "description": "A text per locale; locales without a translation are absent.",
                    "properties": {
                        "ar": { "type": "string" }, "fr": { "type": "string" },
                        "en": { "type": "string" }, "zgh": { "type": "string" }
                    },
                    "additionalProperties": false
                },
                "Institution": {
                    "type": "object",
                    "required": ["id", "slug", "name", "branch"],
                    "properties": {
                        "id": { "type": "integer" },
                        "slug": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" },
                        "name": { "$ref": "#/components/schemas/Localized" },
                        "acronym": { "type": ["string", "null"] },
                        "branch": { "type": "string", "enum": branches },
                        "parent_id": { "type": ["integer", "null"] }
                    }
                },
                "Plan": {
                    "type": "object",
                    "required": ["id", "slug", "member", "number", "title", "phases"],
                    "properties": {
                        "id": { "type": "integer" },
                        "slug": { "type": "string" },
                        "member": { "type": "string", "description": "The OGP member (country or locality)" },
                        "number": { "type": "integer" },
                        "title": { "$ref": "#/components/schemas/Localized" },
                        "starts_on": { "type": ["string", "null"], "format": "date" },
                        "ends_on": { "type": ["string", "null"], "format": "date" },
                        "ogp_id": { "type": ["string", "null"], "description": "OGP's plan id, e.g. AP_MAR01" },
                        "phases": { "type": "array", "items": {
                            "type": "object",
                            "required": ["kind", "starts_on"],
                            "properties": {
                                "kind": { "type": "string", "enum": phases },
                                "starts_on": { "type": "string", "format": "date" },
                                "ends_on": { "type": ["string", "null"], "format": "date" }
                            }
                        } }
                    }
                },
                "Commitment": {
                    "type": "object",
                    "required": ["id", "code", "plan_id", "status", "texts", "values", "policy_areas", "assessment"],
                    "properties": {
                        "id": { "type": "integer" },
                        "code": { "type": "string" },
                        "plan_id": { "type": "integer" },
                        "theme_id": { "type": ["integer", "null"] },
                        "number": { "type": ["string", "null"] },
                        "status": { "type": "string", "enum": statuses },
                        "texts": { "type": "object", "description": "Template texts by field", "additionalProperties": { "$ref": "#/components/schemas/Localized" } },
                        "lead_institution_id": { "type": ["integer", "null"] },
                        "supporting_institution_ids": { "type": "array", "items": { "type": "integer" } },
                        "values": { "type": "array", "items": { "type": "string", "enum": values } },
                        "policy_areas": { "type": "array", "items": { "type": "string" }, "description": "OGP policy areas, named as the OGP data's columns" },
                        "assessment": { "type": "object", "additionalProperties": { "type": "string" }, "description": "IRM fields by their OGP column name" },
                        "starts_on": { "type": ["string", "null"], "format": "date" },
                        "ends_on": { "type": ["string", "null"], "format": "date" },
                        "source_url": { "type": ["string", "null"] }
                    }
                },
                "CommitmentDetail": {
                    "allOf": [
                        { "$ref": "#/components/schemas/Commitment" },
                        { "type": "object", "required": ["plan_slug", "milestones", "indicators"], "properties": {
                            "plan_slug": { "type": "string" },
                            "milestones": { "type": "array", "items": { "type": "object" } },
                            "indicators": { "type": "array", "items": { "type": "object" } }
                        } }
                    ]
                },
                "Popolo": {
                    "type": "object",
                    "description": "A Popolo (popoloproject.com) document; each object follows the Popolo JSON schemas.",
                    "required": ["persons", "organizations", "memberships", "posts", "events"],
                    "properties": {
                        "persons": { "type": "array", "items": { "type": "object" } },
                        "organizations": { "type": "array", "items": { "type": "object" } },
                        "memberships": { "type": "array", "items": { "type": "object" } },
                        "posts": { "type": "array", "items": { "type": "object" } },
                        "events": { "type": "array", "items": { "type": "object" } }
                    }
                },
                "Contribution": {
                    "type": "object",
                    "required": ["id", "plan_id", "kind", "channel", "target", "author", "created_at", "response"],
                    "properties": {
                        "id": { "type": "integer" },
                        "plan_id": { "type": "integer" },
                        "kind": { "type": "string", "enum": ["proposal", "comment", "meeting-input"] },
                        "channel": { "type": "string", "enum": ["online", "meeting"] },
                        "theme_id": { "type": ["integer", "null"] },
                        "parent_id": { "type": ["integer", "null"], "description": "The proposal or comment it replies to" },
                        "meeting_id": { "type": ["integer", "null"] },
                        "consultation_id": { "type": ["integer", "null"] },
                        "target": { "type": "string", "description": "The place in the frozen draft: '' (whole plan), CODE, CODE/section or CODE/section/locale/paragraph" },
                        "title": { "type": ["string", "null"] },
                        "body": { "type": ["string", "null"], "description": "Null when a moderator hid it" },
                        "author": { "type": "string" },
                        "author_role": {
                            "type": ["string", "null"],
                            "enum": ["forum-member", "implementer", "moderator", "reviewer", "secretariat", null],
                            "description": "The author's official role, when they hold one (shown as a badge on the portal)"
                        },
                        "created_at": { "type": "string", "format": "date-time" },
                        "hidden_reason": { "type": ["string", "null"] },
                        "response": {
                            "oneOf": [
                                { "type": "null" },
                                { "type": "object", "required": ["status", "justification"], "properties": {
                                    "status": { "type": "string", "enum": ["adopted", "partly-adopted", "merged", "not-adopted", "out-of-scope"] },
                                    "justification": { "$ref": "#/components/schemas/Localized" },
                                    "merged_into": { "type": ["string", "null"], "description": "The code of the commitment it was merged into" },
                                    "revision_id": { "type": ["integer", "null"] },
                                    "published_at": { "type": ["string", "null"], "format": "date-time" }
                                } }
                            ]
                        }
                    }
                },
                "ContributionPage": {
                    "type": "object",
                    "required": ["items", "page", "per_page", "total", "next"],
                    "properties": {
                        "items": { "type": "array", "items": { "$ref": "#/components/schemas/Contribution" } },
                        "page": { "type": "integer" },
                        "per_page": { "type": "integer" },
                        "total": { "type": "integer" },
                        "next": { "type": ["string", "null"], "format": "uri" }
                    }
                },
                "Milestone": {
                    "type": "object",
                    "required": ["id", "commitment_id", "commitment_code", "output", "status", "percent", "late"],
                    "properties": {
                        "id": { "type": "integer" },
                        "commitment_id": { "type": "integer" },
                        "commitment_code": { "type": "string" },
                        "output": { "$ref": "#/components/schemas/Localized" },
                        "starts_on": { "type": ["string", "null"], "format": "date" },
                        "due_on": { "type": ["string", "null"], "format": "date" },
                        "responsible_institution_id": { "type": ["integer", "null"] },
                        "status": { "type": "string", "enum": ["not-started", "in-progress", "completed", "cancelled"] },
                        "percent": { "type": ["integer", "null"], "minimum": 0, "maximum": 100 },
                        "late": { "type": "boolean", "description": "Due date passed and not completed" }
                    }
                },
                "Meeting": {
                    "type": "object",
                    "required": ["id", "kind", "status", "title", "starts_at", "ends_at", "time_zone"],
                    "properties": {
                        "id": { "type": "integer" },
                        "body_id": { "type": ["integer", "null"] },
                        "kind": { "type": "string" },
                        "status": { "type": "string", "enum": ["scheduled", "cancelled"] },
                        "title": { "$ref": "#/components/schemas/Localized" },
                        "starts_at": { "type": "integer", "description": "Seconds since the Unix epoch" },
                        "ends_at": { "type": "integer" },
                        "time_zone": { "type": "string", "description": "IANA time zone" },
                        "place": { "type": ["string", "null"] },
                        "online_url": { "type": ["string", "null"] },
                        "agenda": { "$ref": "#/components/schemas/Localized" },
                        "minutes": { "$ref": "#/components/schemas/Localized" }
                    }
                },
                "ProgressRequest": {
                    "type": "object",
                    "required": ["status", "narrative", "reported_on"],
                    "additionalProperties": false,
                    "properties": {
                        "status": { "type": "string", "enum": ["not-started", "in-progress", "completed", "cancelled"] },
                        "percent": { "type": ["integer", "null"], "minimum": 0, "maximum": 100, "description": "Ignored when completed (counts 100); lower than the current percent only with a reason" },
                        "narrative": {
                            "type": "object",
                            "description": "What was done, in at least one language",
                            "minProperties": 1,
                            "additionalProperties": false,
                            "properties": {
                                "ar": { "type": "string", "pattern": "\\S" }, "fr": { "type": "string", "pattern": "\\S" },
                                "en": { "type": "string", "pattern": "\\S" }, "zgh": { "type": "string", "pattern": "\\S" }
                            }
                        },
                        "reported_on": { "type": "string", "format": "date" },
                        "reason": { "type": ["string", "null"], "description": "Why the percent went down" },
                        "evidence_links": { "type": "array", "items": { "type": "string", "format": "uri" }, "description": "http(s) links only" },
                        "document_ids": { "type": "array", "items": { "type": "integer", "minimum": 1, "maximum": MAX_ID }, "description": "Documents of the repository" }
                    }
                },
                "MeasurementRequest": {
                    "type": "object",
                    "required": ["value", "date"],
                    "additionalProperties": false,
                    "properties": {
                        "value": { "type": "string", "pattern": "\\S", "description": "The measured value as written in the indicator's unit" },
                        "unit": { "type": ["string", "null"], "description": "When given, must be the indicator's unit; null or absent means the indicator's unit" },
                        "date": { "type": "string", "format": "date" },
                        "source": { "type": ["string", "null"] }
                    }
                },
                "Reported": {
                    "type": "object",
                    "required": ["id", "review"],
                    "properties": { "id": { "type": "integer" }, "review": { "type": "string", "enum": ["published", "pending"] } }
                },
                "Invalid": {
                    "type": "object",
                    "required": ["code", "message", "errors"],
                    "properties": {
                        "code": { "type": "string", "const": "invalid" },
                        "message": { "type": "string" },
                        "errors": { "type": "array", "items": { "type": "object", "required": ["field", "code", "message"], "properties": {
                            "field": { "type": "string" }, "code": { "type": "string" }, "message": { "type": "string" }
                        } } }
                    }
                },
                "Health": {
                    "type": "object",
                    "description": "Whether the database answers; which database it is stays private.",
                    "required": ["status", "database"],
                    "additionalProperties": false,
                    "properties": {
                        "status": { "type": "string", "enum": ["ok", "error"] },
                        "database": { "type": "string", "enum": ["ok", "unreachable"] }
                    }
                },
                "Error": {
                    "type": "object",
                    "required": ["code", "message"],
                    "properties": {
                        "code": { "type": "string", "description": "Stable, translatable error code" },
                        "message": { "type": "string", "description": "The message in the negotiated language" },
                        "parameter": { "type": "string", "description": "With invalid-parameter: the query parameter or JSON field at fault" }
                    }
                }
            },
            "securitySchemes": {
                "bearerToken": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "A personal API token, created and revoked at /{locale}/account/tokens; it acts for one institution."
                }
            }
        }
    })
}

pub async fn document() -> Json<Value> {
    Json(spec())
}
