use axum::extract::State;
use axum::response::Response;
use domain::permissions::Action;

use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::forms::{CsrfForm, FormValues, Path};
use crate::state::AppState;

/// The reviewer and their decision: approve (true) or reject.
fn decision(ctx: &Ctx, pairs: Vec<(String, String)>) -> AppResult<(i64, bool)> {
    let user = ctx.require(Action::ManagePlans)?;
    match FormValues(pairs).get("decision") {
        "approve" => Ok((user.id, true)),
        "reject" => Ok((user.id, false)),
        _ => Err(AppError::BadRequest),
    }
}

fn back_to_desk(ctx: &Ctx) -> Response {
    ctx.see_other("/admin/implementation?notice=saved")
}

/// Publishes (and applies) or rejects a progress update waiting for review.
pub async fn progress(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (reviewer, approve) = decision(&ctx, pairs)?;
    state.db.review_progress(id, approve, reviewer, state.now()).await?;
    Ok(back_to_desk(&ctx))
}

/// Publishes or rejects a measurement waiting for review.
pub async fn measurement(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (reviewer, approve) = decision(&ctx, pairs)?;
    state.db.review_measurement(id, approve, reviewer, state.now()).await?;
    Ok(back_to_desk(&ctx))
}
