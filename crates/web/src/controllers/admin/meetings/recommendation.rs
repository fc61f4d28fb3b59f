use axum::extract::State;
use axum::response::Response;
use domain::forum::RecommendationInput;
use domain::permissions::Action;
use domain::validation::ValidationErrors;

use super::form::{view, RecommendationForm};
use crate::auth::require;
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::At;
use crate::forms::{refused, CsrfForm, FormValues, Path};
use crate::state::AppState;

/// Parses the form; commitments are typed as codes ("MO0012, MO0014").
async fn parse(state: &AppState, values: &FormValues) -> AppResult<Result<RecommendationInput, ValidationErrors>> {
    let mut errors = ValidationErrors::new();
    let mut ids = vec![];
    for code in values.get("commitments").split([',', ' ', ';', '\n']).map(str::trim).filter(|c| !c.is_empty()) {
        match state.db.commitment_by_code(&code.to_uppercase()).await? {
            Some(c) => ids.push(c.id),
            None => {
                if errors.for_field("commitments").is_none() {
                    errors.add("commitments", "commitment-unknown");
                }
            }
        }
    }
    Ok(
        match RecommendationInput::parse(
            &values.localized("text"),
            values.get("status"),
            &values.localized("reason"),
            ids,
        ) {
            Ok(input) if errors.is_empty() => Ok(input),
            Ok(_) => Err(errors),
            Err(mut e) => {
                e.0.extend(errors.0);
                Err(e)
            }
        },
    )
}

async fn failed(
    state: &AppState,
    ctx: &Ctx,
    meeting_id: i64,
    target: Option<i64>,
    values: FormValues,
    errors: ValidationErrors,
) -> AppResult<Response> {
    let meeting = state.db.meeting(meeting_id).await?.ok_or(AppError::NotFound)?;
    let attendees = state.db.attendees_of(meeting.id).await?;
    let values_of_meeting = super::form::values_of(&meeting, &attendees);
    view(
        state,
        ctx,
        Some(meeting),
        values_of_meeting,
        ValidationErrors::new(),
        Some(RecommendationForm { target, values, errors }),
    )
    .await
}

/// Records a recommendation made at a meeting.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    At(meeting): At<domain::forum::Meeting>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageForum)?;
    let values = FormValues(pairs);
    let input = match parse(&state, &values).await? {
        Ok(input) => input,
        Err(errors) => return failed(&state, &ctx, meeting.id, None, values, errors).await,
    };
    match state.db.add_recommendation(meeting.id, &input, state.now()).await {
        Ok(_) => Ok(ctx.see_other(&format!("/admin/meetings/{}/edit?notice=saved#recommendations", meeting.id))),
        Err(err) => failed(&state, &ctx, meeting.id, None, values, refused(err)?).await,
    }
}

/// Changes a recommendation's text, status (with its reason) or commitments.
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageForum)?;
    let recommendation = state.db.recommendation(id).await?.ok_or(AppError::NotFound)?;
    let values = FormValues(pairs);
    let input = match parse(&state, &values).await? {
        Ok(input) => input,
        Err(errors) => {
            return failed(&state, &ctx, recommendation.meeting_id, Some(recommendation.id), values, errors).await
        }
    };
    match state.db.update_recommendation(recommendation.id, &input, state.now()).await {
        Ok(()) => {
            Ok(ctx
                .see_other(&format!("/admin/meetings/{}/edit?notice=saved#recommendations", recommendation.meeting_id)))
        }
        Err(err) => {
            failed(&state, &ctx, recommendation.meeting_id, Some(recommendation.id), values, refused(err)?).await
        }
    }
}
