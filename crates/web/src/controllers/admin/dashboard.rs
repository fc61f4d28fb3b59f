use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::permissions::{can, Action};

use crate::auth::require;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::state::AppState;
use crate::views::{render, Page};

#[derive(Template)]
#[template(path = "admin/dashboard.html")]
struct DashboardView {
    page: Page,
    users: i64,
    institutions: usize,
    pending_mail: i64,
    manage_users: bool,
    manage_institutions: bool,
}

pub async fn show(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    require(&ctx.principal, Action::AccessBackOffice)?;
    let view = DashboardView {
        page: Page::new(&state, &ctx, "admin-title"),
        users: state.db.count_users().await?,
        institutions: state.db.list_institutions().await?.len(),
        pending_mail: state.db.pending_mail_count().await?,
        manage_users: can(&ctx.principal, Action::ManageUsers),
        manage_institutions: can(&ctx.principal, Action::ManageInstitutions),
    };
    render(&view)
}
