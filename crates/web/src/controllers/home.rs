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
    /// The next forum meetings, soonest first (at most three).
    meetings: Vec<domain::forum::Meeting>,
    /// The newest documents of the repository (at most three).
    documents: Vec<domain::documents::Document>,
}

pub async fn show(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let institution_count = state.db.list_institutions().await?.len();
    let now = state.now();
    let meetings = state.db.list_meetings().await?.into_iter().filter(|m| m.ends_at >= now).take(3).collect();
    let documents = state.db.list_documents().await?.into_iter().take(3).collect();
    render(&HomeView { page: Page::new(&state, &ctx, "home-title"), institution_count, meetings, documents })
}
