//! Adopting the final plan at the end of co-creation. While contributions lack a published
//! response the store refuses (OGP's reasoned response to every contribution), unless the
//! secretariat gives a reason to override; the override is logged and public.

use domain::permissions::Action;
use domain::plan::Plan;

use super::{Actor, Refused};
use crate::state::AppState;

/// Adopts `plan`, with the secretariat's reason to override the unanswered contributions
/// (blank: no override).
pub async fn adopt(state: &AppState, actor: Actor<'_>, plan: &Plan, override_reason: &str) -> Result<(), Refused> {
    let user = actor.may(Action::RunConsultation)?;
    let reason = Some(override_reason).filter(|r| !r.trim().is_empty());
    state.db.adopt_plan(plan.id, reason, user, state.now()).await.map_err(Refused::from_store)?;
    Ok(())
}
