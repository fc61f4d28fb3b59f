use axum::extract::State;
use axum::response::Response;
use domain::contribution::ContributionInput;
use domain::permissions::Action;
use domain::validation::ValidationErrors;

use super::form::{values_of, view_with_input, InputForm};
use crate::context::Ctx;
use crate::error::AppResult;
use crate::extract::At;
use crate::forms::{refused, CsrfForm, FormValues};
use crate::state::AppState;

/// Records an idea raised at a meeting as a contribution to a plan's theme, so it is listed,
/// supported and answered like the proposals made online.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    At(meeting): At<domain::forum::Meeting>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let user = ctx.require(Action::ManageForum)?;
    let values = FormValues(pairs);
    let theme_id = values.get("theme_id").trim().parse::<i64>().ok();
    let mut plan_of_theme = None;
    for plan in state.db.list_plans().await? {
        if state.db.themes_of(plan.id).await?.iter().any(|t| Some(t.id) == theme_id) {
            plan_of_theme = Some(plan.id);
        }
    }
    let parsed = match (plan_of_theme, theme_id) {
        (Some(plan), Some(theme)) => {
            ContributionInput::meeting_input(plan, theme, meeting.id, values.get("title"), values.get("body"))
        }
        _ => {
            let mut errors = ValidationErrors::new();
            errors.add("theme_id", "theme-invalid");
            Err(errors)
        }
    };
    let failed = |errors: ValidationErrors| InputForm { values: values.clone(), errors };
    let input = match parsed {
        Ok(input) => input,
        Err(errors) => {
            let attendees = state.db.attendees_of(meeting.id).await?;
            let form = values_of(&meeting, &attendees);
            return view_with_input(
                &state,
                &ctx,
                Some(meeting),
                form,
                ValidationErrors::new(),
                None,
                Some(failed(errors)),
            )
            .await;
        }
    };
    // One key per meeting, theme and title: recording the same idea twice stores it once.
    let digest = {
        use sha2::Digest;
        hex::encode(sha2::Sha256::digest(format!("{}|{}|{}", meeting.id, values.get("theme_id"), input.title)))
    };
    let key = format!("meeting-{}-{}", meeting.id, &digest[..32]);
    match state.db.add_contribution(&input, user.id, &key, false, state.now()).await {
        Ok(contribution) => Ok(ctx.see_other(&format!("/proposals/{contribution}?notice=created"))),
        Err(err) => {
            let errors = refused(err)?;
            let attendees = state.db.attendees_of(meeting.id).await?;
            let form = values_of(&meeting, &attendees);
            view_with_input(&state, &ctx, Some(meeting), form, ValidationErrors::new(), None, Some(failed(errors)))
                .await
        }
    }
}
