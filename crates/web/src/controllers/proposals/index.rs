use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::commitment::Theme;
use domain::contribution::{open_for_proposals, Contribution, ContributionInput};
use domain::plan::Plan;
use domain::validation::ValidationErrors;

use crate::actions::contribute::{contributor, form_key, store_contribution};
use crate::context::Ctx;
use crate::error::AppResult;
use crate::extract::At;
use crate::forms::{refused, CsrfForm, FormValues};
use crate::state::AppState;
use crate::views::{render_status, Page};

#[derive(Template)]
#[template(path = "proposals/index.html")]
struct IndexView {
    page: Page,
    plan: Plan,
    themes: Vec<Theme>,
    proposals: Vec<Contribution>,
    open: bool,
    values: FormValues,
    errors: ValidationErrors,
}

impl IndexView {
    fn of_theme(&self, theme: &Theme) -> Vec<&Contribution> {
        self.proposals.iter().filter(|p| p.theme_id == Some(theme.id)).collect()
    }
    fn theme_options(&self) -> Vec<(String, String)> {
        self.themes.iter().map(|t| (t.id.to_string(), self.page.plain(&t.title))).collect()
    }
}

async fn view(
    state: &AppState,
    ctx: &Ctx,
    plan: Plan,
    values: FormValues,
    errors: ValidationErrors,
) -> AppResult<Response> {
    let themes = state.db.themes_of(plan.id).await?;
    let proposals =
        domain::contribution::visible(state.db.proposals_of_plan(plan.id).await?, ctx.user.as_ref().map(|u| u.id));
    let open = open_for_proposals(&plan, state.clock.now().date()).is_ok();
    let page = Page::new(state, ctx, "proposals-title");
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let mut values = values;
    if values.get("idempotency_key").is_empty() {
        values.set("idempotency_key", form_key());
    }
    render_status(status, &IndexView { page, plan, themes, proposals, open, values, errors })
}

/// A plan's proposals by theme, and the form to propose while co-creation is under way.
pub async fn list(State(state): State<AppState>, ctx: Ctx, At(plan): At<domain::plan::Plan>) -> AppResult<Response> {
    view(&state, &ctx, plan, FormValues::default(), ValidationErrors::new()).await
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    At(plan): At<domain::plan::Plan>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let values = FormValues(pairs);
    let author = contributor(&state, &ctx, values.get("idempotency_key")).await?;
    if let Err(code) = open_for_proposals(&plan, state.clock.now().date()) {
        let mut errors = ValidationErrors::new();
        errors.add("body", code);
        return view(&state, &ctx, plan, values, errors).await;
    }
    let themes: Vec<i64> = state.db.themes_of(plan.id).await?.iter().map(|t| t.id).collect();
    let input = match ContributionInput::proposal(
        plan.id,
        values.get("theme_id"),
        &themes,
        values.get("title"),
        values.get("body"),
        values.get("website"),
    ) {
        Ok(input) => input,
        Err(errors) => return view(&state, &ctx, plan, values, errors).await,
    };
    match store_contribution(&state, &input, author, values.get("idempotency_key")).await {
        Ok((id, notice)) => Ok(ctx.see_other(&format!("/proposals/{id}?notice={notice}"))),
        Err(err) => view(&state, &ctx, plan, values, refused(err)?).await,
    }
}
