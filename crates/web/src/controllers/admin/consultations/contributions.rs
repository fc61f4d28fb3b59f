use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::commitment::Theme;
use domain::contribution::Contribution;
use domain::permissions::{can, Action};
use domain::plan::Plan;
use domain::validation::ValidationErrors;
use serde::Deserialize;
use store::Adoption;

use super::may_draft;
use crate::actions::{adopt, Actor};
use crate::auth::require;
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::At;
use crate::forms::{CsrfForm, FormValues, Path, Query};
use crate::state::AppState;
use crate::views::{render_status, Page};

#[derive(Template)]
#[template(path = "admin/consultations/contributions.html")]
struct ContributionsView {
    page: Page,
    plan: Plan,
    themes: Vec<Theme>,
    contributions: Vec<Contribution>,
    unanswered: i64,
    only_unanswered: bool,
    adoption: Option<Adoption>,
    may_adopt: bool,
    values: FormValues,
    errors: ValidationErrors,
}

impl ContributionsView {
    fn theme_of(&self, c: &Contribution) -> String {
        crate::presenters::theme_name(&self.page, &self.themes, c.theme_id)
    }
    fn excerpt(&self, c: &Contribution) -> String {
        let text = if c.title.is_empty() { &c.body } else { &c.title };
        let mut short: String = text.chars().take(140).collect();
        if text.chars().count() > 140 {
            short.push('…');
        }
        short
    }
}

#[derive(Deserialize, Default)]
pub struct Filter {
    #[serde(default)]
    status: String,
}

async fn view(
    state: &AppState,
    ctx: &Ctx,
    plan: Plan,
    only_unanswered: bool,
    values: FormValues,
    errors: ValidationErrors,
) -> AppResult<Response> {
    let themes = state.db.themes_of(plan.id).await?;
    let contributions: Vec<Contribution> = state
        .db
        .contributions_of_plan(plan.id)
        .await?
        .into_iter()
        .filter(|c| may_draft(&ctx.principal, c) || can(&ctx.principal, Action::RunConsultation))
        .filter(|c| !only_unanswered || (c.published_response().is_none() && !c.is_hidden() && !c.pending))
        .collect();
    let unanswered = state.db.unanswered_count(plan.id).await?;
    let adoption = state.db.adoption(plan.id).await?;
    let may_adopt = can(&ctx.principal, Action::RunConsultation);
    let page = Page::new(state, ctx, "admin-contributions-title");
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render_status(
        status,
        &ContributionsView {
            page,
            plan,
            themes,
            contributions,
            unanswered,
            only_unanswered,
            adoption,
            may_adopt,
            values,
            errors,
        },
    )
}

/// Every contribution to a plan that the reader may respond to, with its response's state,
/// and the adoption of the final plan.
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(filter): Query<Filter>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::AccessBackOffice)?;
    let plan = state.db.plan(id).await?.ok_or(AppError::NotFound)?;
    view(&state, &ctx, plan, filter.status == "unanswered", FormValues::default(), ValidationErrors::new()).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AdoptForm {
    override_reason: String,
}

/// Adopts the final plan. While contributions lack a published response this is refused,
/// unless the secretariat gives a reason to override; the override is logged and public.
pub async fn adopt(
    State(state): State<AppState>,
    ctx: Ctx,
    At(plan): At<domain::plan::Plan>,
    CsrfForm(form): CsrfForm<AdoptForm>,
) -> AppResult<Response> {
    match adopt::adopt(&state, Actor::of(&ctx), &plan, &form.override_reason).await {
        Ok(()) => Ok(ctx.see_other(&format!("/plans/{}?notice=adopted", plan.slug))),
        Err(refused) => {
            let errors = refused.into_form_errors()?;
            let values = FormValues(vec![("override_reason".into(), form.override_reason)]);
            view(&state, &ctx, plan, false, values, errors).await
        }
    }
}
