use axum::extract::State;

use crate::forms::Path;
use axum::response::Response;
use domain::permissions::Action;
use domain::validation::ValidationErrors;

use super::{render_form, InstitutionFields};
use crate::actions::{keep_institutions, Actor};
use crate::auth::require;
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::forms::CsrfForm;
use crate::state::AppState;

pub async fn form(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageInstitutions)?;
    let institution = state.db.institution(id).await?.ok_or(AppError::NotFound)?;
    let fields = InstitutionFields::from_institution(&institution);
    render_form(&state, &ctx, "admin-institution-edit", Some(id), fields, ValidationErrors::new()).await
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(fields): CsrfForm<InstitutionFields>,
) -> AppResult<Response> {
    match keep_institutions::update(&state, Actor::of(&ctx), id, &fields).await {
        Ok(()) => Ok(ctx.see_other("/admin/institutions?notice=saved")),
        Err(refused) => {
            let errors = refused.into_form_errors()?;
            render_form(&state, &ctx, "admin-institution-edit", Some(id), fields, errors).await
        }
    }
}
