use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::institution::Institution;
use domain::permissions::Action;

use crate::auth::require;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::state::AppState;
use crate::views::{render, Page};

#[derive(Template)]
#[template(path = "admin/institutions.html")]
struct InstitutionsView {
    page: Page,
    institutions: Vec<Institution>,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageInstitutions)?;
    let page = Page::new(&state, &ctx, "admin-institutions-title");
    let mut institutions = state.db.list_institutions().await?;
    institutions.sort_by_key(|i| page.plain(&i.name).to_lowercase());
    render(&InstitutionsView { page, institutions })
}
