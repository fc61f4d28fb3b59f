use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::consultation::{parse_window, Consultation, FrozenPlan};
use domain::permissions::Action;
use domain::plan::Plan;
use domain::validation::ValidationErrors;

use crate::auth::require;
use crate::context::Ctx;
use crate::controllers::see_other;
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

/// Freezes the draft as it stands now (every commitment with its sections and milestones)
/// and opens the consultation on that copy.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    At(plan): At<domain::plan::Plan>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::RunConsultation)?;
    let user = ctx.user.as_ref().ok_or(AppError::LoginRequired)?;
    let values = FormValues(pairs);
    let today = state.clock.now().date();
    let min = state.config.consultation_min_days;
    let window = match parse_window(values.get("opens_on"), values.get("closes_on"), min, None, today) {
        Ok(window) => window,
        Err(errors) => return view(&state, &ctx, plan, Some((0, values, errors))).await,
    };
    let mut parts = vec![];
    for commitment in state.db.commitments_of_plan(plan.id).await? {
        let milestones = state.db.milestones_of(commitment.id).await?;
        parts.push((commitment, milestones));
    }
    if parts.is_empty() {
        let mut errors = ValidationErrors::new();
        errors.add("opens_on", "consultation-nothing-to-freeze");
        return view(&state, &ctx, plan, Some((0, values, errors))).await;
    }
    let snapshot = FrozenPlan::of(&parts);
    let new = state.db.open_consultation(plan.id, window, &snapshot, user.id, state.now()).await?;
    Ok(see_other(&format!("/{}/consultations/{new}?notice=created", ctx.locale.code())))
}

/// Moves the dates of a consultation: never below the minimum length, and once open, its
/// start stays and it cannot close before today.
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    At(consultation): At<domain::consultation::Consultation>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::RunConsultation)?;
    let user = ctx.user.as_ref().ok_or(AppError::LoginRequired)?;
    let plan = state.db.plan(consultation.plan_id).await?.ok_or(AppError::NotFound)?;
    let values = FormValues(pairs);
    let today = state.clock.now().date();
    let min = state.config.consultation_min_days;
    match parse_window(values.get("opens_on"), values.get("closes_on"), min, Some(&consultation), today) {
        Ok(window) => {
            state.db.change_consultation_window(consultation.id, window, user.id, state.now()).await?;
            Ok(see_other(&format!("/{}/admin/plans/{}/consultations?notice=saved", ctx.locale.code(), plan.id)))
        }
        Err(errors) => view(&state, &ctx, plan, Some((consultation.id, values, errors))).await,
    }
}
