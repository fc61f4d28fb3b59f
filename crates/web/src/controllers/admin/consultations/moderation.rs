use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::contribution::MAX_REASON_CHARS;
use domain::permissions::Action;
use domain::validation::ValidationErrors;
use store::FlaggedContribution;

use crate::auth::require;
use crate::context::Ctx;
use crate::controllers::see_other;
use crate::error::{AppError, AppResult};
use crate::extract::At;
use crate::forms::{CsrfForm, FormValues, Path};
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

/// Hides a contribution behind a public reason. Its text stays in the database and its
/// tombstone stays on the page: nothing is destroyed.
pub async fn hide(
    State(state): State<AppState>,
    ctx: Ctx,
    At(contribution): At<domain::contribution::Contribution>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::Moderate)?;
    let user = ctx.user.as_ref().ok_or(AppError::LoginRequired)?;
    let values = FormValues(pairs);
    let reason = values.get("reason").trim();
    if reason.is_empty() || reason.chars().count() > MAX_REASON_CHARS {
        let mut errors = ValidationErrors::new();
        errors.add("reason", "hide-reason-required");
        return view(&state, &ctx, Some((contribution.id, errors))).await;
    }
    state.db.hide_contribution(contribution.id, reason, user.id, state.now()).await?;
    Ok(see_other(&format!("/{}/admin/moderation?notice=saved", ctx.locale.code())))
}

/// Publishes a contribution that was held for review.
pub async fn approve(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(_pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::Moderate)?;
    let user = ctx.user.as_ref().ok_or(AppError::LoginRequired)?;
    state.db.approve_contribution(id, user.id, state.now()).await?;
    Ok(see_other(&format!("/{}/admin/moderation?notice=saved", ctx.locale.code())))
}
