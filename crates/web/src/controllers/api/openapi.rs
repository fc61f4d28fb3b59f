use axum::Json;
use domain::institution::Branch;
use serde_json::{json, Value};

/// The OpenAPI 3.1 description of the JSON API.
pub fn spec() -> Value {
    let branches: Vec<&str> = Branch::ALL.iter().map(|b| b.code()).collect();
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Sharaka API",
            "version": "1",
            "description": "Open government action plans, institutions and their progress."
        },
        "paths": {
            "/api/v1/institutions": {
                "get": {
                    "operationId": "listInstitutions",
                    "summary": "All institutions",
                    "responses": {
                        "200": {
                            "description": "Institutions, ordered by slug",
                            "content": { "application/json": { "schema": {
                                "type": "array", "items": { "$ref": "#/components/schemas/Institution" }
                            } } }
                        }
                    }
                }
            },
            "/healthz": {
                "get": {
                    "operationId": "health",
                    "summary": "Database reachability",
                    "responses": {
                        "200": { "description": "Healthy", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Health" } } } },
                        "503": { "description": "Database unreachable", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Health" } } } }
                    }
                }
            }
        },
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
            }
        }
    })
}

pub async fn document() -> Json<Value> {
    Json(spec())
}
