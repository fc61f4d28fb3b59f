use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::commitment::{Commitment, Indicator};
use domain::permissions::{can, Action};
use domain::validation::ValidationErrors;

use crate::actions::report_progress::{indicator_and_commitment, may_report_for, record_measurement};
use crate::actions::Refused;
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::forms::{CsrfForm, FormValues, Path};
use crate::state::AppState;
use crate::views::{render_status, Page};

#[derive(Template)]
#[template(path = "admin/implementation/measure.html")]
struct MeasureView {
    page: Page,
    indicator: Indicator,
    commitment: Commitment,
    values: FormValues,
    errors: ValidationErrors,
}

async fn view(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    values: Option<FormValues>,
    errors: ValidationErrors,
) -> AppResult<Response> {
    if ctx.user.is_none() {
        return Err(AppError::LoginRequired);
    }
    let (indicator, commitment) = indicator_and_commitment(state, id).await?;
    if !may_report_for(&ctx.principal, commitment.lead_institution_id) && !can(&ctx.principal, Action::ManagePlans) {
        return Err(AppError::Forbidden);
    }
    let values = values.unwrap_or_else(|| {
        let mut values = FormValues::default();
        values.set("date", state.clock.now().date().to_string());
        values
    });
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = Page::new(state, ctx, "admin-measure-title");
    render_status(status, &MeasureView { page, indicator, commitment, values, errors })
}

pub async fn form(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> AppResult<Response> {
    view(&state, &ctx, id, None, ValidationErrors::new()).await
}

/// Adds a measurement of an indicator, in the indicator's unit.
pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let user = ctx.user.as_ref().ok_or(AppError::LoginRequired)?;
    let values = FormValues(pairs);
    let fields = (values.get("value"), None, values.get("date"), values.get("source"));
    match record_measurement(&state, &ctx.principal, user.id, id, fields).await {
        Ok((_, published)) => {
            let notice = if published { "saved" } else { "submitted-for-review" };
            Ok(ctx.see_other(&format!("/admin/implementation?notice={notice}")))
        }
        Err(Refused::Invalid(errors)) => view(&state, &ctx, id, Some(values), errors).await,
        Err(Refused::App(err)) => Err(err),
    }
}
