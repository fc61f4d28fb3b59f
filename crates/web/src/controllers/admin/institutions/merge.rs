//! Merging a duplicate institution into the one kept (the OGP data names one ministry several
//! ways): every link moves, the duplicate goes. Refused: merging into itself or into an
//! institution that does not exist, each with a message next to the choice.

use axum::extract::State;
use axum::response::Response;
use domain::permissions::Action;
use domain::validation::ValidationErrors;
use serde::Deserialize;
use store::StoreError;

use super::{render_form, InstitutionFields};
use crate::auth::require;
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::forms::{CsrfForm, Path};
use crate::state::AppState;

#[derive(Debug, Default, Deserialize)]
pub struct MergeForm {
    #[serde(default)]
    pub into: String,
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<MergeForm>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageInstitutions)?;
    let from = id;
    let institution = state.db.institution(from).await?.ok_or(AppError::NotFound)?;
    let refuse = |code: &'static str| {
        let mut errors = ValidationErrors::new();
        errors.add("into", code);
        errors
    };
    let into = match form.into.trim().parse::<i64>() {
        Ok(into) if into == from => Err(refuse("merge-into-itself")),
        Ok(into) if state.db.institution(into).await?.is_some() => Ok(into),
        _ => Err(refuse("merge-target-unknown")),
    };
    let into = match into {
        Ok(into) => into,
        Err(errors) => {
            let fields = InstitutionFields::from_institution(&institution);
            return render_form(&state, &ctx, "admin-institution-edit", Some(from), fields, errors).await;
        }
    };
    match state.db.merge_institution(from, into, state.now()).await {
        Ok(()) => Ok(ctx.see_other(&format!("/admin/institutions/{into}/edit?notice=merged"))),
        Err(StoreError::NotFound) => Err(AppError::NotFound),
        Err(err) => Err(err.into()),
    }
}
