//! News of the open government process and its dissemination plan, public.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::news::{CommunicationAction, NewsPost};

use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::forms::Path;
use crate::state::AppState;
use crate::views::{render, Page};

#[derive(Template)]
#[template(path = "news/index.html")]
struct IndexView {
    page: Page,
    news: Vec<NewsPost>,
    actions: Vec<CommunicationAction>,
}

/// News, newest first, and the communication plan.
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let today = state.clock.now().date();
    let news = state.db.list_news().await?.into_iter().filter(|n| n.published_on <= today).collect();
    let actions = state.db.list_actions().await?;
    render(&IndexView { page: Page::new(&state, &ctx, "news-title"), news, actions })
}

#[derive(Template)]
#[template(path = "news/show.html")]
struct ShowView {
    page: Page,
    post: NewsPost,
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> AppResult<Response> {
    let post = state.db.news(id).await?.ok_or(AppError::NotFound)?;
    if post.published_on > state.clock.now().date() {
        return Err(AppError::NotFound);
    }
    let page = Page::new(&state, &ctx, "news-title");
    let title = page.plain(&post.title);
    render(&ShowView { page: page.titled(title), post })
}
