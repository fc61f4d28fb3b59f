//! Public pages of action plans.

pub mod compliance;
pub mod dashboard;
pub mod index;
pub mod print;
pub mod quality;
pub mod self_assessment;
pub mod show;

use domain::plan::Plan;

use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// Finds a plan by its slug, or by its numeric id.
pub(crate) async fn find(state: &AppState, key: &str) -> AppResult<Plan> {
    if let Some(plan) = state.db.plan_by_slug(key).await? {
        return Ok(plan);
    }
    match key.parse::<i64>() {
        Ok(id) => state.db.plan(id).await?.ok_or(AppError::NotFound),
        Err(_) => Err(AppError::NotFound),
    }
}

/// A percentage for display, rounded to a whole number.
pub(crate) fn percent(value: Option<f64>) -> Option<u8> {
    value.map(|v| v.round().clamp(0.0, 100.0) as u8)
}
