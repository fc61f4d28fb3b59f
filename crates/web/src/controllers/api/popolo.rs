use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Json;
use serde_json::json;

use super::openapi::{json_answer, ApiRoute};
use crate::error::AppResult;
use crate::state::AppState;

/// `GET /api/v1/popolo.json`: the forum as one Popolo document (the same as
/// `sharaka export popolo`), offered as a download.
pub async fn document(State(state): State<AppState>) -> AppResult<Response> {
    let document =
        interchange::popolo::export(state.db.as_ref(), &state.config.base_url, state.config.default_locale).await?;
    Ok(([(header::CONTENT_DISPOSITION, "attachment; filename=\"sharaka-forum-popolo.json\"")], Json(document))
        .into_response())
}

/// Where `document` is served and how the OpenAPI document describes it.
pub fn document_route() -> ApiRoute {
    ApiRoute {
        path: "/api/v1/popolo.json",
        method: "get",
        handler: get(document),
        operation: json!({
            "operationId": "getForumPopolo",
            "summary": "The forum as Popolo JSON: persons, organizations, memberships, posts and events",
            "description": "E-mail addresses appear only for people who made theirs public.",
            "responses": {
                "200": json_answer("One Popolo document", "Popolo")
            }
        }),
    }
}
