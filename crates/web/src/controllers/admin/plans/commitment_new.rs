use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::commitment::Theme;
use domain::permissions::Action;
use domain::plan::Plan;
use domain::validation::ValidationErrors;
use domain::Locale;

use crate::actions::{draft_plan, Actor};
use crate::auth::require;
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::At;
use crate::forms::{CsrfForm, FormValues, Path};
use crate::state::AppState;
use crate::views::{render_status, Page};

#[derive(Template)]
#[template(path = "admin/plans/commitment_new.html")]
struct NewCommitmentView {
    page: Page,
    plan: Plan,
    themes: Vec<Theme>,
    values: Vec<(String, String)>,
    errors: ValidationErrors,
}

impl NewCommitmentView {
    fn value(&self, key: &str) -> String {
        self.values.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()).unwrap_or_default()
    }
    fn locales(&self) -> [Locale; 4] {
        Locale::ALL
    }
    fn is_theme(&self, id: &i64) -> bool {
        self.value("theme") == id.to_string()
    }
}

async fn view(
    state: &AppState,
    ctx: &Ctx,
    plan: Plan,
    values: Vec<(String, String)>,
    errors: ValidationErrors,
) -> AppResult<Response> {
    let themes = state.db.themes_of(plan.id).await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render_status(
        status,
        &NewCommitmentView { page: Page::new(state, ctx, "admin-commitment-new"), plan, themes, values, errors },
    )
}

pub async fn form(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> AppResult<Response> {
    require(&ctx.principal, Action::ManagePlans)?;
    let plan = state.db.plan(id).await?.ok_or(AppError::NotFound)?;
    view(&state, &ctx, plan, vec![], ValidationErrors::new()).await
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    At(plan): At<domain::plan::Plan>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let values = FormValues(pairs);
    match draft_plan::start_commitment(&state, Actor::of(&ctx), &plan, &values).await {
        Ok(code) => Ok(ctx.see_other(&format!("/admin/commitments/{code}/edit"))),
        Err(refused) => view(&state, &ctx, plan, values.0, refused.into_form_errors()?).await,
    }
}
