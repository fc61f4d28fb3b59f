use axum::extract::State;
use axum::response::Response;

use super::index::{view, Which};
use crate::actions::{publish_document, Actor};
use crate::context::Ctx;
use crate::error::AppResult;
use crate::forms::{CsrfForm, FormValues};
use crate::state::AppState;

/// Registers a document published elsewhere, by its http(s) address.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let values = FormValues(pairs);
    match publish_document::link(&state, Actor::of(&ctx), &values).await {
        Ok(_) => Ok(ctx.see_other("/admin/documents?notice=created")),
        Err(refused) => view(&state, &ctx, Some((Which::Link, values, refused.into_form_errors()?))).await,
    }
}
