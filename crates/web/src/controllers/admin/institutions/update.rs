use axum::extract::State;

use crate::forms::Path;
use axum::response::Response;
use domain::permissions::Action;
use domain::validation::ValidationErrors;
use store::StoreError;

use super::{render_form, InstitutionFields};
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
    require(&ctx.principal, Action::ManageInstitutions)?;
    let all = state.db.list_institutions().await?;
    if !all.iter().any(|i| i.id == id) {
        return Err(AppError::NotFound);
    }
    let input = match fields.parse(Some(id), &all) {
        Ok(input) => input,
        Err(errors) => return render_form(&state, &ctx, "admin-institution-edit", Some(id), fields, errors).await,
    };
    match state.db.update_institution(id, &input, state.now()).await {
        Ok(_) => Ok(ctx.see_other("/admin/institutions?notice=saved")),
        Err(StoreError::Conflict) => {
            let mut errors = ValidationErrors::new();
            errors.add("slug", "slug-taken");
            render_form(&state, &ctx, "admin-institution-edit", Some(id), fields, errors).await
        }
        Err(err) => Err(err.into()),
    }
}
