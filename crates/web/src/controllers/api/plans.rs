//! Read API for plans and commitments.

use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Json;
use domain::commitment::{Commitment, CommitmentStatus, Indicator, Milestone, MilestoneStatus};
use domain::plan::Plan;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::openapi::{error_answer, json_answer, page_schema, paging_parameters, with_paging, ApiRoute, MAX_ID};
use super::paging::{page_of, whole_number, with_filters, Paging};
use crate::error::{AppError, AppResult};
use crate::extract::At;
use crate::forms::Query;
use crate::state::AppState;

/// Every plan, a page at a time.
pub async fn list(State(state): State<AppState>, Query(paging): Query<Paging>) -> AppResult<Response> {
    let plans: Vec<Plan> = state.db.list_plans().await?;
    page_of(&state, "/api/v1/plans", &paging, plans)
}

/// Filters of a plan's commitments and milestones; every one optional.
#[derive(Deserialize, Default)]
pub struct Filters {
    #[serde(default)]
    theme: Option<String>,
    #[serde(default)]
    institution: Option<String>,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    late: Option<String>,
}

/// An id filter when given: a whole number from 1 to [`MAX_ID`], or a 400 naming the filter.
fn id_filter(raw: &Option<String>, name: &str) -> AppResult<Option<i64>> {
    whole_number(raw, name, MAX_ID)
}

/// A plan's commitments, filtered by theme, lead institution and lifecycle status.
pub async fn commitments(
    State(state): State<AppState>,
    At(plan): At<Plan>,
    Query(filters): Query<Filters>,
    Query(paging): Query<Paging>,
) -> AppResult<Response> {
    let (theme, institution) = (id_filter(&filters.theme, "theme")?, id_filter(&filters.institution, "institution")?);
    let status = match filters.status.as_deref() {
        Some(code) => Some(CommitmentStatus::parse(code).map_err(|_| AppError::InvalidParameter("status".into()))?),
        None => None,
    };
    let commitments = state
        .db
        .commitments_of_plan(plan.id)
        .await?
        .into_iter()
        .filter(|c| theme.is_none_or(|t| c.theme_id == Some(t)))
        .filter(|c| institution.is_none_or(|i| c.lead_institution_id == Some(i)))
        .filter(|c| status.is_none_or(|s| c.status == s))
        .collect::<Vec<Commitment>>();
    let path = with_filters(
        &format!("/api/v1/plans/{}/commitments", plan.slug),
        &[("theme", &filters.theme), ("institution", &filters.institution), ("status", &filters.status)],
    );
    page_of(&state, &path, &paging, commitments)
}

/// A milestone with where it belongs and whether it is late today.
#[derive(Serialize)]
pub struct MilestoneLine {
    #[serde(flatten)]
    pub milestone: Milestone,
    pub commitment_code: String,
    pub late: bool,
}

/// A plan's milestones, filtered by responsible institution, status and lateness, a page at
/// a time.
pub async fn milestones(
    State(state): State<AppState>,
    At(plan): At<Plan>,
    Query(filters): Query<Filters>,
    Query(paging): Query<Paging>,
) -> AppResult<Response> {
    let today = state.clock.now().date();
    let institution = id_filter(&filters.institution, "institution")?;
    let status = match filters.status.as_deref() {
        Some(code) => Some(MilestoneStatus::parse(code).map_err(|_| AppError::InvalidParameter("status".into()))?),
        None => None,
    };
    let late = match filters.late.as_deref() {
        None => None,
        Some("true") => Some(true),
        Some("false") => Some(false),
        Some(_) => return Err(AppError::InvalidParameter("late".into())),
    };
    let commitments = state.db.commitments_of_plan(plan.id).await?;
    let lines: Vec<MilestoneLine> = state
        .db
        .milestones_of_plan(plan.id)
        .await?
        .into_iter()
        .filter(|m| institution.is_none_or(|i| m.responsible_institution_id == Some(i)))
        .filter(|m| status.is_none_or(|s| m.status == s))
        .filter(|m| late.is_none_or(|l| m.is_late(today) == l))
        .map(|m| MilestoneLine {
            commitment_code: commitments
                .iter()
                .find(|c| c.id == m.commitment_id)
                .map(|c| c.code.clone())
                .unwrap_or_default(),
            late: m.is_late(today),
            milestone: m,
        })
        .collect();
    let path = with_filters(
        &format!("/api/v1/plans/{}/milestones", plan.slug),
        &[("institution", &filters.institution), ("status", &filters.status), ("late", &filters.late)],
    );
    page_of(&state, &path, &paging, lines)
}

#[derive(Serialize)]
pub struct CommitmentDetail {
    #[serde(flatten)]
    pub commitment: Commitment,
    pub plan_slug: String,
    pub milestones: Vec<Milestone>,
    pub indicators: Vec<Indicator>,
}

