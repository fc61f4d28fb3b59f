use axum::extract::rejection::BytesRejection;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::implementation::ProgressForm;
use domain::permissions::{backs_api_token, Grant, Principal, Role, Scope};
use domain::validation::ValidationErrors;
use domain::{Locale, Localized};
use serde::Deserialize;
use serde_json::json;

use super::openapi::{error_answer, json_answer, ApiRoute, MAX_ID};
use crate::actions::report_progress::{record_measurement, record_progress};
use crate::actions::Refused;
use crate::auth::sessions::token_hash;
use crate::context::Ctx;
use crate::error::{field_at_fault, AppError, AppResult};
use crate::forms::Path;
use crate::state::AppState;
use axum::routing::post;

/// The caller of a write request: the token's owner, acting only for the token's
/// institution and only while they still hold its implementer role. A token whose role is
/// gone is revoked on the spot (`permissions::backs_api_token`), not merely refused.
async fn caller(state: &AppState, headers: &HeaderMap) -> AppResult<(i64, Principal)> {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        // The scheme is case-insensitive (RFC 9110 §11.1): "bearer" and "BEARER" are Bearer.
        .and_then(|v| v.trim().split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, token)| token.trim())
        .filter(|t| !t.is_empty())
        .ok_or(AppError::TokenInvalid)?;
    let token = state.db.use_api_token(&token_hash(token), state.now()).await?.ok_or(AppError::TokenInvalid)?;
    let grants: Vec<Grant> = state.db.grants_of(token.user_id).await?.into_iter().map(|g| g.grant).collect();
    if !backs_api_token(&grants, token.institution_id) {
        state.db.revoke_api_token(token.user_id, token.id, state.now()).await?;
        return Err(AppError::TokenInvalid);
    }
    let grant = Grant { role: Role::Implementer, scope: Scope::Institution(token.institution_id) };
    Ok((token.user_id, Principal::User { user_id: token.user_id, grants: vec![grant] }))
}

/// `{code, message, errors}` with each field's error translated in the request's language.
fn invalid(state: &AppState, locale: Locale, errors: &ValidationErrors) -> Response {
    let fields: Vec<_> = errors
        .0
        .iter()
        .map(|e| json!({ "field": e.field, "code": e.code, "message": state.i18n.t(locale, &format!("error-{}", e.code)) }))
        .collect();
    let body = json!({ "code": "invalid", "message": state.i18n.t(locale, "form-has-errors"), "errors": fields });
    (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response()
}

/// The caller and the request body, or the response refusing them (401 without a valid
/// token, 400 for a body that is not the expected JSON).
async fn authenticated<T: serde::de::DeserializeOwned>(
    state: &AppState,
    headers: &HeaderMap,
    body: &[u8],
) -> AppResult<(i64, Principal, T)> {
    let (user, principal) = caller(state, headers).await?;
    // The JSON body passes the same text hygiene as forms: every string in it, keys included.
    let mut json: serde_json::Value =
        serde_json::from_slice(body).map_err(|_| AppError::InvalidParameter("body".into()))?;
    clean_json(&mut json);
    let request =
        serde_json::from_value(json).map_err(|e| AppError::InvalidParameter(field_at_fault(&e.to_string(), "body")))?;
    Ok((user, principal, request))
}

/// A body that could not be read: too large (413, in the request's language like every
/// refusal) or cut off (400).
fn body_refused(rejection: BytesRejection) -> AppError {
    if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
        AppError::PayloadTooLarge
    } else {
        AppError::InvalidParameter("body".into())
    }
}

fn outcome(state: &AppState, ctx: &Ctx, result: Result<(i64, bool), Refused>) -> AppResult<Response> {
    match result {
        Ok((id, published)) => {
            let body = json!({ "id": id, "review": if published { "published" } else { "pending" } });
            Ok((StatusCode::CREATED, Json(body)).into_response())
        }
        Err(Refused::Invalid(errors)) => Ok(invalid(state, ctx.locale, &errors)),
        Err(Refused::App(err)) => Err(err),
    }
}

/// A whole number as JSON Schema counts one: `91` and `91.0` alike (2020-12 validation §6.1.1,
/// "integer" is any number with a zero fractional part). serde alone refused `91.0` with a 400
/// that schemathesis rightly reported as a valid request rejected.
#[derive(Debug, Clone, Copy)]
struct Whole(i64);

