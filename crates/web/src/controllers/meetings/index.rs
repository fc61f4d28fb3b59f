use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::forum::{Body, Meeting};

use crate::context::Ctx;
use crate::error::AppResult;
use crate::state::AppState;
use crate::views::{render, Page};

#[derive(Template)]
#[template(path = "meetings/index.html")]
struct IndexView {
    page: Page,
    upcoming: Vec<Meeting>,
    past: Vec<Meeting>,
    bodies: Vec<Body>,
}

impl IndexView {
    fn body_of(&self, meeting: &Meeting) -> Option<&Body> {
        meeting.body_id.and_then(|id| self.bodies.iter().find(|b| b.id == id))
    }
}

/// The public calendar: upcoming meetings soonest first, then past ones, latest first.
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let now = state.now();
    let (upcoming, mut past): (Vec<Meeting>, Vec<Meeting>) =
        state.db.list_meetings().await?.into_iter().partition(|m| m.ends_at >= now);
    past.reverse();
    let bodies = state.db.list_bodies().await?;
    render(&IndexView { page: Page::new(&state, &ctx, "meetings-title"), upcoming, past, bodies })
}
