//! Reporting progress on a milestone, or a measurement of an indicator: by an implementer
//! of the responsible institution, from the back office form or the JSON API with a token.
//! Permission (the responsible institution), then the domain's rules (`ProgressInput`,
//! `MeasurementInput`: dates inside the plan, no drop in percent without a reason, the
//! indicator's unit), then the store, published at once or held for review.

use domain::commitment::{Commitment, Indicator, Milestone};
use domain::implementation::{MeasurementInput, ProgressForm, ProgressInput};
use domain::permissions::{can, Action, Principal, Scope};

use super::{Actor, Refused};
use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// Whether `principal` reports for `institution` (the milestone's or commitment's).
pub fn may_report_for(principal: &Principal, institution: Option<i64>) -> bool {
    institution.is_some_and(|i| can(principal, Action::ReportProgress(Scope::Institution(i))))
}

/// Whether what is reported is public at once: always for the secretariat, and for everyone
/// when the instance does not review progress.
pub fn publishes(state: &AppState, principal: &Principal) -> bool {
    !state.config.review_progress || can(principal, Action::ManagePlans)
}

pub async fn milestone_and_commitment(state: &AppState, id: i64) -> AppResult<(Milestone, Commitment)> {
    let milestone = state.db.milestone(id).await?.ok_or(AppError::NotFound)?;
    let commitment = state.db.commitment(milestone.commitment_id).await?.ok_or(AppError::NotFound)?;
    Ok((milestone, commitment))
}

/// Checks and stores a progress update from a form or the API. Returns the update's id and
/// whether it is already public.
pub async fn record_progress(
    state: &AppState,
    principal: &Principal,
    author: i64,
    milestone_id: i64,
    form: &ProgressForm,
) -> Result<(i64, bool), Refused> {
    let (milestone, commitment) = milestone_and_commitment(state, milestone_id).await?;
    if !may_report_for(principal, milestone.reporting_institution(&commitment)) {
        return Err(AppError::Forbidden.into());
    }
    let documents: Vec<i64> =
        state.db.list_documents().await?.iter().filter(|d| d.withdrawn.is_none()).map(|d| d.id).collect();
    let input = ProgressInput::parse(form, &milestone, state.clock.now().date(), |id| documents.contains(&id))
        .map_err(Refused::Invalid)?;
    let publish = publishes(state, principal);
    let id = state.db.report_progress(milestone.id, &input, author, publish, state.now()).await?;
    Ok((id, publish))
}

pub async fn indicator_and_commitment(state: &AppState, id: i64) -> AppResult<(Indicator, Commitment)> {
    let indicator = state.db.indicator(id).await?.ok_or(AppError::NotFound)?;
    let commitment = state.db.commitment(indicator.commitment_id).await?.ok_or(AppError::NotFound)?;
    Ok((indicator, commitment))
}

/// Checks and stores an indicator measurement, reported by the commitment's lead institution.
pub async fn record_measurement(
    state: &AppState,
    principal: &Principal,
    author: i64,
    indicator_id: i64,
    fields: (&str, Option<&str>, &str, &str),
) -> Result<(i64, bool), Refused> {
    let (indicator, commitment) = indicator_and_commitment(state, indicator_id).await?;
    if !may_report_for(principal, commitment.lead_institution_id) && !can(principal, Action::ManagePlans) {
        return Err(AppError::Forbidden.into());
    }
    let (value, unit, date, source) = fields;
    let input = MeasurementInput::parse(&indicator, value, unit, date, source, state.clock.now().date())
        .map_err(Refused::Invalid)?;
    let publish = publishes(state, principal);
    let id = state.db.report_measurement(indicator.id, &input.measurement, author, publish, state.now()).await?;
    Ok((id, publish))
}

/// What a reviewer decides on an update held for review: `approve` or `reject` (anything
/// else is a bad request).
fn approves(decision: &str) -> AppResult<bool> {
    match decision {
        "approve" => Ok(true),
        "reject" => Ok(false),
        _ => Err(AppError::BadRequest),
    }
}

/// Publishes (and applies to the milestone) or rejects progress update `id` held for review.
pub async fn review_progress(state: &AppState, actor: Actor<'_>, id: i64, decision: &str) -> AppResult<()> {
    let reviewer = actor.may(Action::ManagePlans)?;
    let approve = approves(decision)?;
    Ok(state.db.review_progress(id, approve, reviewer, state.now()).await?)
}

/// Publishes or rejects measurement `id` held for review.
pub async fn review_measurement(state: &AppState, actor: Actor<'_>, id: i64, decision: &str) -> AppResult<()> {
    let reviewer = actor.may(Action::ManagePlans)?;
    let approve = approves(decision)?;
    Ok(state.db.review_measurement(id, approve, reviewer, state.now()).await?)
}
