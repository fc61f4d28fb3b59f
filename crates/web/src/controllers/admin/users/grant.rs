use axum::extract::State;

use crate::forms::Path;
use axum::response::Response;
use domain::permissions::{validate_grant, Action, Role, Scope};
use domain::validation::ValidationErrors;
use serde::Deserialize;

use super::show::render_user;
use crate::auth::require;
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::forms::CsrfForm;
use crate::state::AppState;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct GrantForm {
    pub role: String,
    /// "global" or "institution:ID".
    pub scope: String,
}

fn parse_scope(raw: &str) -> Result<Scope, &'static str> {
    match raw.split_once(':') {
        None if raw == "global" => Ok(Scope::Global),
        Some(("institution", id)) => id.parse().map(Scope::Institution).map_err(|_| "scope-invalid"),
        _ => Err("scope-invalid"),
    }
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<GrantForm>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageRoles)?;
    let user_id = id;
    state.db.user(user_id).await?.ok_or(AppError::NotFound)?;
    let mut errors = ValidationErrors::new();
    let role = errors.check("role", Role::parse(&form.role));
    let scope = errors.check("scope", parse_scope(&form.scope));
    if let Some(Scope::Institution(institution)) = scope {
        if state.db.institution(institution).await?.is_none() {
            errors.add("scope", "scope-invalid");
        }
    }
    let grant = match (role, scope, errors.is_empty()) {
        (Some(role), Some(scope), true) => errors.check("scope", validate_grant(role, scope)),
        _ => None,
    };
    let Some(grant) = grant else {
        return render_user(&state, &ctx, user_id, errors).await;
    };
    let by = ctx.user.as_ref().map(|u| u.id);
    state.db.add_grant(user_id, grant, by, state.now()).await?;
    Ok(ctx.see_other(&format!("/admin/users/{user_id}?notice=role-granted")))
}