impl<'de> Deserialize<'de> for Whole {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let number = serde_json::Number::deserialize(deserializer)?;
        number
            .as_i64()
            .or_else(|| {
                number.as_f64().filter(|f| f.fract() == 0.0 && f.abs() <= 9_007_199_254_740_991.0).map(|f| f as i64)
            })
            .map(Whole)
            .ok_or_else(|| serde::de::Error::custom("not a whole number in range"))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgressRequest {
    status: String,
    #[serde(default)]
    percent: Option<Whole>,
    #[serde(default)]
    narrative: Localized,
    reported_on: String,
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    evidence_links: Vec<String>,
    #[serde(default)]
    document_ids: Vec<Whole>,
}

/// `POST /api/v1/milestones/{id}/progress`: a progress update by a ministry's system.
pub async fn report_progress(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(id): Path<i64>,
    body: Result<axum::body::Bytes, BytesRejection>,
) -> AppResult<Response> {
    let body = body.map_err(body_refused)?;
    let (user, principal, request): (i64, Principal, ProgressRequest) = authenticated(&state, &headers, &body).await?;
    let form = ProgressForm {
        status: request.status,
        percent: request.percent.map(|p| p.0.to_string()).unwrap_or_default(),
        narrative: request
            .narrative
            .locales()
            .map(|l| (l, request.narrative.get(l).unwrap_or("").to_string()))
            .collect(),
        reported_on: request.reported_on,
        reason: request.reason.unwrap_or_default(),
        links: request.evidence_links.join("\n"),
        document_ids: request.document_ids.into_iter().map(|d| d.0).collect(),
    };
    let result = record_progress(&state, &principal, user, id, &form).await;
    outcome(&state, &ctx, result)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasurementRequest {
    value: String,
    #[serde(default)]
    unit: Option<String>,
    date: String,
    #[serde(default)]
    source: Option<String>,
}

/// `POST /api/v1/indicators/{id}/measurements`: a measurement, in the indicator's unit.
pub async fn report_measurement(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(id): Path<i64>,
    body: Result<axum::body::Bytes, BytesRejection>,
) -> AppResult<Response> {
    let body = body.map_err(body_refused)?;
    let (user, principal, request): (i64, Principal, MeasurementRequest) =
        authenticated(&state, &headers, &body).await?;
    let fields = (
        request.value.as_str(),
        request.unit.as_deref(),
        request.date.as_str(),
        request.source.as_deref().unwrap_or(""),
    );
    let result = record_measurement(&state, &principal, user, id, fields).await;
    outcome(&state, &ctx, result)
}

/// Applies `domain::text::clean_input` to every string of a JSON document.
fn clean_json(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::String(s) if !domain::text::is_clean_input(s) => *s = domain::text::clean_input(s),
        serde_json::Value::Array(items) => items.iter_mut().for_each(clean_json),
        serde_json::Value::Object(map) => {
            let entries = std::mem::take(map);
            for (key, mut item) in entries {
                clean_json(&mut item);
                map.insert(domain::text::clean_input(&key), item);
            }
        }
        _ => {}
    }
}

/// Where `report_progress` is served and how the OpenAPI document describes it.
pub fn report_progress_route() -> ApiRoute {
    ApiRoute {
        path: "/api/v1/milestones/{id}/progress",
        method: "post",
        handler: post(report_progress),
        operation: json!({
            "operationId": "reportProgress",
            "summary": "Report progress on a milestone your institution is responsible for",
            "description": "Needs a personal API token (created in the account's settings) of an implementer of the milestone's responsible institution. When the instance reviews progress, the update waits for the secretariat before it is public.",
            "security": [{ "bearerToken": [] }],
            "parameters": [{ "name": "id", "in": "path", "required": true, "description": "The milestone's id", "schema": { "type": "integer", "minimum": 1, "maximum": MAX_ID } }],
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ProgressRequest" } } } },
            "responses": {
                "201": json_answer("Stored", "Reported"),
                "400": error_answer("Not a JSON progress request"),
                "401": error_answer("Missing, wrong or revoked token"),
                "403": error_answer("The milestone belongs to another institution"),
                "404": error_answer("No such milestone"),
                "422": json_answer("Refused by a rule of the milestone, with the reason of each field (a date outside the plan or in the future, a percent lower than the last without a reason)", "Invalid")
            }
        }),
    }
}

/// Where `report_measurement` is served and how the OpenAPI document describes it.
pub fn report_measurement_route() -> ApiRoute {
    ApiRoute {
        path: "/api/v1/indicators/{id}/measurements",
        method: "post",
        handler: post(report_measurement),
        operation: json!({
            "operationId": "reportMeasurement",
            "summary": "Add a measurement of an indicator of a commitment your institution leads",
            "security": [{ "bearerToken": [] }],
            "parameters": [{ "name": "id", "in": "path", "required": true, "description": "The indicator's id", "schema": { "type": "integer", "minimum": 1, "maximum": MAX_ID } }],
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/MeasurementRequest" } } } },
            "responses": {
                "201": json_answer("Stored", "Reported"),
                "401": error_answer("Missing, wrong or revoked token"),
                "403": error_answer("The indicator belongs to another institution's commitment"),
                "404": error_answer("No such indicator"),
                "422": json_answer("Refused by a rule of the indicator, with the reason of each field (a value in another unit, a date outside the plan)", "Invalid")
            }
        }),
    }
}
