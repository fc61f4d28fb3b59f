use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::commitment::{Commitment, IndicatorForm};
use domain::validation::ValidationErrors;
use domain::Locale;

use super::edit::load;
use crate::context::Ctx;
use crate::controllers::see_other;
use crate::error::{AppError, AppResult};
use crate::forms::{CsrfForm, Path};
use crate::state::AppState;
use crate::views::{render_status, Page};

#[derive(Template)]
#[template(path = "admin/commitments/indicator.html")]
struct IndicatorView {
    page: Page,
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

async fn editable(state: &AppState, ctx: &Ctx, code: &str) -> AppResult<Commitment> {
    let loaded = load(state, ctx, code).await?;
    if loaded.status_only {
        return Err(AppError::Forbidden);
    }
    Ok(loaded.commitment)
}

fn view(
    state: &AppState,
    ctx: &Ctx,
    commitment: Commitment,
    values: Vec<(String, String)>,
    errors: ValidationErrors,
) -> AppResult<Response> {
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render_status(
        status,
        &IndicatorView { page: Page::new(state, ctx, "indicator-form-title"), commitment, values, errors },
    )
}

pub async fn new(State(state): State<AppState>, ctx: Ctx, Path(code): Path<String>) -> AppResult<Response> {
    let commitment = editable(&state, &ctx, &code).await?;
    view(&state, &ctx, commitment, vec![], ValidationErrors::new())
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let commitment = editable(&state, &ctx, &code).await?;
    let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()).unwrap_or_default();
    let form = IndicatorForm {
        names: Locale::ALL.iter().map(|l| (*l, get(&format!("name_{}", l.code())))).collect(),
        unit: get("unit"),
        baseline_value: get("baseline_value"),
        baseline_date: get("baseline_date"),
        target_value: get("target_value"),
        target_date: get("target_date"),
    };
    match form.parse(commitment.id) {
        Ok(indicator) => {
            state.db.add_indicator(&indicator, ctx.user.as_ref().map(|u| u.id), state.now()).await?;
            Ok(see_other(&format!("/{}/commitments/{}?notice=saved", ctx.locale.code(), commitment.code)))
        }
        Err(errors) => view(&state, &ctx, commitment, pairs, errors),
    }
}
