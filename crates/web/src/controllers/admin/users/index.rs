use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::permissions::Action;

use crate::auth::require;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::state::AppState;
use crate::views::{render, Page};

pub struct UserRow {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub verified: bool,
    pub roles: Vec<String>,
}

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersView {
    page: Page,
    users: Vec<UserRow>,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageUsers)?;
    let page = Page::new(&state, &ctx, "admin-users-title");
    let grants = state.db.all_grants().await?;
    let users = state
        .db
        .list_users()
        .await?
        .into_iter()
        .map(|u| UserRow {
            roles: grants.iter().filter(|g| g.user_id == u.id).map(|g| page.role(g.grant.role.code())).collect(),
            id: u.id,
            name: u.name,
            email: u.email,
            verified: u.email_verified_at.is_some(),
        })
        .collect();
    render(&UsersView { page, users })
}
