use axum::extract::State;
use axum::response::Response;
use domain::contribution::MAX_REASON_CHARS;
use domain::permissions::Action;

use crate::auth::require;
use crate::context::Ctx;
use crate::controllers::see_other;
use crate::error::{AppError, AppResult};
use crate::extract::At;
use crate::forms::{CsrfForm, FormValues};
use crate::state::AppState;

/// A participant flags a contribution for the moderators. Flagging twice changes nothing;
/// flags are rate-limited like contributions.
pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    At(contribution): At<domain::contribution::Contribution>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::Participate)?;
    let user = ctx.user.as_ref().ok_or(AppError::LoginRequired)?;
    let limits = &state.config.limits;
    if state.db.rate_hit(&format!("flag:{}", user.id), state.now(), limits.window_secs).await?
        > limits.contributions_per_user
    {
        return Err(AppError::RateLimited);
    }
    let values = FormValues(pairs);
    let reason: String = values.get("reason").trim().chars().take(MAX_REASON_CHARS).collect();
    state.db.report_contribution(contribution.id, user.id, &reason, state.now()).await?;
    let locale = ctx.locale.code();
    let back = match (contribution.consultation_id, contribution.parent_id) {
        (Some(consultation), _) => {
            format!("/{locale}/consultations/{consultation}?notice=flagged#c-{}", contribution.id)
        }
        (None, Some(proposal)) => format!("/{locale}/proposals/{proposal}?notice=flagged#comments"),
        (None, None) => format!("/{locale}/proposals/{}?notice=flagged", contribution.id),
    };
    Ok(see_other(&back))
}
