//! Drafting a plan in the back office: the secretariat creates a plan (member, number,
//! title in one or more languages, period, the timeline of its phases) and corrects it, adds
//! themes (axes) and starts draft commitments under them (a code unique across the instance,
//! a title), whose design is then written on the commitment's own form.

use domain::commitment::parse_code;
use domain::permissions::Action;
use domain::plan::{Plan, PlanForm, PlanInput};
use domain::validation::ValidationErrors;
use domain::Localized;

use super::{taken, Actor, Refused};
use crate::error::AppError;
use crate::forms::FormValues;
use crate::state::AppState;

/// Creates a plan. Returns it.
pub async fn create(state: &AppState, actor: Actor<'_>, form: &PlanForm) -> Result<Plan, Refused> {
    actor.may(Action::ManagePlans)?;
    let input = PlanInput::parse(form).map_err(Refused::Invalid)?;
    state.db.create_plan(&input, state.now()).await.map_err(taken("slug", "plan-slug-taken"))
}

/// Corrects `plan`. Returns its slug, which may have changed.
pub async fn update(state: &AppState, actor: Actor<'_>, plan: &Plan, form: &PlanForm) -> Result<String, Refused> {
    actor.may(Action::ManagePlans)?;
    let input = PlanInput::parse(form).map_err(Refused::Invalid)?;
    state.db.update_plan(plan.id, &input, state.now()).await.map_err(taken("slug", "plan-slug-taken"))?;
    Ok(input.slug)
}

/// Adds a theme titled `theme_{locale}`; an empty title is a bad request (the form is one
/// line on the new-commitment page).
pub async fn add_theme(state: &AppState, actor: Actor<'_>, plan: &Plan, values: &FormValues) -> Result<i64, AppError> {
    actor.may(Action::ManagePlans)?;
    let title = Localized::from_pairs(values.localized("theme"));
    if title.is_empty() {
        return Err(AppError::BadRequest);
    }
    Ok(state.db.create_theme(plan.id, &title).await?)
}

/// Starts a draft commitment in `plan`: `code`, `title_{locale}` and an optional `theme`.
/// Returns its code.
pub async fn start_commitment(
    state: &AppState,
    actor: Actor<'_>,
    plan: &Plan,
    values: &FormValues,
) -> Result<String, Refused> {
    actor.may(Action::ManagePlans)?;
    let mut errors = ValidationErrors::new();
    let code = errors.check("code", parse_code(values.get("code")));
    let title = Localized::from_pairs(values.localized("title"));
    if title.is_empty() {
        errors.add("title", "title-required");
    }
    let themes = state.db.themes_of(plan.id).await?;
    let theme_id = match values.get("theme").trim() {
        "" => None,
        raw => match raw.parse::<i64>().ok().filter(|id| themes.iter().any(|t| t.id == *id)) {
            Some(id) => Some(id),
            None => {
                errors.add("theme", "theme-invalid");
                None
            }
        },
    };
    let Some(code) = code.filter(|_| errors.is_empty()) else {
        return Err(Refused::Invalid(errors));
    };
    state
        .db
        .create_commitment(plan.id, &code, theme_id, &title, state.now())
        .await
        .map_err(taken("code", "code-taken"))?;
    Ok(code)
}
