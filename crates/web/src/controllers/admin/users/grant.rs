use axum::extract::State;

use crate::forms::Path;
use axum::response::Response;
use serde::Deserialize;

use super::show::render_user;
use crate::actions::{grant_role, Actor};
use crate::context::Ctx;
use crate::error::AppResult;
use crate::forms::CsrfForm;
use crate::state::AppState;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct GrantForm {
    pub role: String,
    /// "global" or "institution:ID".
    pub scope: String,
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<GrantForm>,
) -> AppResult<Response> {
    match grant_role::grant(&state, Actor::of(&ctx), id, &form.role, &form.scope).await {
        Ok(()) => Ok(ctx.see_other(&format!("/admin/users/{id}?notice=role-granted"))),
        Err(refused) => render_user(&state, &ctx, id, refused.into_form_errors()?).await,
    }
}
