use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::consultation::Consultation;
use domain::permissions::Action;
use domain::plan::Plan;
use domain::validation::ValidationErrors;

use serde::Deserialize;

use crate::actions::{open_consultation, Actor};
use crate::auth::require;
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::At;
use crate::forms::{CsrfForm, FormValues};
use crate::state::AppState;
use crate::views::{render_status, Page};

#[derive(Template)]
#[template(path = "admin/consultations/index.html")]
struct ConsultationsView {
    page: Page,
    plan: Plan,
    consultations: Vec<Consultation>,
    min_days: i64,
    commitments: usize,
    /// The form that failed, by consultation id (0: the new one), with its values and errors.
    failed: Option<(i64, FormValues, ValidationErrors)>,
}

impl ConsultationsView {
    /// The values of a consultation's date form: as sent when it failed, else as stored
    /// (`None`: the form that opens a new one).
    fn values_for(&self, consultation: Option<&Consultation>) -> FormValues {
        let id = consultation.map_or(0, |c| c.id);
        match (&self.failed, consultation) {
            (Some((failed, values, _)), _) if *failed == id => values.clone(),
            (_, Some(c)) => {
                let mut values = FormValues::default();
                values.set("opens_on", c.opens_on.to_string());
                values.set("closes_on", c.closes_on.to_string());
                values
            }
            (_, None) => FormValues::default(),
        }
    }
    fn errors_for(&self, consultation: Option<&Consultation>) -> ValidationErrors {
        match &self.failed {
            Some((failed, _, errors)) if *failed == consultation.map_or(0, |c| c.id) => errors.clone(),
            _ => ValidationErrors::new(),
        }
    }
}

async fn view(
    state: &AppState,
    ctx: &Ctx,
    plan: Plan,
    failed: Option<(i64, FormValues, ValidationErrors)>,
) -> AppResult<Response> {
    let consultations = state.db.consultations_of_plan(plan.id).await?;
    let commitments = state.db.commitments_of_plan(plan.id).await?.len();
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let page = Page::new(state, ctx, "admin-consultations-title");
    let min_days = state.config.consultation_min_days;
    render_status(status, &ConsultationsView { page, plan, consultations, min_days, commitments, failed })
}

/// A plan's consultations and the form that freezes the draft and opens a new one.
pub async fn list(State(state): State<AppState>, ctx: Ctx, At(plan): At<domain::plan::Plan>) -> AppResult<Response> {
    require(&ctx.principal, Action::RunConsultation)?;
    view(&state, &ctx, plan, None).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct WindowForm {
    opens_on: String,
    closes_on: String,
}

impl WindowForm {
    /// The dates as sent, to show the form again.
    fn values(&self) -> FormValues {
        FormValues(vec![("opens_on".into(), self.opens_on.clone()), ("closes_on".into(), self.closes_on.clone())])
    }
}

/// Freezes the draft as it stands now (every commitment with its sections and milestones)
/// and opens the consultation on that copy.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    At(plan): At<domain::plan::Plan>,
    CsrfForm(form): CsrfForm<WindowForm>,
) -> AppResult<Response> {
    match open_consultation::open(&state, Actor::of(&ctx), &plan, &form.opens_on, &form.closes_on).await {
        Ok(new) => Ok(ctx.see_other(&format!("/consultations/{new}?notice=created"))),
        Err(refused) => view(&state, &ctx, plan, Some((0, form.values(), refused.into_form_errors()?))).await,
    }
}

/// Moves the dates of a consultation: never below the minimum length, and once open, its
/// start stays and it cannot close before today.
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    At(consultation): At<domain::consultation::Consultation>,
    CsrfForm(form): CsrfForm<WindowForm>,
) -> AppResult<Response> {
    match open_consultation::move_window(&state, Actor::of(&ctx), &consultation, &form.opens_on, &form.closes_on).await
    {
        Ok(()) => Ok(ctx.see_other(&format!("/admin/plans/{}/consultations?notice=saved", consultation.plan_id))),
        Err(refused) => {
            let errors = refused.into_form_errors()?;
            let plan = state.db.plan(consultation.plan_id).await?.ok_or(AppError::NotFound)?;
            view(&state, &ctx, plan, Some((consultation.id, form.values(), errors))).await
        }
    }
}
