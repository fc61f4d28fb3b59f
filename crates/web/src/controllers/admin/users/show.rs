use askama::Template;
use axum::extract::State;

use crate::forms::Path;
use axum::http::StatusCode;
use axum::response::Response;
use domain::institution::Institution;
use domain::permissions::{Action, Role};
use domain::validation::ValidationErrors;

use super::index::account_flags;
use crate::auth::require;
use crate::auth::reserved_names;
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::presenters::scope_label;
use crate::state::AppState;
use crate::views::{render_status, Page};

pub struct GrantLine {
    pub id: i64,
    pub role: String,
    pub scope: String,
}

#[derive(Template)]
#[template(path = "admin/user.html")]
struct UserView {
    page: Page,
    user: store::User,
    email_parts: Vec<(String, bool)>,
    flags: Vec<String>,
    grants: Vec<GrantLine>,
    roles: Vec<Role>,
    institutions: Vec<Institution>,
    errors: ValidationErrors,
}

/// The user page of the back office, also re-rendered with errors by a failed grant.
pub(crate) async fn render_user(
    state: &AppState,
    ctx: &Ctx,
    user_id: i64,
    errors: ValidationErrors,
) -> AppResult<Response> {
    let user = state.db.user(user_id).await?.ok_or(AppError::NotFound)?;
    let page = Page::new(state, ctx, "admin-users-title").titled(user.name.clone());
    let mut grants = vec![];
    for g in state.db.grants_of(user.id).await? {
        grants.push(GrantLine {
            id: g.id,
            role: page.role(g.grant.role.code()),
            scope: scope_label(state, &page, g.grant.scope).await?,
        });
    }
    let reserved = reserved_names(state).await?;
    let flags = account_flags(&page, &reserved, &user.name, &user.email, !grants.is_empty());
    let email_parts = domain::impersonation::script_runs(&user.email);
    let mut institutions = state.db.list_institutions().await?;
    institutions.sort_by_key(|i| page.plain(&i.name).to_lowercase());
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render_status(
        status,
        &UserView { page, user, email_parts, flags, grants, roles: Role::ALL.to_vec(), institutions, errors },
    )
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageUsers)?;
    render_user(&state, &ctx, id, ValidationErrors::new()).await
}
