use axum::extract::State;
use axum::response::Response;
use domain::validation::ValidationErrors;

use super::form::{values_of, view_with_input, InputForm};
use crate::actions::{contribute, Actor};
use crate::context::Ctx;
use crate::error::AppResult;
use crate::extract::At;
use crate::forms::{CsrfForm, FormValues};
use crate::state::AppState;

/// Records an idea raised at a meeting as a contribution to a plan's theme, so it is listed,
/// supported and answered like the proposals made online.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    At(meeting): At<domain::forum::Meeting>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let values = FormValues(pairs);
    let (theme, title, body) = (values.get("theme_id"), values.get("title"), values.get("body"));
    match contribute::record_meeting_input(&state, Actor::of(&ctx), &meeting, theme, title, body).await {
        Ok(contribution) => Ok(ctx.see_other(&format!("/proposals/{contribution}?notice=created"))),
        Err(refused) => {
            let errors = refused.into_form_errors()?;
            let attendees = state.db.attendees_of(meeting.id).await?;
            let form = values_of(&meeting, &attendees);
            let failed = InputForm { values, errors };
            view_with_input(&state, &ctx, Some(meeting), form, ValidationErrors::new(), None, Some(failed)).await
        }
    }
}
