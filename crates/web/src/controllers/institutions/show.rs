use askama::Template;
use axum::extract::State;

use axum::response::Response;
use domain::commitment::Commitment;
use domain::institution::Institution;

use crate::context::Ctx;
use crate::error::AppResult;
use crate::extract::At;
use crate::state::AppState;
use crate::views::{render, Page};

#[derive(Template)]
#[template(path = "institutions/show.html")]
struct ShowView {
    page: Page,
    institution: Institution,
    parent: Option<Institution>,
    children: Vec<Institution>,
    led: Vec<Commitment>,
    supported: Vec<Commitment>,
}

/// Public page of one institution.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    At(institution): At<domain::institution::Institution>,
) -> AppResult<Response> {
    let all = state.db.list_institutions().await?;
    let parent = institution.parent_id.and_then(|id| all.iter().find(|i| i.id == id).cloned());
    let children = all.iter().filter(|i| i.parent_id == Some(institution.id)).cloned().collect();
    let (led, supported) = state
        .db
        .commitments_of_institution(institution.id)
        .await?
        .into_iter()
        .partition(|c| c.lead_institution_id == Some(institution.id));
    let page = Page::new(&state, &ctx, "institutions-title");
    let title = page.plain(&institution.name);
    render(&ShowView { page: page.titled(title), institution, parent, children, led, supported })
}
