use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::institution::{Branch, Institution};

use crate::context::Ctx;
use crate::error::AppResult;
use crate::state::AppState;
use crate::views::{render, Page};

pub struct BranchGroup {
    pub branch: Branch,
    pub institutions: Vec<Institution>,
}

#[derive(Template)]
#[template(path = "institutions/index.html")]
struct IndexView {
    page: Page,
    groups: Vec<BranchGroup>,
}

/// Public list of institutions, grouped by branch of the open state.
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let page = Page::new(&state, &ctx, "institutions-title");
    let mut all = state.db.list_institutions().await?;
    all.sort_by_key(|i| page.plain(&i.name).to_lowercase());
    let groups = Branch::ALL
        .into_iter()
        .map(|branch| BranchGroup {
            branch,
            institutions: all.iter().filter(|i| i.branch == branch).cloned().collect(),
        })
        .filter(|g| !g.institutions.is_empty())
        .collect();
    render(&IndexView { page, groups })
}
