//! Adopting the final plan at the end of co-creation. While contributions lack a published
//! response the store refuses (OGP's reasoned response to every contribution), unless the
//! secretariat gives a reason to override; the override is logged and public. No override
//! opens the gates before it (`check_adoption_gates`): a plan with no commitment, a plan
//! whose draft was never consulted on, or one with a consultation taking comments today.

use domain::permissions::Action;
use domain::plan::Plan;

use domain::consultation::check_adoption_gates;

use super::{invalid, Actor, Refused};
use crate::state::AppState;

/// Adopts `plan`, with the secretariat's reason to override the unanswered contributions
/// (blank: no override).
pub async fn adopt(state: &AppState, actor: Actor<'_>, plan: &Plan, override_reason: &str) -> Result<(), Refused> {
    let user = actor.may(Action::RunConsultation)?;
    let today = state.clock.now().date();
    let commitments = state.db.commitments_of_plan(plan.id).await?.len();
    let consultations = state.db.consultations_of_plan(plan.id).await?;
    check_adoption_gates(commitments, &consultations, plan.current_phase(today), today)
        .map_err(|code| invalid("override_reason", code))?;
    let reason = Some(override_reason).filter(|r| !r.trim().is_empty());
    state.db.adopt_plan(plan.id, reason, user, state.now()).await.map_err(Refused::from_store)?;
    Ok(())
}
