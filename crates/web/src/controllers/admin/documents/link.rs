use axum::extract::State;
use axum::response::Response;
use domain::documents::DocumentSource;
use domain::permissions::Action;
use domain::validation::ValidationErrors;

use super::document_input;
use super::index::{view, Which};
use crate::auth::require;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::forms::{refused, CsrfForm, FormValues};
use crate::state::AppState;

/// Registers a document published elsewhere, by its http(s) address.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageForum)?;
    let values = FormValues(pairs);
    let mut errors = ValidationErrors::new();
    let url = errors.check("url", domain::forum::web_link(values.get("url")));
    let input = match document_input(&values) {
        Ok(input) => Some(input),
        Err(e) => {
            errors.0.extend(e.0);
            None
        }
    };
    let (Some(input), Some(url), true) = (input, url, errors.is_empty()) else {
        return view(&state, &ctx, Some((Which::Link, values, errors))).await;
    };
    let by = ctx.user.as_ref().map(|u| u.id);
    match state.db.add_document(&input, &DocumentSource::Link { url }, by, state.now()).await {
        Ok(_) => Ok(ctx.see_other("/admin/documents?notice=created")),
        Err(err) => view(&state, &ctx, Some((Which::Link, values, refused(err)?))).await,
    }
}
