use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::permissions::Action;

use crate::auth::{require, CurrentUser};
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::presenters::scope_label;
use crate::state::AppState;
use crate::views::{render, Page};

pub struct GrantLine {
    pub role: String,
    pub scope: String,
}

#[derive(Template)]
#[template(path = "accounts/account.html")]
struct AccountView {
    page: Page,
    user: CurrentUser,
    grants: Vec<GrantLine>,
}

pub async fn show(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    require(&ctx.principal, Action::ViewOwnAccount)?;
    let user = ctx.user.clone().ok_or(AppError::LoginRequired)?;
    let page = Page::new(&state, &ctx, "account-title");
    let mut grants = vec![];
    for grant in &user.grants {
        grants.push(GrantLine {
            role: page.role(grant.role.code()),
            scope: scope_label(&state, &page, grant.scope).await?,
        });
    }
    render(&AccountView { page, user, grants })
}
