//! Co-creation: participants propose ideas for commitments under a plan's themes, support
//! them and comment, while the plan is in its co-creation phase.

pub mod index;
pub mod show;

use domain::permissions::Action;

use crate::auth::require;
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// Checks what every contribution needs: a signed-in participant within the rate limit and
/// a fresh form key (so a double click stores once). Returns the author's id.
pub(crate) async fn contributor(state: &AppState, ctx: &Ctx, idempotency_key: &str) -> AppResult<i64> {
    require(&ctx.principal, Action::Participate)?;
    let user = ctx.user.as_ref().ok_or(AppError::LoginRequired)?;
    let key = idempotency_key.trim();
    if key.is_empty() || key.len() > 64 {
        return Err(AppError::BadRequest);
    }
    let limits = &state.config.limits;
    let hits = state.db.rate_hit(&format!("contribute:{}", user.id), state.now(), limits.window_secs).await?;
    if hits > limits.contributions_per_user {
        return Err(AppError::RateLimited);
    }
    Ok(user.id)
}

/// A one-time key for a contribution form.
pub(crate) fn form_key() -> String {
    store::random_token()[..32].to_string()
}

/// The notice after a contribution is stored: "created", or "pending" when it waits for a
/// moderator (pre-moderation of a first contribution).
pub(crate) async fn created_notice(state: &AppState, id: i64) -> AppResult<&'static str> {
    let pending = state.db.contribution(id).await?.is_some_and(|c| c.pending);
    Ok(if pending { "pending" } else { "created" })
}
