use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::permissions::Action;
use domain::validation::ValidationErrors;
use serde::Deserialize;
use store::FlaggedContribution;

use crate::actions::{moderate, Actor};
use crate::auth::require;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::extract::At;
use crate::forms::{CsrfForm, Empty, Path};
use crate::state::AppState;
use crate::views::{render_status, Page};

#[derive(Template)]
#[template(path = "admin/consultations/moderation.html")]
struct ModerationView {
    page: Page,
    queue: Vec<FlaggedContribution>,
    /// The hide form that failed, by contribution id.
    failed: Option<(i64, ValidationErrors)>,
}

impl ModerationView {
    fn errors_for(&self, id: &i64) -> ValidationErrors {
        match &self.failed {
            Some((failed, errors)) if failed == id => errors.clone(),
            _ => ValidationErrors::new(),
        }
    }
}

async fn view(state: &AppState, ctx: &Ctx, failed: Option<(i64, ValidationErrors)>) -> AppResult<Response> {
    let queue = state.db.moderation_queue().await?;
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    render_status(status, &ModerationView { page: Page::new(state, ctx, "admin-moderation-title"), queue, failed })
}

/// Contributions flagged by participants or held for a first-post review.
pub async fn queue(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    require(&ctx.principal, Action::Moderate)?;
    view(&state, &ctx, None).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct HideForm {
    reason: String,
}

/// Hides a contribution behind a public reason. Its text stays in the database and its
/// tombstone stays on the page: nothing is destroyed.
pub async fn hide(
    State(state): State<AppState>,
    ctx: Ctx,
    At(contribution): At<domain::contribution::Contribution>,
    CsrfForm(form): CsrfForm<HideForm>,
) -> AppResult<Response> {
    match moderate::hide(&state, Actor::of(&ctx), &contribution, &form.reason).await {
        Ok(()) => Ok(ctx.see_other("/admin/moderation?notice=saved")),
        Err(refused) => view(&state, &ctx, Some((contribution.id, refused.into_form_errors()?))).await,
    }
}

/// Publishes a contribution that was held for review.
pub async fn approve(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(Empty {}): CsrfForm<Empty>,
) -> AppResult<Response> {
    moderate::approve(&state, Actor::of(&ctx), id).await?;
    Ok(ctx.see_other("/admin/moderation?notice=saved"))
}
