use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use super::index::{view, Which};
use crate::actions::{publish_document, Actor};
use crate::context::Ctx;
use crate::error::AppResult;
use crate::extract::At;
use crate::forms::{CsrfForm, FormValues};
use crate::state::AppState;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct WithdrawForm {
    reason: String,
}

/// Withdraws a document: it stays listed with the public reason, and its file is no longer
/// served. The reason is recorded in the language of the person withdrawing it.
pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    At(document): At<domain::documents::Document>,
    CsrfForm(form): CsrfForm<WithdrawForm>,
) -> AppResult<Response> {
    match publish_document::withdraw(&state, Actor::of(&ctx), &document, &form.reason, ctx.locale).await {
        Ok(()) => Ok(ctx.see_other("/admin/documents?notice=saved")),
        Err(refused) => {
            let errors = refused.into_form_errors()?;
            let values = FormValues(vec![("reason".into(), form.reason)]);
            view(&state, &ctx, Some((Which::Withdraw(document.id), values, errors))).await
        }
    }
}
