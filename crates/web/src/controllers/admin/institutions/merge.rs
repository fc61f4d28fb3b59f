//! Merging a duplicate institution into the one kept (the OGP data names one ministry several
//! ways): every link moves, the duplicate goes. Refused: merging into itself or into an
//! institution that does not exist, each with a message next to the choice.

use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use super::{render_form, InstitutionFields};
use crate::actions::{keep_institutions, Actor};
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::forms::{CsrfForm, Path};
use crate::state::AppState;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MergeForm {
    pub into: String,
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<MergeForm>,
) -> AppResult<Response> {
    match keep_institutions::merge(&state, Actor::of(&ctx), id, &form.into).await {
        Ok(into) => Ok(ctx.see_other(&format!("/admin/institutions/{into}/edit?notice=merged"))),
        Err(refused) => {
            let errors = refused.into_form_errors()?;
            let institution = state.db.institution(id).await?.ok_or(AppError::NotFound)?;
            let fields = InstitutionFields::from_institution(&institution);
            render_form(&state, &ctx, "admin-institution-edit", Some(id), fields, errors).await
        }
    }
}
