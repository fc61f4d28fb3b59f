use askama::Template;
use axum::extract::State;

use crate::forms::Query;
use axum::http::StatusCode;
use axum::response::Response;
use domain::validation::ValidationErrors;
use serde::Deserialize;
use store::{NewMail, NewToken, TokenPurpose};

use super::{mail_link, next_param, safe_next, NextQuery};
use crate::auth::{passwords, sessions};
use crate::context::Ctx;
use crate::controllers::{see_other, with_cookie};
use crate::error::AppResult;
use crate::forms::CsrfForm;
use crate::state::AppState;
use crate::views::{render, render_status, MessageView, Page};
use domain::permissions::{can, Action, Principal};

#[derive(Debug, Default, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
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
    let form = LoginForm { next: safe_next(&query.next).unwrap_or_default(), ..LoginForm::default() };
    render(&LoginView { page, form, errors: ValidationErrors::new() })
}

/// The buckets of failed sign-ins this attempt belongs to (see [`domain::throttle`]).
struct Buckets {
    pair: String,
    address: String,
}

impl Buckets {
    fn of(email: &str, client: &str) -> Buckets {
        Buckets {
            pair: format!("login-failures:{client}:{email}"),
            address: format!("login-failures:address:{client}"),
        }
    }
}

/// Seconds this attempt must wait, if its buckets have used up their free failures and the
/// last attempt let through was less than the delay ago. Letting an attempt through counts it
/// against the delay (`login-wait:` buckets); only a wrong password counts as a failure.
async fn wait_before(state: &AppState, buckets: &Buckets, now: i64) -> AppResult<Option<i64>> {
    let policy = state.config.limits.login;
    let window = policy.window_secs;
    let pair = state.db.rate_count(&buckets.pair, now, window).await?;
    let address = state.db.rate_count(&buckets.address, now, window).await?;
    for (bucket, delay) in [(&buckets.pair, policy.pair_delay(pair)), (&buckets.address, policy.address_delay(address))]
    {
        if let Some(delay) = delay {
            if state.db.rate_hit(&format!("login-wait:{bucket}"), now, delay).await? > 1 {
                return Ok(Some(delay));
            }
        }
    }
    Ok(None)
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(mut form): CsrfForm<LoginForm>,
) -> AppResult<Response> {
    let now = state.now();
    let email = form.email.trim().to_lowercase();
    let buckets = Buckets::of(&email, &ctx.client);
    let password = std::mem::take(&mut form.password);
    let form = LoginForm { next: safe_next(&form.next).unwrap_or_default(), ..form };
    if let Some(secs) = wait_before(&state, &buckets, now).await? {
        let mut errors = ValidationErrors::new();
        errors.add("email", "login-slow-down");
        let mut page = Page::new(&state, &ctx, "login-title");
        page.notice = Some(state.i18n.t_args(ctx.locale, "login-slow-down-seconds", &[("seconds", &secs.to_string())]));
        let mut response = render_status(StatusCode::TOO_MANY_REQUESTS, &LoginView { page, form, errors })?;
        if let Ok(value) = axum::http::HeaderValue::from_str(&secs.to_string()) {
            response.headers_mut().insert(axum::http::header::RETRY_AFTER, value);
        }
        return Ok(response);
    }

    let user = state.db.user_by_email(&email).await?;
    let valid = passwords::verify(password, user.as_ref().map(|u| u.password_hash.clone())).await;
    let user = match (valid, user) {
        (true, Some(user)) => user,
        _ => {
            state.db.rate_hit(&buckets.pair, now, state.config.limits.login.window_secs).await?;
            state.db.rate_hit(&buckets.address, now, state.config.limits.login.window_secs).await?;
            let mut errors = ValidationErrors::new();
            errors.add("email", "login-failed");
            let page = Page::new(&state, &ctx, "login-title");
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &LoginView { page, form, errors });
        }
    };
    state.db.rate_clear(&buckets.pair).await?;
    state.db.rate_clear(&format!("login-wait:{}", buckets.pair)).await?;

    if user.email_verified_at.is_none() {
        // The password was right, so this is the owner: send a fresh link.
        let token = store::random_token();
        let link = format!("{}{}", mail_link(&state, ctx.locale, "/verify", &token), next_param(&form.next));
        let mail = NewMail {
            recipient: user.email.clone(),
            subject: state.i18n.t(ctx.locale, "mail-verify-subject"),
            body: state.i18n.t_args(ctx.locale, "mail-verify-body", &[("link", &link)]),
            unsubscribe: None,
        };
        let token = NewToken {
            token_hash: sessions::token_hash(&token),
            purpose: TokenPurpose::VerifyEmail,
            expires_at: now + super::VERIFY_LINK_SECS,
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
        None => landing(&state, &ctx, user.id).await?,
    };
    // The form token is bound to the session, so it changes here; the browser's CSRF cookie
    // is renewed too, so nothing seen before sign-in carries over.
    let csrf = crate::context::csrf_set_cookie(&state, &store::random_token());
    Ok(with_cookie(with_cookie(see_other(&target), &cookie), &csrf))
}

/// Without a `next`: staff land on the back office, participants on their account.
async fn landing(state: &AppState, ctx: &Ctx, user_id: i64) -> AppResult<String> {
    let grants = state.db.grants_of(user_id).await?.into_iter().map(|g| g.grant).collect();
    let principal = Principal::User { user_id, grants };
    let place = if can(&principal, Action::AccessBackOffice) { "admin" } else { "account" };
    Ok(format!("/{}/{place}", ctx.locale.code()))
}
