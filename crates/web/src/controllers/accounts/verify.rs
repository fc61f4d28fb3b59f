use axum::extract::State;

use crate::forms::Query;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use store::TokenCheck;

use crate::auth::sessions::token_hash;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::state::AppState;
use crate::views::{render_status, MessageView};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenQuery {
    pub token: String,
    pub next: String,
}

/// Confirms an e-mail address from the link sent at registration.
pub async fn verify(State(state): State<AppState>, ctx: Ctx, Query(query): Query<TokenQuery>) -> AppResult<Response> {
    let check = if query.token.is_empty() {
        TokenCheck::Unknown
    } else {
        state.db.verify_email(&token_hash(&query.token), state.now()).await?
    };
    // Signing in next returns the person to the proposal or passage they started from.
    let login = format!("/{}/login{}", ctx.locale.code(), super::next_query(&query.next));
    let (status, body) = match check {
        TokenCheck::Valid { .. } => (StatusCode::OK, "verify-done-body"),
        TokenCheck::Expired => (StatusCode::BAD_REQUEST, "verify-expired-body"),
        TokenCheck::AlreadyUsed => (StatusCode::BAD_REQUEST, "verify-used-body"),
        TokenCheck::Unknown => (StatusCode::BAD_REQUEST, "verify-invalid-body"),
    };
    let title = if status == StatusCode::OK { "verify-done-title" } else { "verify-failed-title" };
    let view = MessageView::new(&state, &ctx, title, body).with_link(login, "nav-login");
    // The link does something (once): its answer is never kept by a cache.
    render_status(status, &view).map(crate::page_cache::not_kept)
}
