use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;

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
