//! Moderation: a participant flags a contribution, a moderator hides it behind a public
//! reason (its text stays in the database and a tombstone stays on the page: nothing is
//! destroyed) or publishes one held for a first-post review.

use domain::contribution::{Contribution, MAX_REASON_CHARS};
use domain::permissions::Action;

use super::{invalid, Actor, Refused};
use crate::error::AppError;
use crate::state::AppState;

/// A participant flags a contribution for the moderators, with an optional reason (cut to
/// its longest). Flagging twice changes nothing; flags are rate-limited like contributions.
pub async fn flag(
    state: &AppState,
    actor: Actor<'_>,
    contribution: &Contribution,
    reason: &str,
) -> Result<(), AppError> {
    let user = actor.may(Action::Participate)?;
    let limits = &state.config.limits;
    if state.db.rate_hit(&format!("flag:{user}"), state.now(), limits.window_secs).await?
        > limits.contributions_per_user
    {
        return Err(AppError::RateLimited);
    }
    let reason: String = reason.trim().chars().take(MAX_REASON_CHARS).collect();
    state.db.report_contribution(contribution.id, user, &reason, state.now()).await?;
    Ok(())
}

/// Hides a contribution behind a public reason, required and at most
/// [`MAX_REASON_CHARS`] characters.
pub async fn hide(
    state: &AppState,
    actor: Actor<'_>,
    contribution: &Contribution,
    reason: &str,
) -> Result<(), Refused> {
    let user = actor.may(Action::Moderate)?;
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > MAX_REASON_CHARS {
        return Err(invalid("reason", "hide-reason-required"));
    }
    state.db.hide_contribution(contribution.id, reason, user, state.now()).await?;
    Ok(())
}

/// Publishes a contribution that was held for review.
pub async fn approve(state: &AppState, actor: Actor<'_>, contribution: i64) -> Result<(), AppError> {
    let user = actor.may(Action::Moderate)?;
    state.db.approve_contribution(contribution, user, state.now()).await?;
    Ok(())
}