pub async fn commitment(
    State(state): State<AppState>,
    At(commitment): At<Commitment>,
) -> AppResult<Json<CommitmentDetail>> {
    let plan = state.db.plan(commitment.plan_id).await?.ok_or(AppError::NotFound)?;
    Ok(Json(CommitmentDetail {
        milestones: state.db.milestones_of(commitment.id).await?,
        indicators: state.db.indicators_of(commitment.id).await?,
        plan_slug: plan.slug,
        commitment,
    }))
}

/// `GET /api/v1/meetings`: the forum's meetings, soonest last, a page at a time.
pub async fn meetings(
    State(state): State<AppState>,
    Query(paging): Query<super::paging::Paging>,
) -> AppResult<Response> {
    let mut meetings = state.db.list_meetings().await?;
    meetings.sort_by_key(|m| (m.starts_at, m.id));
    super::paging::page_of(&state, "/api/v1/meetings", &paging, meetings)
}

/// Where `list` is served and how the OpenAPI document describes it.
pub fn list_route() -> ApiRoute {
    ApiRoute {
        path: "/api/v1/plans",
        method: "get",
        handler: get(list),
        operation: json!({
            "operationId": "listPlans",
            "summary": "All action plans",
            "parameters": paging_parameters(),
            "responses": {
                "200": page_schema("Plans, by member and number", "Plan"),
                "400": error_answer("A page that is not valid")
            }
        }),
    }
}

/// Where `commitments` is served and how the OpenAPI document describes it.
pub fn commitments_route() -> ApiRoute {
    ApiRoute {
        path: "/api/v1/plans/{plan}/commitments",
        method: "get",
        handler: get(commitments),
        operation: json!({
            "operationId": "listPlanCommitments",
            "summary": "The commitments of a plan",
            "parameters": with_paging(json!([
                {
                    "name": "plan",
                    "in": "path",
                    "required": true,
                    "description": "The plan's slug or id",
                    "schema": {
                        "type": "string"
                    }
                },
                { "name": "theme", "in": "query", "required": false, "description": "Theme id", "schema": { "type": "integer", "minimum": 1, "maximum": MAX_ID } },
                { "name": "institution", "in": "query", "required": false, "description": "Lead institution id", "schema": { "type": "integer", "minimum": 1, "maximum": MAX_ID } },
                { "name": "status", "in": "query", "required": false, "schema": { "type": "string", "enum": ["idea", "draft", "in-consultation", "adopted", "withdrawn", "merged"] } }
            ])),
            "responses": {
                "200": page_schema("Commitments, by code", "Commitment"),
                "400": error_answer("A filter or page that is not valid"),
                "404": error_answer("No such plan")
            }
        }),
    }
}

/// Where `commitment` is served and how the OpenAPI document describes it.
pub fn commitment_route() -> ApiRoute {
    ApiRoute {
        path: "/api/v1/commitments/{code}",
        method: "get",
        handler: get(commitment),
        operation: json!({
            "operationId": "getCommitment",
            "summary": "One commitment with its milestones and indicators",
            "parameters": [
                {
                    "name": "code",
                    "in": "path",
                    "required": true,
                    "description": "The OGP code, e.g. MO0012",
                    "schema": {
                        "type": "string"
                    },
                    "example": "MO0050"
                }
            ],
            "responses": {
                "200": json_answer("The commitment", "CommitmentDetail"),
                "404": error_answer("No such commitment")
            }
        }),
    }
}

/// Where `milestones` is served and how the OpenAPI document describes it.
pub fn milestones_route() -> ApiRoute {
    ApiRoute {
        path: "/api/v1/plans/{plan}/milestones",
        method: "get",
        handler: get(milestones),
        operation: json!({
            "operationId": "listPlanMilestones",
            "summary": "The milestones of a plan, with their commitment and whether they are late",
            "parameters": with_paging(json!([
                { "name": "plan", "in": "path", "required": true, "description": "The plan's slug or id", "schema": { "type": "string" } },
                { "name": "institution", "in": "query", "required": false, "description": "Responsible institution's id", "schema": { "type": "integer", "minimum": 1, "maximum": MAX_ID } },
                { "name": "status", "in": "query", "required": false, "schema": { "type": "string", "enum": ["not-started", "in-progress", "completed", "cancelled"] } },
                { "name": "late", "in": "query", "required": false, "schema": { "type": "boolean" } }
            ])),
            "responses": {
                "200": page_schema("A page of milestones", "Milestone"),
                "400": error_answer("A filter or page that is not valid"),
                "404": error_answer("No such plan")
            }
        }),
    }
}

/// Where `meetings` is served and how the OpenAPI document describes it.
pub fn meetings_route() -> ApiRoute {
    ApiRoute {
        path: "/api/v1/meetings",
        method: "get",
        handler: get(meetings),
        operation: json!({
            "operationId": "listMeetings",
            "summary": "The forum's meetings, oldest first",
            "parameters": paging_parameters(),
            "responses": {
                "200": page_schema("A page of meetings (times in seconds since the epoch, shown in their time zone)", "Meeting")
            }
        }),
    }
}
