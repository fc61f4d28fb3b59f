use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::contribution::Contribution;
use domain::permissions::Action;

use crate::auth::require;
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::views::{render, Page};

#[derive(Template)]
#[template(path = "accounts/contributions.html")]
struct ContributionsView {
    page: Page,
    contributions: Vec<Contribution>,
}

/// "What happened to my input": everything the participant contributed.
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    require(&ctx.principal, Action::ViewOwnAccount)?;
    let user = ctx.user.as_ref().ok_or(AppError::LoginRequired)?;
    let contributions = state.db.contributions_of_author(user.id).await?;
    render(&ContributionsView { page: Page::new(&state, &ctx, "my-contributions-title"), contributions })
}
