use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use domain::contribution::{Contribution, ContributionKind};
use serde_json::{json, Value};

use super::openapi::{error_answer, json_answer, paging_parameters, ApiRoute};
use super::paging::{self, respond, Paging};
use crate::error::AppResult;
use crate::forms::Query;
use crate::state::AppState;

fn rfc3339(unix: i64) -> Value {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
        .map(Value::String)
        .unwrap_or(Value::Null)
}

/// One contribution as the open record shows it: a hidden one keeps its place and its
/// moderator's reason but not its text; a response appears once it is published.
fn item(c: &Contribution) -> Value {
    let hidden = c.hidden_reason.as_ref();
    json!({
        "id": c.id,
        "plan_id": c.plan_id,
        "kind": c.kind.code(),
        "channel": if c.kind == ContributionKind::MeetingInput { "meeting" } else { "online" },
        "theme_id": c.theme_id,
        "parent_id": c.parent_id,
        "meeting_id": c.meeting_id,
        "consultation_id": c.consultation_id,
        "target": c.target,
        "title": if hidden.is_some() { Value::Null } else { Value::from(c.title.clone()) },
        "body": if hidden.is_some() { Value::Null } else { Value::from(c.body.clone()) },
        "author": c.author_name,
        "author_role": c.author_role.map(|r| r.code()),
        "created_at": rfc3339(c.created_at),
        "hidden_reason": hidden,
        "response": c.published_response().map(|r| json!({
            "status": r.status.code(),
            "justification": r.justification,
            "merged_into": r.merged_into,
            "revision_id": r.revision_id,
            "published_at": r.published_at.map(rfc3339),
        })),
    })
}

/// `GET /api/v1/contributions`: every public contribution, oldest first, a page at a time.
pub async fn list(State(state): State<AppState>, Query(paging): Query<Paging>) -> AppResult<Response> {
    let (page, per_page) = paging::paging(&paging)?;
    let (items, total) = state.db.public_contributions((page - 1) * per_page, per_page).await?;
    let items: Vec<Value> = items.iter().map(item).collect();
    Ok(respond(&state, "/api/v1/contributions", items, (page, per_page), total))
}

/// Where `list` is served and how the OpenAPI document describes it.
pub fn list_route() -> ApiRoute {
    ApiRoute {
        path: "/api/v1/contributions",
        method: "get",
        handler: get(list),
        operation: json!({
            "operationId": "listContributions",
            "summary": "The open record of participation: every public contribution with its published response",
            "description": "Proposals, comments on consultations and inputs recorded at meetings, oldest first. A contribution a moderator hid keeps its place and reason, without its text. Contributions held for moderation are not listed.",
            "parameters": paging_parameters(),
            "responses": {
                "200": json_answer("One page of contributions; the Link header names the next page", "ContributionPage"),
                "400": error_answer("A page or page size that is not a number in range")
            }
        }),
    }
}
