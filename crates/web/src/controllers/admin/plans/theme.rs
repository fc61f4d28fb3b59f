use axum::extract::State;
use axum::response::Response;
use domain::permissions::Action;
use domain::{Locale, Localized};

use crate::auth::require;
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::At;
use crate::forms::CsrfForm;
use crate::state::AppState;

/// Adds a theme (axis) to a plan; an empty title is refused with a translated page.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    At(plan): At<domain::plan::Plan>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::ManagePlans)?;
    let get = |key: &str| crate::forms::field(&pairs, key).to_string();
    let title = Localized::from_pairs(Locale::ALL.iter().map(|l| (*l, get(&format!("theme_{}", l.code())))));
    if title.is_empty() {
        return Err(AppError::BadRequest);
    }
    state.db.create_theme(plan.id, &title).await?;
    Ok(ctx.see_other(&format!("/admin/plans/{}/commitments/new?notice=created", plan.id)))
}
