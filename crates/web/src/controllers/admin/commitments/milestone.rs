use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::commitment::{Commitment, MilestoneForm, MilestoneInput, MilestoneStatus};
use domain::institution::Institution;
use domain::plan::Plan;
use domain::validation::ValidationErrors;
use domain::Locale;

use super::edit::load_design;
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::At;
use crate::forms::CsrfForm;
use crate::state::AppState;
use crate::views::{iso_date, render_status, Page};

/// The form's values as typed, so a refused form comes back unchanged.
#[derive(Default)]
pub struct Fields {
    pub outputs: Vec<(Locale, String)>,
    pub starts_on: String,
    pub due_on: String,
    pub responsible: String,
    pub status: String,
    pub percent: String,
}

impl Fields {
    fn from_pairs(pairs: &[(String, String)]) -> Fields {
        let get = |key: &str| crate::forms::field(pairs, key).to_string();
        Fields {
            outputs: Locale::ALL.iter().map(|l| (*l, get(&format!("output_{}", l.code())))).collect(),
            starts_on: get("starts_on"),
            due_on: get("due_on"),
            responsible: get("responsible"),
            status: get("status"),
            percent: get("percent"),
        }
    }
    fn to_form(&self) -> MilestoneForm {
        MilestoneForm {
            outputs: self.outputs.clone(),
            starts_on: self.starts_on.clone(),
            due_on: self.due_on.clone(),
            responsible: self.responsible.clone(),
            status: self.status.clone(),
            percent: self.percent.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "admin/commitments/milestone.html")]
struct MilestoneView {
    page: Page,
    commitment: Commitment,
    plan: Plan,
    action: String,
    fields: Fields,
    institutions: Vec<Institution>,
    errors: ValidationErrors,
}

impl MilestoneView {
    fn output(&self, locale: &Locale) -> String {
        self.fields.outputs.iter().find(|(l, _)| l == locale).map(|(_, t)| t.clone()).unwrap_or_default()
    }
    fn locales(&self) -> [Locale; 4] {
        Locale::ALL
    }
    fn statuses(&self) -> [MilestoneStatus; 4] {
        MilestoneStatus::ALL
    }
    fn is(&self, value: &str, expected: &str) -> bool {
        value == expected
    }
    fn is_responsible(&self, id: &i64) -> bool {
        self.fields.responsible.trim() == id.to_string()
    }
}

async fn editable(state: &AppState, ctx: &Ctx, commitment: Commitment) -> AppResult<(Commitment, Plan)> {
    let loaded = load_design(state, ctx, commitment).await?;
    Ok((loaded.commitment, loaded.plan))
}

async fn view(
    state: &AppState,
    ctx: &Ctx,
    commitment: Commitment,
    plan: Plan,
    action: String,
    fields: Fields,
    errors: ValidationErrors,
) -> AppResult<Response> {
    let page = Page::new(state, ctx, "milestone-form-title");
    let mut institutions = state.db.list_institutions().await?;
    institutions.sort_by_key(|i| page.plain(&i.name).to_lowercase());
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render_status(status, &MilestoneView { page, commitment, plan, action, fields, institutions, errors })
}

async fn parse(state: &AppState, plan: &Plan, fields: &Fields) -> AppResult<Result<MilestoneInput, ValidationErrors>> {
    let institutions = state.db.list_institutions().await?;
    Ok(MilestoneInput::parse(&fields.to_form(), plan.starts_on, plan.ends_on, |id| {
        institutions.iter().any(|i| i.id == id)
    }))
}

fn back(ctx: &Ctx, code: &str) -> Response {
    ctx.see_other(&format!("/commitments/{code}?notice=saved"))
}

pub async fn new(State(state): State<AppState>, ctx: Ctx, At(commitment): At<Commitment>) -> AppResult<Response> {
    let (commitment, plan) = editable(&state, &ctx, commitment).await?;
    let action = format!("/{}/admin/commitments/{}/milestones", ctx.locale.code(), commitment.code);
    let fields = Fields { status: "not-started".into(), percent: "0".into(), ..Fields::default() };
    view(&state, &ctx, commitment, plan, action, fields, ValidationErrors::new()).await
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    At(commitment): At<Commitment>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (commitment, plan) = editable(&state, &ctx, commitment).await?;
    let fields = Fields::from_pairs(&pairs);
    match parse(&state, &plan, &fields).await? {
        Ok(input) => {
            state.db.add_milestone(commitment.id, &input, ctx.user.as_ref().map(|u| u.id), state.now()).await?;
            Ok(back(&ctx, &commitment.code))
        }
        Err(errors) => {
            let action = format!("/{}/admin/commitments/{}/milestones", ctx.locale.code(), commitment.code);
            view(&state, &ctx, commitment, plan, action, fields, errors).await
        }
    }
}

async fn milestone_and_commitment(
    state: &AppState,
    ctx: &Ctx,
    milestone: domain::commitment::Milestone,
) -> AppResult<(i64, Commitment, Plan, domain::commitment::Milestone)> {
    let commitment = state.db.commitment(milestone.commitment_id).await?.ok_or(AppError::NotFound)?;
    let (commitment, plan) = editable(state, ctx, commitment).await?;
    Ok((milestone.id, commitment, plan, milestone))
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    At(milestone): At<domain::commitment::Milestone>,
) -> AppResult<Response> {
    let (id, commitment, plan, m) = milestone_and_commitment(&state, &ctx, milestone).await?;
    let fields = Fields {
        outputs: Locale::ALL.iter().map(|l| (*l, m.output.get(*l).unwrap_or_default().to_string())).collect(),
        starts_on: iso_date(m.starts_on),
        due_on: iso_date(m.due_on),
        responsible: m.responsible_institution_id.map(|i| i.to_string()).unwrap_or_default(),
        status: m.status.code().to_string(),
        percent: m.percent.to_string(),
    };
    let action = format!("/{}/admin/milestones/{id}", ctx.locale.code());
    view(&state, &ctx, commitment, plan, action, fields, ValidationErrors::new()).await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    At(milestone): At<domain::commitment::Milestone>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (id, commitment, plan, _) = milestone_and_commitment(&state, &ctx, milestone).await?;
    let fields = Fields::from_pairs(&pairs);
    match parse(&state, &plan, &fields).await? {
        Ok(input) => {
            state.db.update_milestone(id, &input, ctx.user.as_ref().map(|u| u.id), state.now()).await?;
            Ok(back(&ctx, &commitment.code))
        }
        Err(errors) => {
            let action = format!("/{}/admin/milestones/{id}", ctx.locale.code());
            view(&state, &ctx, commitment, plan, action, fields, errors).await
        }
    }
}
