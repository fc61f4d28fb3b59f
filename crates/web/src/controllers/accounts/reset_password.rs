use askama::Template;
use axum::extract::State;

use crate::forms::Query;
use axum::http::StatusCode;
use axum::response::Response;
use domain::account::NewPassword;
use domain::validation::ValidationErrors;
use serde::Deserialize;
use store::{TokenCheck, TokenPurpose};

use super::verify::TokenQuery;
use crate::auth::passwords;
use crate::auth::sessions::token_hash;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::forms::CsrfForm;
use crate::state::AppState;
use crate::views::{render, render_status, MessageView, Page};

#[derive(Debug, Default, Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    pub token: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub password_confirm: String,
}

#[derive(Template)]
#[template(path = "accounts/reset.html")]
struct ResetView {
    page: Page,
    token: String,
    errors: ValidationErrors,
}

fn unusable(state: &AppState, ctx: &Ctx, check: TokenCheck) -> AppResult<Response> {
    let body = match check {
        TokenCheck::Expired => "reset-expired-body",
        TokenCheck::AlreadyUsed => "reset-used-body",
        _ => "reset-invalid-body",
    };
    let view = MessageView::new(state, ctx, "reset-failed-title", body)
        .with_link(format!("/{}/password/forgot", ctx.locale.code()), "forgot-title");
    render_status(StatusCode::BAD_REQUEST, &view)
}

async fn check(state: &AppState, token: &str) -> AppResult<TokenCheck> {
    if token.is_empty() {
        return Ok(TokenCheck::Unknown);
    }
    Ok(state.db.check_token(&token_hash(token), TokenPurpose::ResetPassword, state.now()).await?)
}

pub async fn form(State(state): State<AppState>, ctx: Ctx, Query(query): Query<TokenQuery>) -> AppResult<Response> {
    match check(&state, &query.token).await? {
        TokenCheck::Valid { .. } => {
            let page = Page::new(&state, &ctx, "reset-title");
            render(&ResetView { page, token: query.token, errors: ValidationErrors::new() })
        }
        other => unusable(&state, &ctx, other),
    }
}

/// Sets a new password; the token is used, every session of the account ends.
pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<ResetForm>,
) -> AppResult<Response> {
    let TokenCheck::Valid { user_id } = check(&state, &form.token).await? else {
        return unusable(&state, &ctx, check(&state, &form.token).await?);
    };
    let email = state.db.user(user_id).await?.map(|u| u.email);
    let mut errors = ValidationErrors::new();
    let Some(password) = errors.check_by_code(
        NewPassword::parse(&form.password, &form.password_confirm, email.as_deref()),
        NewPassword::field_for,
    ) else {
        let page = Page::new(&state, &ctx, "reset-title");
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &ResetView { page, token: form.token, errors });
    };
    let hash = passwords::hash(password.expose().to_string()).await?;
    match state.db.reset_password(&token_hash(&form.token), &hash, state.now()).await? {
        TokenCheck::Valid { .. } => {
            let view = MessageView::new(&state, &ctx, "reset-done-title", "reset-done-body")
                .with_link(format!("/{}/login", ctx.locale.code()), "nav-login");
            render(&view)
        }
        other => unusable(&state, &ctx, other),
    }
}
