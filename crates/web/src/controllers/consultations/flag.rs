//! A participant flags a contribution for the moderators (see `actions::moderate::flag`).

use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use crate::actions::{moderate, Actor};
use crate::context::Ctx;
use crate::error::AppResult;
use crate::extract::At;
use crate::forms::CsrfForm;
use crate::state::AppState;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct FlagForm {
    reason: String,
}

/// Flags a contribution and goes back to where it stands, saying so.
pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    At(contribution): At<domain::contribution::Contribution>,
    CsrfForm(form): CsrfForm<FlagForm>,
) -> AppResult<Response> {
    moderate::flag(&state, Actor::of(&ctx), &contribution, &form.reason).await?;
    let back = match (contribution.consultation_id, contribution.parent_id) {
        (Some(consultation), _) => format!("/consultations/{consultation}?notice=flagged#c-{}", contribution.id),
        (None, Some(proposal)) => format!("/proposals/{proposal}?notice=flagged#comments"),
        (None, None) => format!("/proposals/{}?notice=flagged", contribution.id),
    };
    Ok(ctx.see_other(&back))
}
