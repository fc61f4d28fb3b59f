use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::commitment::{Commitment, Milestone, MilestoneStatus};
use domain::documents::Document;
use domain::implementation::{ProgressForm, ProgressUpdate};
use domain::validation::ValidationErrors;

use crate::actions::report_progress::{may_report_for, milestone_and_commitment, record_progress};
use crate::actions::Refused;
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::forms::{CsrfForm, FormValues, Path};
use crate::state::AppState;
use crate::views::{render_status, Page};

#[derive(Template)]
#[template(path = "admin/implementation/progress.html")]
struct ProgressView {
    page: Page,
    milestone: Milestone,
    commitment: Commitment,
    history: Vec<ProgressUpdate>,
    documents: Vec<Document>,
    values: FormValues,
    errors: ValidationErrors,
}

impl ProgressView {
    fn statuses(&self) -> Vec<(String, String)> {
        MilestoneStatus::ALL
            .iter()
            .map(|s| (s.code().to_string(), self.page.label("milestone-status", s.code())))
            .collect()
    }
    fn chosen_document(&self, id: &i64) -> bool {
        self.values.has("document_ids", &id.to_string())
    }
}

async fn view(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    values: Option<FormValues>,
    errors: ValidationErrors,
) -> AppResult<Response> {
    if ctx.user.is_none() {
        return Err(AppError::LoginRequired);
    }
    let (milestone, commitment) = milestone_and_commitment(state, id).await?;
    if !may_report_for(&ctx.principal, milestone.reporting_institution(&commitment)) {
        return Err(AppError::Forbidden);
    }
    let history = state.db.progress_of_milestone(milestone.id).await?;
    let documents: Vec<Document> =
        state.db.list_documents().await?.into_iter().filter(|d| d.withdrawn.is_none()).collect();
    let values = values.unwrap_or_else(|| {
        let mut values = FormValues::default();
        values.set("status", milestone.status.code());
        values.set("percent", milestone.percent.to_string());
        values.set("reported_on", state.clock.now().date().to_string());
        values
    });
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = Page::new(state, ctx, "admin-progress-title");
    render_status(status, &ProgressView { page, milestone, commitment, history, documents, values, errors })
}

/// The progress form of a milestone, with its history.
pub async fn form(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> AppResult<Response> {
    view(&state, &ctx, id, None, ValidationErrors::new()).await
}

pub(crate) fn progress_form(values: &FormValues) -> ProgressForm {
    ProgressForm {
        status: values.get("status").to_string(),
        percent: values.get("percent").to_string(),
        narrative: values.localized("narrative"),
        reported_on: values.get("reported_on").to_string(),
        reason: values.get("reason").to_string(),
        links: values.get("links").to_string(),
        document_ids: values.all("document_ids").iter().filter_map(|id| id.parse().ok()).collect(),
    }
}

/// Reports progress: status, percent, narrative, evidence and date.
pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let user = ctx.user.as_ref().ok_or(AppError::LoginRequired)?;
    let values = FormValues(pairs);
    match record_progress(&state, &ctx.principal, user.id, id, &progress_form(&values)).await {
        Ok((_, published)) => {
            let notice = if published { "saved" } else { "submitted-for-review" };
            Ok(ctx.see_other(&format!("/admin/milestones/{id}/progress?notice={notice}")))
        }
        Err(Refused::Invalid(errors)) => view(&state, &ctx, id, Some(values), errors).await,
        Err(Refused::App(err)) => Err(err),
    }
}
