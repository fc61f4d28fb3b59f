use axum::extract::State;
use axum::response::Response;
use domain::permissions::Action;
use domain::validation::ValidationErrors;
use domain::Localized;

use super::index::{view, Which};
use crate::auth::require;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::extract::At;
use crate::forms::{CsrfForm, FormValues};
use crate::state::AppState;

/// Withdraws a document: it stays listed with the public reason, and its file is no longer
/// served. The reason is recorded in the language of the person withdrawing it.
pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    At(document): At<domain::documents::Document>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageForum)?;
    let values = FormValues(pairs);
    let reason = values.get("reason").trim();
    if reason.is_empty() || reason.chars().count() > 2000 {
        let mut errors = ValidationErrors::new();
        errors.add("reason", "withdraw-reason-required");
        return view(&state, &ctx, Some((Which::Withdraw(document.id), values, errors))).await;
    }
    let reason = Localized::from_pairs([(ctx.locale, reason)]);
    state.db.withdraw_document(document.id, &reason, state.now()).await?;
    Ok(ctx.see_other("/admin/documents?notice=saved"))
}
