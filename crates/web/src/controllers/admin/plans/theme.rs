use axum::extract::State;
use axum::response::Response;

use crate::actions::{draft_plan, Actor};
use crate::context::Ctx;
use crate::error::AppResult;
use crate::extract::At;
use crate::forms::{CsrfForm, FormValues};
use crate::state::AppState;

/// Adds a theme (axis) to a plan; an empty title is refused with a translated page.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    At(plan): At<domain::plan::Plan>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    draft_plan::add_theme(&state, Actor::of(&ctx), &plan, &FormValues(pairs)).await?;
    Ok(ctx.see_other(&format!("/admin/plans/{}/commitments/new?notice=created", plan.id)))
}
