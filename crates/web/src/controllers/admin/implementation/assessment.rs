use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::commitment::Commitment;
use domain::implementation::{Assessment, AssessmentInput, AssessmentScale};
use domain::permissions::Action;
use domain::validation::ValidationErrors;

use crate::auth::require;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::extract::At;
use crate::forms::{CsrfForm, FormValues};
use crate::state::AppState;
use crate::views::{render_status, Page};

#[derive(Template)]
#[template(path = "admin/implementation/assessment.html")]
struct AssessmentView {
    page: Page,
    commitment: Commitment,
    assessments: Vec<Assessment>,
    values: FormValues,
    errors: ValidationErrors,
}

impl AssessmentView {
    fn scales(&self) -> &'static [AssessmentScale] {
        AssessmentScale::ALL
    }
    fn level_label(&self, level: &str) -> String {
        self.page.t(&domain::implementation::level_id(level))
    }
    fn chosen(&self, scale: &AssessmentScale, key: &str, level: &str) -> bool {
        self.values.get(&format!("{}:{key}", scale.code())) == level
    }
}

async fn view(
    state: &AppState,
    ctx: &Ctx,
    commitment: Commitment,
    values: FormValues,
    errors: ValidationErrors,
) -> AppResult<Response> {
    let assessments = state.db.assessments_of(commitment.id).await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = Page::new(state, ctx, "admin-assessment-title");
    render_status(status, &AssessmentView { page, commitment, assessments, values, errors })
}

/// The IRM assessment form of a commitment, with its earlier assessments.
pub async fn form(State(state): State<AppState>, ctx: Ctx, At(commitment): At<Commitment>) -> AppResult<Response> {
    require(&ctx.principal, Action::Assess)?;
    let mut values = FormValues::default();
    values.set("scale", "current");
    view(&state, &ctx, commitment, values, ValidationErrors::new()).await
}

/// Records an assessment on one scale, each level one of the IRM's exact levels.
pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    At(commitment): At<Commitment>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let user = ctx.require(Action::Assess)?;
    let values = FormValues(pairs);
    let scale = values.get("scale");
    let prefix = format!("{scale}:");
    let levels: Vec<(String, String)> =
        values.0.iter().filter_map(|(k, v)| k.strip_prefix(&prefix).map(|key| (key.to_string(), v.clone()))).collect();
    match AssessmentInput::parse(scale, &levels, values.get("assessed_on"), values.get("report_url")) {
        Ok(input) => {
            state.db.add_assessment(commitment.id, &input, user.id, state.now()).await?;
            Ok(ctx.see_other(&format!("/commitments/{}?notice=saved#assessment", commitment.code)))
        }
        Err(errors) => view(&state, &ctx, commitment, values, errors).await,
    }
}
