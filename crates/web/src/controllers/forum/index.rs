use askama::Template;
use axum::extract::State;
use axum::response::Response;

use super::BodyNode;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::state::AppState;
use crate::views::{render, Page};

#[derive(Template)]
#[template(path = "forum/index.html")]
struct IndexView {
    page: Page,
    roots: Vec<BodyNode>,
}

/// The forum: its bodies, the steering committee first with its sub-commissions beneath.
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let bodies = state.db.list_bodies().await?;
    let today = state.clock.now().date();
    let memberships = state.db.all_memberships().await?;
    let members = |id: i64| memberships.iter().filter(|m| m.body_id == id && m.active_on(today)).count();
    let mut roots: Vec<BodyNode> = bodies
        .iter()
        .filter(|b| b.parent_id.is_none_or(|p| !bodies.iter().any(|o| o.id == p)))
        .map(|b| BodyNode {
            body: b.clone(),
            members: members(b.id),
            children: bodies.iter().filter(|c| c.parent_id == Some(b.id)).cloned().collect(),
        })
        .collect();
    roots.sort_by_key(|n| (n.body.kind, n.body.id));
    render(&IndexView { page: Page::new(&state, &ctx, "forum-title"), roots })
}

/// `/{locale}/bodies`: the forum's bodies are listed on the forum page.
pub async fn bodies(ctx: Ctx) -> axum::response::Redirect {
    axum::response::Redirect::permanent(&format!("/{}/forum", ctx.locale.code()))
}
