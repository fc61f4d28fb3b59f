use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::permissions::Action;
use domain::plan::{PhaseKind, Plan, PlanForm};
use domain::validation::ValidationErrors;
use domain::Locale;

use crate::actions::{draft_plan, Actor};
use crate::auth::require;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::extract::At;
use crate::forms::CsrfForm;
use crate::state::AppState;
use crate::views::{iso_date, render_status, Page};

#[derive(Template)]
#[template(path = "admin/plans/form.html")]
struct PlanFormView {
    page: Page,
    action: String,
    form: PlanForm,
    errors: ValidationErrors,
}

impl PlanFormView {
    fn title(&self, locale: &Locale) -> String {
        self.form.titles.iter().find(|(l, _)| l == locale).map(|(_, t)| t.clone()).unwrap_or_default()
    }
    fn phase(&self, kind: &PhaseKind) -> (String, String) {
        self.form.phases.iter().find(|(k, _, _)| k == kind).map(|(_, s, e)| (s.clone(), e.clone())).unwrap_or_default()
    }
    fn kinds(&self) -> [PhaseKind; 7] {
        PhaseKind::ALL
    }
    fn locales(&self) -> [Locale; 4] {
        Locale::ALL
    }
}

fn form_of(plan: &Plan) -> PlanForm {
    PlanForm {
        slug: plan.slug.clone(),
        member: plan.member.clone(),
        number: plan.number.to_string(),
        titles: Locale::ALL.iter().map(|l| (*l, plan.title.get(*l).unwrap_or_default().to_string())).collect(),
        starts_on: iso_date(plan.starts_on),
        ends_on: iso_date(plan.ends_on),
        phases: plan.phases.iter().map(|p| (p.kind, iso_date(Some(p.starts_on)), iso_date(p.ends_on))).collect(),
    }
}

fn form_from(pairs: &[(String, String)]) -> PlanForm {
    let get = |key: &str| crate::forms::field(pairs, key).to_string();
    PlanForm {
        slug: get("slug"),
        member: get("member"),
        number: get("number"),
        titles: Locale::ALL.iter().map(|l| (*l, get(&format!("title_{}", l.code())))).collect(),
        starts_on: get("starts_on"),
        ends_on: get("ends_on"),
        phases: PhaseKind::ALL
            .iter()
            .map(|k| (*k, get(&format!("phase_{}_start", k.code())), get(&format!("phase_{}_end", k.code()))))
            .collect(),
    }
}

fn view(
    state: &AppState,
    ctx: &Ctx,
    title_id: &str,
    action: String,
    form: PlanForm,
    errors: ValidationErrors,
) -> AppResult<Response> {
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render_status(status, &PlanFormView { page: Page::new(state, ctx, title_id), action, form, errors })
}

pub async fn new(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    require(&ctx.principal, Action::ManagePlans)?;
    let action = format!("/{}/admin/plans", ctx.locale.code());
    view(&state, &ctx, "admin-plan-new", action, PlanForm::default(), ValidationErrors::new())
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let form = form_from(&pairs);
    match draft_plan::create(&state, Actor::of(&ctx), &form).await {
        Ok(plan) => Ok(ctx.see_other(&format!("/plans/{}?notice=created", plan.slug))),
        Err(refused) => {
            let errors = refused.into_form_errors()?;
            let action = format!("/{}/admin/plans", ctx.locale.code());
            view(&state, &ctx, "admin-plan-new", action, form, errors)
        }
    }
}

pub async fn edit(State(state): State<AppState>, ctx: Ctx, At(plan): At<domain::plan::Plan>) -> AppResult<Response> {
    require(&ctx.principal, Action::ManagePlans)?;
    let action = format!("/{}/admin/plans/{}", ctx.locale.code(), plan.id);
    view(&state, &ctx, "admin-plan-edit", action, form_of(&plan), ValidationErrors::new())
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    At(plan): At<domain::plan::Plan>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let form = form_from(&pairs);
    match draft_plan::update(&state, Actor::of(&ctx), &plan, &form).await {
        Ok(slug) => Ok(ctx.see_other(&format!("/plans/{slug}?notice=saved"))),
        Err(refused) => {
            let errors = refused.into_form_errors()?;
            let action = format!("/{}/admin/plans/{}", ctx.locale.code(), plan.id);
            view(&state, &ctx, "admin-plan-edit", action, form, errors)
        }
    }
}
