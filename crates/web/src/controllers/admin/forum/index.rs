use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::forum::{Body, BodyKind};
use domain::permissions::Action;
use domain::validation::ValidationErrors;

use crate::actions::{keep_forum, Actor};
use crate::auth::require;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::forms::{CsrfForm, FormValues};
use crate::presenters::theme_options;
use crate::state::AppState;
use crate::views::{render_status, Page};

#[derive(Template)]
#[template(path = "admin/forum/index.html")]
struct IndexView {
    page: Page,
    bodies: Vec<Body>,
    values: FormValues,
    errors: ValidationErrors,
    kinds: Vec<(String, String)>,
    parents: Vec<(String, String)>,
    themes: Vec<(String, String)>,
}

async fn view(state: &AppState, ctx: &Ctx, values: FormValues, errors: ValidationErrors) -> AppResult<Response> {
    let page = Page::new(state, ctx, "admin-forum-title");
    let bodies = state.db.list_bodies().await?;
    let kinds = BodyKind::ALL.iter().map(|k| (k.code().to_string(), page.label("body-kind", k.code()))).collect();
    let parents = bodies.iter().map(|b| (b.id.to_string(), page.plain(&b.name))).collect();
    let themes = theme_options(state, &page).await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render_status(status, &IndexView { page, bodies, values, errors, kinds, parents, themes })
}

/// The forum's bodies, and the form that creates one.
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageForum)?;
    view(&state, &ctx, FormValues::default(), ValidationErrors::new()).await
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let values = FormValues(pairs);
    match keep_forum::create_body(&state, Actor::of(&ctx), &values).await {
        Ok(body) => Ok(ctx.see_other(&format!("/admin/forum/{}?notice=created", body.id))),
        Err(refused) => view(&state, &ctx, values, refused.into_form_errors()?).await,
    }
}
