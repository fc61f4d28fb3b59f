use askama::Template;
use axum::extract::State;
use axum::response::Response;

use crate::context::Ctx;
use crate::error::AppResult;
use crate::state::AppState;
use crate::views::{render, Page};

#[derive(Template)]
#[template(path = "home.html")]
struct HomeView {
    page: Page,
    institution_count: usize,
}

pub async fn show(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let institution_count = state.db.list_institutions().await?.len();
    render(&HomeView { page: Page::new(&state, &ctx, "home-title"), institution_count })
}
