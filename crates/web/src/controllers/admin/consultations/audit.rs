use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::permissions::Action;
use store::AuditEntry;

use crate::auth::require;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::state::AppState;
use crate::views::{render, Page};

#[derive(Template)]
#[template(path = "admin/consultations/audit.html")]
struct AuditView {
    page: Page,
    entries: Vec<AuditEntry>,
    /// `Ok(n)`: the chain of n entries is intact; `Err(id)`: the first entry that breaks it.
    chain: Result<usize, i64>,
}

/// The append-only log of consultation, response and moderation actions, newest first,
/// with a check of its hash chain.
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    require(&ctx.principal, Action::RunConsultation)?;
    let mut entries = state.db.audit_log().await?;
    let chain = store::consultations::verify_chain(&entries);
    entries.reverse();
    render(&AuditView { page: Page::new(&state, &ctx, "admin-audit-title"), entries, chain })
}
