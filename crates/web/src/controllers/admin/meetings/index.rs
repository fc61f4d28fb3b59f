use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::forum::Meeting;
use domain::permissions::Action;

use crate::auth::require;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::state::AppState;
use crate::views::{render, Page};

#[derive(Template)]
#[template(path = "admin/meetings/index.html")]
struct IndexView {
    page: Page,
    meetings: Vec<Meeting>,
}

/// Every meeting, latest first.
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageForum)?;
    let mut meetings = state.db.list_meetings().await?;
    meetings.reverse();
    render(&IndexView { page: Page::new(&state, &ctx, "admin-meetings-title"), meetings })
}
