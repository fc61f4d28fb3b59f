use askama::Template;
use axum::extract::State;

use crate::forms::Query;
use axum::http::StatusCode;
use axum::response::Response;
use domain::validation::ValidationErrors;
use serde::Deserialize;
use store::{NewMail, NewToken, TokenPurpose};

use super::{mail_link, safe_next};
use crate::auth::{passwords, sessions};
use crate::context::Ctx;
use crate::controllers::{see_other, with_cookie};
use crate::error::{AppError, AppResult};
use crate::forms::CsrfForm;
use crate::state::AppState;
use crate::views::{render, render_status, MessageView, Page};

#[derive(Debug, Default, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub next: String,
}

#[derive(Deserialize)]
pub struct NextQuery {
    #[serde(default)]
    pub next: String,
}

#[derive(Template)]
#[template(path = "accounts/login.html")]
struct LoginView {
    page: Page,
    form: LoginForm,
    errors: ValidationErrors,
}

pub async fn form(State(state): State<AppState>, ctx: Ctx, Query(query): Query<NextQuery>) -> AppResult<Response> {
    let page = Page::new(&state, &ctx, "login-title");
    let form = LoginForm { next: safe_next(&query.next).unwrap_or_default().to_string(), ..LoginForm::default() };
    render(&LoginView { page, form, errors: ValidationErrors::new() })
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<LoginForm>,
) -> AppResult<Response> {
    let now = state.now();
    let limits = &state.config.limits;
    let email = form.email.trim().to_lowercase();
    let client_bucket = format!("login-failures:client:{}", ctx.client);
    let account_bucket = format!("login-failures:account:{email}");
    // Count the attempt before the slow password check, so parallel guesses are counted too;
    // a successful sign-in clears the account's counter.
    if state.db.rate_hit(&client_bucket, now, limits.window_secs).await? > limits.login_failures_per_client
        || state.db.rate_hit(&account_bucket, now, limits.window_secs).await? > limits.login_failures_per_account
    {
        return Err(AppError::RateLimited);
    }

    let user = state.db.user_by_email(&email).await?;
    let valid = passwords::verify(form.password.clone(), user.as_ref().map(|u| u.password_hash.clone())).await;
    let user = match (valid, user) {
        (true, Some(user)) => user,
        _ => {
            let mut errors = ValidationErrors::new();
            errors.add("email", "login-failed");
            let page = Page::new(&state, &ctx, "login-title");
            let form = LoginForm { password: String::new(), ..form };
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &LoginView { page, form, errors });
        }
    };
    state.db.rate_clear(&account_bucket).await?;

    if user.email_verified_at.is_none() {
        // The password was right, so this is the owner: send a fresh link.
        let token = store::random_token();
        let link = mail_link(&state, ctx.locale, "/verify", &token);
        let mail = NewMail {
            recipient: user.email.clone(),
            subject: state.i18n.t(ctx.locale, "mail-verify-subject"),
            body: state.i18n.t_args(ctx.locale, "mail-verify-body", &[("link", &link)]),
            unsubscribe: None,
        };
        let token = NewToken {
            token_hash: sessions::token_hash(&token),
            purpose: TokenPurpose::VerifyEmail,
            expires_at: now + super::register::VERIFY_LINK_SECS,
        };
        state.db.create_token_with_mail(user.id, &token, &mail, now).await?;
        state.mail_waker.notify_one();
        return render_status(
            StatusCode::FORBIDDEN,
            &MessageView::new(&state, &ctx, "login-unverified-title", "login-unverified-body"),
        );
    }

    // A fresh session on every sign-in; any session this browser held before ends here.
    if let Some(previous) = &ctx.session_hash {
        state.db.delete_session(previous).await?;
    }
    let cookie = sessions::start(&state, user.id).await?;
    let target = match safe_next(&form.next) {
        Some(next) => format!("/{}{next}", ctx.locale.code()),
        None => format!("/{}/account", ctx.locale.code()),
    };
    Ok(with_cookie(see_other(&target), &cookie))
}
