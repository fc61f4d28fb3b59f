use axum::extract::State;

use crate::forms::Path;
use axum::response::Response;

use super::show::render_user;
use crate::actions::{grant_role, Actor};
use crate::context::Ctx;
use crate::error::AppResult;
use crate::forms::CsrfForm;
use crate::forms::Empty;
use crate::state::AppState;

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((user_id, grant_id)): Path<(i64, i64)>,
    CsrfForm(Empty {}): CsrfForm<Empty>,
) -> AppResult<Response> {
    match grant_role::revoke(&state, Actor::of(&ctx), user_id, grant_id).await {
        Ok(()) => Ok(ctx.see_other(&format!("/admin/users/{user_id}?notice=role-revoked"))),
        Err(refused) => render_user(&state, &ctx, user_id, refused.into_form_errors()?).await,
    }
}
