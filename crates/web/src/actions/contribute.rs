//! Contributing: a proposal for the plan, a comment on a proposal, a comment on a passage of
//! a consultation's frozen draft or a reply. Who may (a signed-in participant within the
//! rate limit, with a fresh form key so a double click stores once), then the store with the
//! instance's pre-moderation. The domain's rules (`ContributionInput`) run in the caller,
//! which alone knows which form or place the text came from.

use domain::contribution::ContributionInput;
use domain::permissions::Action;
use store::StoreError;

use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// Checks what every contribution needs: a signed-in participant within the rate limit and
/// a fresh form key (so a double click stores once). Returns the author's id.
pub async fn contributor(state: &AppState, ctx: &Ctx, idempotency_key: &str) -> AppResult<i64> {
    let user = ctx.require(Action::Participate)?;
    let key = idempotency_key.trim();
    if key.is_empty() || key.len() > 64 {
        return Err(AppError::BadRequest);
    }
    let limits = &state.config.limits;
    let stored = state.db.contributions_since(user.id, state.now() - limits.window_secs).await?;
    if stored >= limits.contributions_per_user {
        return Err(AppError::RateLimited);
    }
    Ok(user.id)
}

/// A one-time key for a contribution form.
pub fn form_key() -> String {
    store::random_token()[..32].to_string()
}

/// Stores a participant's contribution sent with the form key `key` (applying the instance's
/// pre-moderation). Returns its id and the notice to show: "created", or "pending" when it
/// waits for a moderator.
pub async fn store_contribution(
    state: &AppState,
    input: &ContributionInput,
    author: i64,
    key: &str,
) -> Result<(i64, &'static str), StoreError> {
    let premoderate = state.config.premoderate_first;
    let id = state.db.add_contribution(input, author, key.trim(), premoderate, state.now()).await?;
    // Without pre-moderation nothing waits: no need to read the contribution back.
    let pending = premoderate && state.db.contribution(id).await?.is_some_and(|c| c.pending);
    Ok((id, if pending { "pending" } else { "created" }))
}
