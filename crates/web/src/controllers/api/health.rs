use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Json;
use serde_json::json;

use super::openapi::{json_answer, ApiRoute};
use crate::state::AppState;

/// 200 when the database answers, 503 otherwise; load balancers route on this. It is public,
/// so it says whether the database answers, not which one it is (the log and `sharaka` say).
pub async fn check(State(state): State<AppState>) -> impl IntoResponse {
    match state.db.ping().await {
        Ok(()) => (StatusCode::OK, Json(json!({ "status": "ok", "database": "ok" }))),
        Err(err) => {
            tracing::error!(%err, backend = state.db.backend(), "health check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, Json(json!({ "status": "error", "database": "unreachable" })))
        }
    }
}

/// Where `check` is served and how the OpenAPI document describes it.
pub fn check_route() -> ApiRoute {
    ApiRoute {
        path: "/healthz",
        method: "get",
        handler: get(check),
        operation: json!({
            "operationId": "health",
            "summary": "Database reachability",
            "responses": {
                "200": json_answer("Healthy", "Health"),
                "503": json_answer("Database unreachable", "Health")
            }
        }),
    }
}
