//! The registry of related portals (open data, budget, procurement, a ministry's own site):
//! the secretariat adds, corrects and removes them, links them to commitments, and may have
//! one checked now (reachable, its feed's newest entry) when this server is allowed to
//! contact other sites (`jobs::portal_check`, daily otherwise).

use domain::permissions::Action;
use domain::portal::{Portal, PortalInput};

use super::{Actor, Refused};
use crate::error::AppError;
use crate::forms::FormValues;
use crate::jobs::portal_check;
use crate::state::AppState;

/// Who keeps the registry: the secretariat.
pub const KEEPS_PORTALS: Action = Action::ManagePlans;

fn input(values: &FormValues) -> Result<PortalInput, Refused> {
    PortalInput::parse(
        values.get("kind"),
        &values.localized("name"),
        &values.localized("description"),
        values.get("url"),
        values.get("feed_url"),
    )
    .map_err(Refused::Invalid)
}

/// Adds a portal (kind, name and description in one or more languages, address, feed).
pub async fn create(state: &AppState, actor: Actor<'_>, values: &FormValues) -> Result<i64, Refused> {
    actor.may(KEEPS_PORTALS)?;
    let input = input(values)?;
    Ok(state.db.create_portal(&input, state.now()).await?)
}

/// Corrects portal `id`.
pub async fn update(state: &AppState, actor: Actor<'_>, id: i64, values: &FormValues) -> Result<(), Refused> {
    actor.may(KEEPS_PORTALS)?;
    let input = input(values)?;
    Ok(state.db.update_portal(id, &input, state.now()).await?)
}

/// Removes portal `id` (and its links to commitments).
pub async fn delete(state: &AppState, actor: Actor<'_>, id: i64) -> Result<(), AppError> {
    actor.may(KEEPS_PORTALS)?;
    Ok(state.db.delete_portal(id).await?)
}

/// Checks `portal` now. `Ok(false)` when the instance does not contact other sites.
pub async fn check_now(state: &AppState, actor: Actor<'_>, portal: &Portal) -> Result<bool, AppError> {
    actor.may(KEEPS_PORTALS)?;
    if !state.config.portal_checks {
        return Ok(false);
    }
    let allow = &state.config.portal_check_allow;
    let result = portal_check::check(&portal_check::client(allow), allow, portal, state.now()).await;
    state.db.record_portal_check(portal.id, &result).await?;
    Ok(true)
}

/// Sets the portals `commitment` links to (their ids as the checkboxes send them).
pub async fn link_commitment(
    state: &AppState,
    actor: Actor<'_>,
    commitment: i64,
    portals: &[String],
) -> Result<(), AppError> {
    actor.may(KEEPS_PORTALS)?;
    let ids: Vec<i64> = portals
        .iter()
        .map(|raw| raw.trim().parse::<i64>().map_err(|_| AppError::BadRequest))
        .collect::<Result<_, _>>()?;
    Ok(state.db.set_commitment_portals(commitment, &ids).await?)
}
