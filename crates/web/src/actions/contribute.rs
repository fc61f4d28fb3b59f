//! Contributing: a proposal for the plan, a comment on a proposal, a comment on a passage of
//! a consultation's frozen draft or a reply. Who may (a signed-in participant within the
//! rate limit, with a fresh form key so a double click stores once), then the store with the
//! instance's pre-moderation. The domain's rules (`ContributionInput`) run in the caller,
//! which alone knows which form or place the text came from. The secretariat also records
//! the ideas raised at a meeting ([`record_meeting_input`]), answered like those made online.

use domain::contribution::ContributionInput;
use domain::forum::Meeting;
use domain::permissions::Action;
use store::StoreError;

use super::{invalid, Actor, Refused};
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

/// Records an idea raised at `meeting` as a contribution to a theme of a plan (its `title`
/// and `body`), so it is listed, supported and answered like the proposals made online.
/// Recording the same idea twice (same meeting, theme and title) stores it once. Returns
/// the contribution's id.
pub async fn record_meeting_input(
    state: &AppState,
    actor: Actor<'_>,
    meeting: &Meeting,
    theme: &str,
    title: &str,
    body: &str,
) -> Result<i64, Refused> {
    let user = actor.may(Action::ManageForum)?;
    let theme_id = theme.trim().parse::<i64>().ok();
    let mut plan_of_theme = None;
    for plan in state.db.list_plans().await? {
        if state.db.themes_of(plan.id).await?.iter().any(|t| Some(t.id) == theme_id) {
            plan_of_theme = Some(plan.id);
        }
    }
    let (Some(plan), Some(theme_id)) = (plan_of_theme, theme_id) else {
        return Err(invalid("theme_id", "theme-invalid"));
    };
    let input = ContributionInput::meeting_input(plan, theme_id, meeting.id, title, body).map_err(Refused::Invalid)?;
    let digest = {
        use sha2::Digest;
        hex::encode(sha2::Sha256::digest(format!("{}|{}|{}", meeting.id, theme.trim(), input.title)))
    };
    let key = format!("meeting-{}-{}", meeting.id, &digest[..32]);
    state.db.add_contribution(&input, user, &key, false, state.now()).await.map_err(Refused::from_store)
}
