//! Opening a consultation on a plan: the draft as it stands is frozen (every commitment with
//! its sections and milestones) and people comment on that copy, for at least the instance's
//! minimum number of days; and moving its dates (never below the minimum, and once open its
//! start stays and it cannot close before today). Neither may end in the past or overlap
//! another consultation of the plan.

use domain::consultation::{check_window_free, parse_window, Consultation, FrozenPlan};
use domain::permissions::Action;
use domain::plan::Plan;

use super::{invalid, Actor, Refused};
use crate::state::AppState;

/// Freezes `plan`'s draft and opens a consultation from `opens_on` to `closes_on` (ISO
/// dates as the form sends them). Returns the new consultation's id.
pub async fn open(
    state: &AppState,
    actor: Actor<'_>,
    plan: &Plan,
    opens_on: &str,
    closes_on: &str,
) -> Result<i64, Refused> {
    let user = actor.may(Action::RunConsultation)?;
    let today = state.clock.now().date();
    let window =
        parse_window(opens_on, closes_on, state.config.consultation_min_days, None, today).map_err(Refused::Invalid)?;
    free(state, plan.id, window, None).await?;
    let mut parts = vec![];
    for commitment in state.db.commitments_of_plan(plan.id).await? {
        let milestones = state.db.milestones_of(commitment.id).await?;
        parts.push((commitment, milestones));
    }
    if parts.is_empty() {
        return Err(invalid("opens_on", "consultation-nothing-to-freeze"));
    }
    let snapshot = FrozenPlan::of(&parts);
    Ok(state.db.open_consultation(plan.id, window, &snapshot, user, state.now()).await?)
}

/// Moves the dates of `consultation`.
pub async fn move_window(
    state: &AppState,
    actor: Actor<'_>,
    consultation: &Consultation,
    opens_on: &str,
    closes_on: &str,
) -> Result<(), Refused> {
    let user = actor.may(Action::RunConsultation)?;
    let today = state.clock.now().date();
    let window = parse_window(opens_on, closes_on, state.config.consultation_min_days, Some(consultation), today)
        .map_err(Refused::Invalid)?;
    free(state, consultation.plan_id, window, Some(consultation.id)).await?;
    state.db.change_consultation_window(consultation.id, window, user, state.now()).await?;
    Ok(())
}

/// Refuses `window` over another consultation of `plan` (`moving` is the one whose dates
/// change).
async fn free(
    state: &AppState,
    plan: i64,
    window: (time::Date, time::Date),
    moving: Option<i64>,
) -> Result<(), Refused> {
    let others: Vec<Consultation> =
        state.db.consultations_of_plan(plan).await?.into_iter().filter(|c| Some(c.id) != moving).collect();
    check_window_free(window, &others).map_err(Refused::Invalid)
}
