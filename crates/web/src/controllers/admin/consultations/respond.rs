use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::consultation::{ResponseStatus, Target};
use domain::contribution::{Contribution, ContributionInput};
use domain::permissions::{can, Action};
use domain::plan::Plan;
use domain::revision::Revision;
use domain::validation::ValidationErrors;
use serde::Deserialize;

use crate::actions::respond::{self, may_draft};
use crate::actions::Actor;
use crate::auth::require;
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::At;
use crate::forms::{CsrfForm, Empty, FormValues};
use crate::state::AppState;
use crate::views::{render_status, Page};

/// Which form on the page was sent and failed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    Response,
    Publish,
    Merge,
}

#[derive(Template)]
#[template(path = "admin/consultations/respond.html")]
struct RespondView {
    page: Page,
    plan: Plan,
    contribution: Contribution,
    /// Where in the frozen draft a consultation comment points, as readers name it.
    place: Option<String>,
    parent: Option<Contribution>,
    /// Revisions of the commitment the contribution is about (or was merged into).
    revisions: Vec<Revision>,
    may_draft: bool,
    may_publish: bool,
    may_merge: bool,
    may_moderate: bool,
    values: FormValues,
    errors: ValidationErrors,
    failed: Option<Form>,
}

impl RespondView {
    fn errors_of(&self, form: Form) -> ValidationErrors {
        if self.failed == Some(form) {
            self.errors.clone()
        } else {
            ValidationErrors::new()
        }
    }
    fn response_errors(&self) -> ValidationErrors {
        self.errors_of(Form::Response)
    }
    fn publish_errors(&self) -> ValidationErrors {
        self.errors_of(Form::Publish)
    }
    fn merge_errors(&self) -> ValidationErrors {
        self.errors_of(Form::Merge)
    }
    fn statuses(&self) -> Vec<(String, String)> {
        ResponseStatus::ALL
            .iter()
            .map(|s| (s.code().to_string(), self.page.label("response-status", s.code())))
            .collect()
    }
    fn revision_options(&self) -> Vec<(String, String)> {
        self.revisions
            .iter()
            .enumerate()
            .map(|(i, r)| {
                (
                    r.id.to_string(),
                    format!("{}. {} — {}", i + 1, self.page.when(&r.created_at), r.changed_fields.join(", ")),
                )
            })
            .collect()
    }
    fn is_idea(&self) -> bool {
        ContributionInput::is_idea(self.contribution.kind)
    }
}

async fn view(
    state: &AppState,
    ctx: &Ctx,
    contribution: Contribution,
    values: Option<FormValues>,
    failed: Option<(Form, ValidationErrors)>,
) -> AppResult<Response> {
    let plan = state.db.plan(contribution.plan_id).await?.ok_or(AppError::NotFound)?;
    let parent = match contribution.parent_id {
        Some(id) => state.db.contribution(id).await?,
        None => None,
    };
    let about = contribution
        .response
        .as_ref()
        .and_then(|r| r.merged_into.clone())
        .or_else(|| Target::parse(&contribution.target).ok().and_then(|t| t.commitment_code().map(str::to_string)));
    let revisions = match about {
        Some(code) => match state.db.commitment_by_code(&code).await? {
            Some(c) => state.db.revisions_of(c.id).await?,
            None => vec![],
        },
        None => vec![],
    };
    let values = values.unwrap_or_else(|| {
        let mut values = FormValues::default();
        if let Some(r) = &contribution.response {
            values.set("status", r.status.code());
            values.set("merged_into", r.merged_into.clone().unwrap_or_default());
            values.set("revision_id", r.revision_id.map(|id| id.to_string()).unwrap_or_default());
            values.set_localized("justification", &r.justification);
        }
        values
    });
    let (failed, errors) = match failed {
        Some((form, errors)) => (Some(form), errors),
        None => (None, ValidationErrors::new()),
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let page = Page::new(state, ctx, "admin-respond-title");
    let place = match contribution.consultation_id {
        Some(id) => {
            state.db.consultation(id).await?.map(|c| crate::presenters::target_label(&page, &c, &contribution.target))
        }
        None => None,
    };
    render_status(
        status,
        &RespondView {
            page,
            plan,
            may_draft: may_draft(&ctx.principal, &contribution),
            may_publish: can(&ctx.principal, Action::RunConsultation),
            may_merge: can(&ctx.principal, Action::ManagePlans),
            may_moderate: can(&ctx.principal, Action::Moderate),
            contribution,
            place,
            parent,
            revisions,
            values,
            errors,
            failed,
        },
    )
}

/// One contribution with its place, its response (drafted or published) and the forms to
/// draft, publish, merge or moderate it.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    At(contribution): At<domain::contribution::Contribution>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::AccessBackOffice)?;
    if !may_draft(&ctx.principal, &contribution) && !can(&ctx.principal, Action::Moderate) {
        return Err(AppError::Forbidden);
    }
    view(&state, &ctx, contribution, None, None).await
}

/// Saves the draft of a response: a status, a justification in one or more languages, the
/// commitment it was merged into and the revision it caused.
pub async fn draft(
    State(state): State<AppState>,
    ctx: Ctx,
    At(contribution): At<domain::contribution::Contribution>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let values = FormValues(pairs);
    let form = respond::Draft {
        status: values.get("status"),
        merged_into: values.get("merged_into"),
        revision_id: values.get("revision_id"),
        justification: values.localized("justification"),
    };
    match respond::draft(&state, Actor::of(&ctx), &contribution, &form).await {
        Ok(()) => Ok(ctx.see_other(&format!("/admin/contributions/{}?notice=saved", contribution.id))),
        Err(refused) => {
            let errors = refused.into_form_errors()?;
            view(&state, &ctx, contribution, Some(values), Some((Form::Response, errors))).await
        }
    }
}

/// Publishes the drafted response and tells the author by e-mail, in their language.
pub async fn publish(
    State(state): State<AppState>,
    ctx: Ctx,
    At(contribution): At<domain::contribution::Contribution>,
    CsrfForm(Empty {}): CsrfForm<Empty>,
) -> AppResult<Response> {
    match respond::publish(&state, Actor::of(&ctx), &contribution).await {
        Ok(()) => Ok(ctx.see_other(&format!("/admin/contributions/{}?notice=published", contribution.id))),
        Err(refused) => {
            let errors = refused.into_form_errors()?;
            view(&state, &ctx, contribution, None, Some((Form::Publish, errors))).await
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MergeForm {
    code: String,
}

/// Turns a proposal into a new draft commitment under its theme and drafts the response
/// "merged into" it, for the secretariat to complete and publish.
pub async fn merge(
    State(state): State<AppState>,
    ctx: Ctx,
    At(contribution): At<domain::contribution::Contribution>,
    CsrfForm(form): CsrfForm<MergeForm>,
) -> AppResult<Response> {
    match respond::merge(&state, Actor::of(&ctx), &contribution, &form.code, ctx.locale).await {
        Ok(()) => Ok(ctx.see_other(&format!("/admin/contributions/{}?notice=created", contribution.id))),
        Err(refused) => {
            let errors = refused.into_form_errors()?;
            let values = FormValues(vec![("code".to_string(), form.code)]);
            view(&state, &ctx, contribution, Some(values), Some((Form::Merge, errors))).await
        }
    }
}
