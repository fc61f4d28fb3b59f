use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::commitment::Theme;
use domain::documents::Document;
use domain::forum::{Body, Meeting, SeatRole};

use super::Balance;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::extract::At;
use crate::presenters::{member_lines, MemberLine};
use crate::state::AppState;
use crate::views::{render, Page};

#[derive(Template)]
#[template(path = "forum/show.html")]
struct ShowView {
    page: Page,
    body: Body,
    parent: Option<Body>,
    children: Vec<Body>,
    themes: Vec<Theme>,
    current: Vec<MemberLine>,
    former: Vec<MemberLine>,
    balance: Balance,
    meetings: Vec<Meeting>,
    documents: Vec<Document>,
}

impl ShowView {
    fn seat_roles(&self) -> &'static [SeatRole] {
        SeatRole::ALL
    }
    fn holders(&self, role: &SeatRole) -> Vec<&MemberLine> {
        self.current.iter().filter(|l| l.membership.role == *role).collect()
    }
}

/// The public composition page of a body: who sits on it, for which institution, and the
/// government / non-government balance.
pub async fn show(State(state): State<AppState>, ctx: Ctx, At(body): At<domain::forum::Body>) -> AppResult<Response> {
    let bodies = state.db.list_bodies().await?;
    let parent = body.parent_id.and_then(|p| bodies.iter().find(|b| b.id == p).cloned());
    let children = bodies.iter().filter(|b| b.parent_id == Some(body.id)).cloned().collect();
    let mut themes = vec![];
    for plan in state.db.list_plans().await? {
        themes.extend(state.db.themes_of(plan.id).await?.into_iter().filter(|t| body.theme_ids.contains(&t.id)));
    }
    let people = state.db.list_people().await?;
    let institutions = state.db.list_institutions().await?;
    let today = state.clock.now().date();
    let (current, former): (Vec<MemberLine>, Vec<MemberLine>) =
        member_lines(state.db.memberships_of_body(body.id).await?, &people, &institutions)
            .into_iter()
            .filter(|l| l.membership.starts_on <= today)
            .partition(|l| l.membership.active_on(today));
    let balance = Balance::of(&current);
    let mut meetings: Vec<Meeting> =
        state.db.list_meetings().await?.into_iter().filter(|m| m.body_id == Some(body.id)).collect();
    meetings.reverse();
    let documents = state.db.list_documents().await?.into_iter().filter(|d| d.body_id == Some(body.id)).collect();
    let page = Page::new(&state, &ctx, "forum-title");
    let title = page.plain(&body.name);
    render(&ShowView {
        page: page.titled(title),
        body,
        parent,
        children,
        themes,
        current,
        former,
        balance,
        meetings,
        documents,
    })
}
