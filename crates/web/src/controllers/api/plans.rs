//! Read API for plans and commitments.

use axum::extract::State;
use axum::Json;
use domain::commitment::{Commitment, Indicator, Milestone};
use domain::plan::Plan;
use serde::Serialize;

use crate::controllers::plans::find;
use crate::error::{AppError, AppResult};
use crate::forms::Path;
use crate::state::AppState;

pub async fn list(State(state): State<AppState>) -> AppResult<Json<Vec<Plan>>> {
    Ok(Json(state.db.list_plans().await?))
}

pub async fn commitments(State(state): State<AppState>, Path(key): Path<String>) -> AppResult<Json<Vec<Commitment>>> {
    let plan = find(&state, &key).await?;
    Ok(Json(state.db.commitments_of_plan(plan.id).await?))
}

#[derive(Serialize)]
pub struct CommitmentDetail {
    #[serde(flatten)]
    pub commitment: Commitment,
    pub plan_slug: String,
    pub milestones: Vec<Milestone>,
    pub indicators: Vec<Indicator>,
}

pub async fn commitment(State(state): State<AppState>, Path(code): Path<String>) -> AppResult<Json<CommitmentDetail>> {
    let commitment = state.db.commitment_by_code(&code).await?.ok_or(AppError::NotFound)?;
    let plan = state.db.plan(commitment.plan_id).await?.ok_or(AppError::NotFound)?;
    Ok(Json(CommitmentDetail {
        milestones: state.db.milestones_of(commitment.id).await?,
        indicators: state.db.indicators_of(commitment.id).await?,
        plan_slug: plan.slug,
        commitment,
    }))
}
