//! News and the communication plan in the back office: the secretariat and the members of
//! the communication sub-commission write them.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::news::{ActionInput, ActionStatus, Channel, CommunicationAction, NewsInput, NewsPost};
use domain::permissions::{can, Action, Scope};
use domain::validation::ValidationErrors;

use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::At;
use crate::forms::{CsrfForm, FormValues, Path};
use crate::state::AppState;
use crate::views::{render_status, Page};

/// The body whose members write the news (the communication sub-commission).
pub const COMMUNICATION_BODY: &str = "communication";

async fn require_communication(state: &AppState, ctx: &Ctx) -> AppResult<i64> {
    let user = ctx.user.as_ref().ok_or(AppError::LoginRequired)?;
    let body = state.db.body_by_slug(COMMUNICATION_BODY).await?;
    let member = body.is_some_and(|b| can(&ctx.principal, Action::CoDraft(Scope::Body(b.id))));
    if can(&ctx.principal, Action::ManageForum) || member {
        Ok(user.id)
    } else {
        Err(AppError::Forbidden)
    }
}

/// Which form failed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    News,
    Action,
}

#[derive(Template)]
#[template(path = "admin/news/index.html")]
struct NewsAdminView {
    page: Page,
    news: Vec<NewsPost>,
    actions: Vec<CommunicationAction>,
    editing: Option<i64>,
    values: FormValues,
    errors: ValidationErrors,
    failed: Option<Form>,
}

impl NewsAdminView {
    fn news_errors(&self) -> ValidationErrors {
        if self.failed == Some(Form::News) {
            self.errors.clone()
        } else {
            ValidationErrors::new()
        }
    }
    fn action_errors(&self) -> ValidationErrors {
        if self.failed == Some(Form::Action) {
            self.errors.clone()
        } else {
            ValidationErrors::new()
        }
    }
    fn channels(&self) -> Vec<(String, String)> {
        Channel::ALL.iter().map(|c| (c.code().to_string(), self.page.label("channel", c.code()))).collect()
    }
    fn statuses(&self) -> Vec<(String, String)> {
        ActionStatus::ALL.iter().map(|s| (s.code().to_string(), self.page.label("action-status", s.code()))).collect()
    }
}

async fn view(
    state: &AppState,
    ctx: &Ctx,
    editing: Option<i64>,
    values: FormValues,
    failed: Option<(Form, ValidationErrors)>,
) -> AppResult<Response> {
    let news = state.db.list_news().await?;
    let actions = state.db.list_actions().await?;
    let (failed, errors) = match failed {
        Some((form, errors)) => (Some(form), errors),
        None => (None, ValidationErrors::new()),
    };
    let status = if failed.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let page = Page::new(state, ctx, "admin-news-title");
    render_status(status, &NewsAdminView { page, news, actions, editing, values, errors, failed })
}

fn fresh(state: &AppState) -> FormValues {
    let mut values = FormValues::default();
    values.set("published_on", state.clock.now().date().to_string());
    values.set("date", state.clock.now().date().to_string());
    values.set("status", "planned");
    values
}

pub async fn index(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    require_communication(&state, &ctx).await?;
    view(&state, &ctx, None, fresh(&state), None).await
}

/// The news form filled with a post, to correct it.
pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    At(post): At<domain::news::NewsPost>,
) -> AppResult<Response> {
    require_communication(&state, &ctx).await?;
    let mut values = fresh(&state);
    values.set_localized("title", &post.title);
    values.set_localized("body", &post.body);
    values.set("published_on", post.published_on.to_string());
    view(&state, &ctx, Some(post.id), values, None).await
}

fn news_input(values: &FormValues) -> Result<NewsInput, ValidationErrors> {
    NewsInput::parse(&values.localized("title"), &values.localized("body"), values.get("published_on"))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let author = require_communication(&state, &ctx).await?;
    let values = FormValues(pairs);
    match news_input(&values) {
        Ok(input) => {
            let id = state.db.create_news(&input, author, state.now()).await?;
            Ok(ctx.see_other(&format!("/news/{id}?notice=created")))
        }
        Err(errors) => view(&state, &ctx, None, values, Some((Form::News, errors))).await,
    }
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    require_communication(&state, &ctx).await?;
    let values = FormValues(pairs);
    match news_input(&values) {
        Ok(input) => {
            state.db.update_news(id, &input, state.now()).await?;
            Ok(ctx.see_other(&format!("/news/{id}?notice=saved")))
        }
        Err(errors) => view(&state, &ctx, Some(id), values, Some((Form::News, errors))).await,
    }
}

/// Adds an action to the communication plan.
pub async fn create_action(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    require_communication(&state, &ctx).await?;
    let values = FormValues(pairs);
    let parsed = ActionInput::parse(
        &values.localized("action_title"),
        &values.localized("audience"),
        values.get("channel"),
        values.get("date"),
        values.get("status"),
    );
    match parsed {
        Ok(input) => {
            state.db.create_action(&input, state.now()).await?;
            Ok(ctx.see_other("/admin/news?notice=created#communication"))
        }
        Err(errors) => view(&state, &ctx, None, values, Some((Form::Action, errors))).await,
    }
}

/// Marks an action done or cancelled (or planned again).
pub async fn action_status(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    require_communication(&state, &ctx).await?;
    let status = ActionStatus::parse(FormValues(pairs).get("status")).map_err(|_| AppError::BadRequest)?;
    state.db.set_action_status(id, status, state.now()).await?;
    Ok(ctx.see_other("/admin/news?notice=saved#communication"))
}
