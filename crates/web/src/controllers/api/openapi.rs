use axum::Json;
use domain::commitment::{CommitmentStatus, OgpValue};
use domain::institution::Branch;
use domain::plan::PhaseKind;
use serde_json::{json, Value};

/// The OpenAPI 3.1 description of the JSON API. Its paths come from the router's own table
/// of API routes ([`crate::router::api_routes`]), so an endpoint cannot exist undocumented.
pub fn spec() -> Value {
    let mut paths = serde_json::Map::new();
    for route in crate::router::api_routes() {
        let entry = paths.entry(route.path).or_insert_with(|| json!({}));
        entry[route.method] = route.operation;
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
                        "percent": { "type": "integer", "minimum": 0, "maximum": 100 },
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
                        "percent": { "type": "integer", "minimum": 0, "maximum": 100, "description": "Ignored when completed (counts 100); lower than the current percent only with a reason" },
                        "narrative": { "$ref": "#/components/schemas/Localized" },
                        "reported_on": { "type": "string", "format": "date" },
                        "reason": { "type": "string", "description": "Why the percent went down" },
                        "evidence_links": { "type": "array", "items": { "type": "string", "format": "uri" }, "description": "http(s) links only" },
                        "document_ids": { "type": "array", "items": { "type": "integer" }, "description": "Documents of the repository" }
                    }
                },
                "MeasurementRequest": {
                    "type": "object",
                    "required": ["value", "date"],
                    "additionalProperties": false,
                    "properties": {
                        "value": { "type": "string" },
                        "unit": { "type": "string", "description": "When given, must be the indicator's unit" },
                        "date": { "type": "string", "format": "date" },
                        "source": { "type": "string" }
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
                    "required": ["status", "database", "backend"],
                    "properties": {
                        "status": { "type": "string", "enum": ["ok", "error"] },
                        "database": { "type": "string", "enum": ["ok", "unreachable"] },
                        "backend": { "type": "string", "enum": ["sqlite", "postgres"] }
                    }
                },
                "Error": {
                    "type": "object",
                    "required": ["code", "message"],
                    "properties": {
                        "code": { "type": "string", "description": "Stable, translatable error code" },
                        "message": { "type": "string", "description": "The message in the negotiated language" }
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
