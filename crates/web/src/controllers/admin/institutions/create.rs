use axum::extract::State;
use axum::response::Response;
use domain::permissions::Action;
use domain::validation::ValidationErrors;

use super::{render_form, InstitutionFields};
use crate::actions::{keep_institutions, Actor};
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
    match keep_institutions::create(&state, Actor::of(&ctx), &fields).await {
        Ok(_) => Ok(ctx.see_other("/admin/institutions?notice=created")),
        Err(refused) => {
            let errors = refused.into_form_errors()?;
            render_form(&state, &ctx, "admin-institution-new", None, fields, errors).await
        }
    }
}
