use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::commitment::{Commitment, IndicatorForm};
use domain::validation::ValidationErrors;
use domain::Locale;

use super::edit::load_design;
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::At;
use crate::forms::CsrfForm;
use crate::state::AppState;
use crate::views::{render_status, Page};

#[derive(Template)]
#[template(path = "admin/commitments/indicator.html")]
struct IndicatorView {
    page: Page,
    action: String,
    commitment: Commitment,
    values: Vec<(String, String)>,
    errors: ValidationErrors,
}

impl IndicatorView {
    fn value(&self, key: &str) -> String {
        self.values.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()).unwrap_or_default()
    }
    fn locales(&self) -> [Locale; 4] {
        Locale::ALL
    }
}

async fn editable(state: &AppState, ctx: &Ctx, commitment: Commitment) -> AppResult<Commitment> {
    Ok(load_design(state, ctx, commitment).await?.commitment)
}

fn view(
    state: &AppState,
    ctx: &Ctx,
    action: String,
    commitment: Commitment,
    values: Vec<(String, String)>,
    errors: ValidationErrors,
) -> AppResult<Response> {
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = Page::new(state, ctx, "indicator-form-title");
    render_status(status, &IndicatorView { page, action, commitment, values, errors })
}

fn new_action(ctx: &Ctx, code: &str) -> String {
    format!("/{}/admin/commitments/{code}/indicators", ctx.locale.code())
}

fn form_of(pairs: &[(String, String)]) -> IndicatorForm {
    let get = |key: &str| crate::forms::field(pairs, key).to_string();
    IndicatorForm {
        names: Locale::ALL.iter().map(|l| (*l, get(&format!("name_{}", l.code())))).collect(),
        unit: get("unit"),
        baseline_value: get("baseline_value"),
        baseline_date: get("baseline_date"),
        target_value: get("target_value"),
        target_date: get("target_date"),
    }
}

async fn indicator_and_commitment(
    state: &AppState,
    ctx: &Ctx,
    indicator: domain::commitment::Indicator,
) -> AppResult<(domain::commitment::Indicator, Commitment)> {
    let commitment = state.db.commitment(indicator.commitment_id).await?.ok_or(AppError::NotFound)?;
    Ok((indicator, editable(state, ctx, commitment).await?))
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    At(indicator): At<domain::commitment::Indicator>,
) -> AppResult<Response> {
    let (indicator, commitment) = indicator_and_commitment(&state, &ctx, indicator).await?;
    let mut values: Vec<(String, String)> = Locale::ALL
        .iter()
        .map(|l| (format!("name_{}", l.code()), indicator.name.get(*l).unwrap_or_default().to_string()))
        .collect();
    values.push(("unit".into(), indicator.unit.clone()));
    for (prefix, m) in [("baseline", &indicator.baseline), ("target", &indicator.target)] {
        values.push((format!("{prefix}_value"), m.as_ref().map(|m| m.value.clone()).unwrap_or_default()));
        values.push((format!("{prefix}_date"), crate::views::iso_date(m.as_ref().and_then(|m| m.date))));
    }
    let action = format!("/{}/admin/indicators/{}", ctx.locale.code(), indicator.id);
    view(&state, &ctx, action, commitment, values, ValidationErrors::new())
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    At(indicator): At<domain::commitment::Indicator>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (indicator, commitment) = indicator_and_commitment(&state, &ctx, indicator).await?;
    match form_of(&pairs).parse(commitment.id) {
        Ok(changed) => {
            state.db.update_indicator(indicator.id, &changed, ctx.user.as_ref().map(|u| u.id), state.now()).await?;
            Ok(ctx.see_other(&format!("/commitments/{}?notice=saved", commitment.code)))
        }
        Err(errors) => {
            let action = format!("/{}/admin/indicators/{}", ctx.locale.code(), indicator.id);
            view(&state, &ctx, action, commitment, pairs, errors)
        }
    }
}

pub async fn new(State(state): State<AppState>, ctx: Ctx, At(commitment): At<Commitment>) -> AppResult<Response> {
    let commitment = editable(&state, &ctx, commitment).await?;
    view(&state, &ctx, new_action(&ctx, &commitment.code), commitment, vec![], ValidationErrors::new())
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    At(commitment): At<Commitment>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let commitment = editable(&state, &ctx, commitment).await?;
    let form = form_of(&pairs);
    match form.parse(commitment.id) {
        Ok(indicator) => {
            state.db.add_indicator(&indicator, ctx.user.as_ref().map(|u| u.id), state.now()).await?;
            Ok(ctx.see_other(&format!("/commitments/{}?notice=saved", commitment.code)))
        }
        Err(errors) => view(&state, &ctx, new_action(&ctx, &commitment.code), commitment, pairs, errors),
    }
}
