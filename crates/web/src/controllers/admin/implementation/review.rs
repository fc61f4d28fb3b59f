use axum::extract::State;
use axum::response::Response;
use domain::permissions::Action;

use crate::auth::require;
use crate::context::Ctx;
use crate::controllers::admin::users::show::parse_id;
use crate::controllers::see_other;
use crate::error::{AppError, AppResult};
use crate::forms::{CsrfForm, FormValues, Path};
use crate::state::AppState;

fn decision(values: &FormValues) -> AppResult<bool> {
    match values.get("decision") {
        "approve" => Ok(true),
        "reject" => Ok(false),
        _ => Err(AppError::BadRequest),
    }
}

/// Publishes (and applies) or rejects a progress update waiting for review.
pub async fn progress(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::ManagePlans)?;
    let user = ctx.user.as_ref().ok_or(AppError::LoginRequired)?;
    let approve = decision(&FormValues(pairs))?;
    state.db.review_progress(parse_id(&id)?, approve, user.id, state.now()).await?;
    Ok(see_other(&format!("/{}/admin/implementation?notice=saved", ctx.locale.code())))
}

/// Publishes or rejects a measurement waiting for review.
pub async fn measurement(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::ManagePlans)?;
    let user = ctx.user.as_ref().ok_or(AppError::LoginRequired)?;
    let approve = decision(&FormValues(pairs))?;
    state.db.review_measurement(parse_id(&id)?, approve, user.id, state.now()).await?;
    Ok(see_other(&format!("/{}/admin/implementation?notice=saved", ctx.locale.code())))
}
