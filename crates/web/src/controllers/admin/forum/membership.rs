use axum::extract::State;
use axum::response::Response;
use domain::permissions::Action;

use super::body::view;
use crate::actions::{keep_forum, Actor};
use crate::auth::require;
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::At;
use crate::forms::{CsrfForm, FormValues, Path};
use crate::state::AppState;

/// Seats a person in a body: an existing person, or a new one typed in the same form.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    At(body): At<domain::forum::Body>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let values = FormValues(pairs);
    match keep_forum::add_seat(&state, Actor::of(&ctx), &body, &values).await {
        Ok(()) => Ok(ctx.see_other(&format!("/admin/forum/{}?notice=saved", body.id))),
        Err(refused) => {
            let errors = refused.into_form_errors()?;
            view(&state, &ctx, body, None, Some((values, errors))).await
        }
    }
}

/// Ends a membership on the given date (the record stays in the forum's history).
pub async fn end(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageForum)?;
    let membership = state.db.all_memberships().await?.into_iter().find(|m| m.id == id).ok_or(AppError::NotFound)?;
    let body = state.db.body(membership.body_id).await?.ok_or(AppError::NotFound)?;
    let values = FormValues(pairs);
    match keep_forum::end_seat(&state, Actor::of(&ctx), membership.id, values.get("ends_on")).await {
        Ok(()) => Ok(ctx.see_other(&format!("/admin/forum/{}?notice=saved", body.id))),
        Err(refused) => {
            let errors = refused.into_form_errors()?;
            view(&state, &ctx, body, None, Some((values, errors))).await
        }
    }
}
