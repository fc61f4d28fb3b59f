use axum::extract::State;

use crate::forms::Path;
use axum::response::Response;
use domain::permissions::{backs_api_token, Action, Grant, Role, Scope};
use domain::validation::ValidationErrors;

use super::show::render_user;
use crate::auth::require;
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::forms::CsrfForm;
use crate::forms::Empty;
use crate::state::AppState;

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((user_id, grant_id)): Path<(i64, i64)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageRoles)?;
    let grants = state.db.grants_of(user_id).await?;
    let target = grants.iter().find(|g| g.id == grant_id).ok_or(AppError::NotFound)?;
    // Nobody may lock the portal out: the last secretariat grant stays.
    let is_secretariat = target.grant.role == Role::Secretariat && target.grant.scope == Scope::Global;
    if is_secretariat {
        let others = state
            .db
            .all_grants()
            .await?
            .iter()
            .filter(|g| g.id != grant_id && g.grant.role == Role::Secretariat && g.grant.scope == Scope::Global)
            .count();
        if others == 0 {
            let mut errors = ValidationErrors::new();
            errors.add("role", "last-secretariat");
            return render_user(&state, &ctx, user_id, errors).await;
        }
    }
    state.db.remove_grant(user_id, grant_id).await?;
    // Personal API tokens the remaining roles no longer back die now, not at their next use,
    // so a role granted again later does not revive them.
    let remaining: Vec<Grant> = state.db.grants_of(user_id).await?.into_iter().map(|g| g.grant).collect();
    for token in state.db.api_tokens_of(user_id).await? {
        if token.revoked_at.is_none() && !backs_api_token(&remaining, token.institution_id) {
            state.db.revoke_api_token(user_id, token.id, state.now()).await?;
        }
    }
    Ok(ctx.see_other(&format!("/admin/users/{user_id}?notice=role-revoked")))
}
