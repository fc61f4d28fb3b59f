use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::permissions::Action;
use domain::plan::Plan;

use crate::auth::require;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::state::AppState;
use crate::views::{render, Page};

#[derive(Template)]
#[template(path = "admin/plans/index.html")]
struct PlansView {
    page: Page,
    plans: Vec<Plan>,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    require(&ctx.principal, Action::ManagePlans)?;
    let page = Page::new(&state, &ctx, "admin-plans-title");
    render(&PlansView { page, plans: state.db.list_plans().await? })
}
