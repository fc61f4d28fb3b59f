//! News and the communication plan in the back office: the secretariat and the members of
//! the communication sub-commission write them.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::news::{ActionStatus, Channel, CommunicationAction, NewsPost};
use domain::validation::ValidationErrors;

use serde::Deserialize;

use crate::actions::{publish_news, Actor};
use crate::context::Ctx;
use crate::error::AppResult;
use crate::extract::At;
use crate::forms::{CsrfForm, FormValues, Path};
use crate::state::AppState;
use crate::views::{render_status, Page};

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
    publish_news::may_write(&state, Actor::of(&ctx)).await?;
    view(&state, &ctx, None, fresh(&state), None).await
}

/// The news form filled with a post, to correct it.
pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    At(post): At<domain::news::NewsPost>,
) -> AppResult<Response> {
    publish_news::may_write(&state, Actor::of(&ctx)).await?;
    let mut values = fresh(&state);
    values.set_localized("title", &post.title);
    values.set_localized("body", &post.body);
    values.set("published_on", post.published_on.to_string());
    view(&state, &ctx, Some(post.id), values, None).await
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let values = FormValues(pairs);
    match publish_news::create(&state, Actor::of(&ctx), &values).await {
        Ok(id) => Ok(ctx.see_other(&format!("/news/{id}?notice=created"))),
        Err(refused) => {
            let errors = refused.into_form_errors()?;
            view(&state, &ctx, None, values, Some((Form::News, errors))).await
        }
    }
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let values = FormValues(pairs);
    match publish_news::update(&state, Actor::of(&ctx), id, &values).await {
        Ok(()) => Ok(ctx.see_other(&format!("/news/{id}?notice=saved"))),
        Err(refused) => {
            let errors = refused.into_form_errors()?;
            view(&state, &ctx, Some(id), values, Some((Form::News, errors))).await
        }
    }
}

/// Adds an action to the communication plan.
pub async fn create_action(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let values = FormValues(pairs);
    match publish_news::add_action(&state, Actor::of(&ctx), &values).await {
        Ok(_) => Ok(ctx.see_other("/admin/news?notice=created#communication")),
        Err(refused) => {
            let errors = refused.into_form_errors()?;
            view(&state, &ctx, None, values, Some((Form::Action, errors))).await
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StatusForm {
    status: String,
}

/// Marks an action done or cancelled (or planned again).
pub async fn action_status(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<StatusForm>,
) -> AppResult<Response> {
    publish_news::set_action_status(&state, Actor::of(&ctx), id, &form.status).await?;
    Ok(ctx.see_other("/admin/news?notice=saved#communication"))
}
