use axum::extract::State;
use axum::response::Response;
use domain::permissions::Action;
use domain::validation::ValidationErrors;
use store::StoreError;

use super::{render_form, InstitutionFields};
use crate::auth::require;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::forms::CsrfForm;
use crate::state::AppState;

pub async fn form(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageInstitutions)?;
    render_form(&state, &ctx, "admin-institution-new", None, InstitutionFields::default(), ValidationErrors::new())
        .await
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(fields): CsrfForm<InstitutionFields>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageInstitutions)?;
    let all = state.db.list_institutions().await?;
    let input = match fields.parse(None, &all) {
        Ok(input) => input,
        Err(errors) => return render_form(&state, &ctx, "admin-institution-new", None, fields, errors).await,
    };
    match state.db.create_institution(&input, state.now()).await {
        Ok(_) => Ok(ctx.see_other("/admin/institutions?notice=created")),
        Err(StoreError::Conflict) => {
            let mut errors = ValidationErrors::new();
            errors.add("slug", "slug-taken");
            render_form(&state, &ctx, "admin-institution-new", None, fields, errors).await
        }
        Err(err) => Err(err.into()),
    }
}
