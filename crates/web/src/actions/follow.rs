//! Following a plan, a theme or a commitment by e-mail (a digest daily or weekly, or each
//! change), and stopping. Following again changes the frequency; the unsubscribe token
//! of every e-mail is made here.

use domain::permissions::Action;
use domain::subscription::{FollowKind, Frequency};

use super::Actor;
use crate::error::AppError;
use crate::state::AppState;

/// Follows the `kind` with id `target` (codes as the follow button sends them); an unknown
/// kind or frequency is a bad request, a target that does not exist a 404.
pub async fn follow(
    state: &AppState,
    actor: Actor<'_>,
    kind: &str,
    target: &str,
    frequency: &str,
) -> Result<(), AppError> {
    let user = actor.may(Action::Participate)?;
    let kind = FollowKind::parse(kind).map_err(|_| AppError::BadRequest)?;
    let frequency = Frequency::parse(frequency).map_err(|_| AppError::BadRequest)?;
    let target = target.trim().parse::<i64>().map_err(|_| AppError::BadRequest)?;
    let exists = match kind {
        FollowKind::Plan => state.db.plan(target).await?.is_some(),
        FollowKind::Commitment => state.db.commitment(target).await?.is_some(),
        FollowKind::Theme => state.db.theme(target).await?.is_some(),
    };
    if !exists {
        return Err(AppError::NotFound);
    }
    state.db.subscribe(user, (kind.code(), target), frequency.code(), &store::random_token(), state.now()).await?;
    Ok(())
}

/// Stops one of the person's own subscriptions; someone else's is a 404.
pub async fn stop(state: &AppState, actor: Actor<'_>, subscription: i64) -> Result<(), AppError> {
    let user = actor.may(Action::ViewOwnAccount)?;
    if !state.db.unsubscribe(user, subscription).await? {
        return Err(AppError::NotFound);
    }
    Ok(())
}
