use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use crate::actions::{report_progress, Actor};
use crate::context::Ctx;
use crate::error::AppResult;
use crate::forms::{CsrfForm, Path};
use crate::state::AppState;

/// The reviewer's decision: `approve` or `reject`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Decision {
    decision: String,
}

fn back_to_desk(ctx: &Ctx) -> Response {
    ctx.see_other("/admin/implementation?notice=saved")
}

/// Publishes (and applies) or rejects a progress update waiting for review.
pub async fn progress(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<Decision>,
) -> AppResult<Response> {
    report_progress::review_progress(&state, Actor::of(&ctx), id, &form.decision).await?;
    Ok(back_to_desk(&ctx))
}

/// Publishes or rejects a measurement waiting for review.
pub async fn measurement(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<Decision>,
) -> AppResult<Response> {
    report_progress::review_measurement(&state, Actor::of(&ctx), id, &form.decision).await?;
    Ok(back_to_desk(&ctx))
}
