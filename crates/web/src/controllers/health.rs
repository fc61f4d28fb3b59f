use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::Json;
use serde_json::json;

use crate::state::AppState;

/// 200 when the database answers, 503 otherwise; load balancers route on this.
pub async fn check(State(state): State<AppState>) -> impl IntoResponse {
    let backend = state.db.backend();
    match state.db.ping().await {
        Ok(()) => (StatusCode::OK, Json(json!({ "status": "ok", "database": "ok", "backend": backend }))),
        Err(err) => {
            tracing::error!(%err, "health check: database unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({ "status": "error", "database": "unreachable", "backend": backend })),
            )
        }
    }
}
