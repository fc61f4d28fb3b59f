use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::account::{DisplayName, Email, NewPassword};
use domain::validation::ValidationErrors;
use serde::Deserialize;
use store::{NewMail, NewToken, NewUser, StoreError, TokenPurpose};

use super::{mail_link, next_param, safe_next, NextQuery, VERIFY_LINK_SECS};
use crate::auth::reserved_names;
use crate::auth::{passwords, sessions::token_hash};
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::forms::CsrfForm;
use crate::forms::Query;
use crate::state::AppState;
use crate::views::{render, render_status, MessageView, Page};

#[derive(Debug, Default, Deserialize)]
pub struct RegisterForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub password_confirm: String,
    /// Where the person started from; carried into the verification link.
    #[serde(default)]
    pub next: String,
}

#[derive(Template)]
#[template(path = "accounts/register.html")]
struct RegisterView {
    page: Page,
    form: RegisterForm,
    errors: ValidationErrors,
}

pub async fn form(State(state): State<AppState>, ctx: Ctx, Query(query): Query<NextQuery>) -> AppResult<Response> {
    let page = Page::new(&state, &ctx, "register-title");
    let form = RegisterForm { next: safe_next(&query.next).unwrap_or_default(), ..RegisterForm::default() };
    render(&RegisterView { page, form, errors: ValidationErrors::new() })
}

/// Registers a participant. Whether or not the address already has an account, the reply
/// is the same page; the mailbox owner learns which case it was.
pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<RegisterForm>,
) -> AppResult<Response> {
    let now = state.now();
    let limits = &state.config.limits;
    let hits = state.db.rate_hit(&format!("register:{}", ctx.client), now, limits.window_secs).await?;
    if hits > limits.registrations_per_client {
        return Err(AppError::RateLimited);
    }

    let mut errors = ValidationErrors::new();
    let mut name = errors.check("name", DisplayName::parse(&form.name));
    // Official accounts are made by the secretariat; a participant cannot take their names.
    if let Some(parsed) = name.as_ref() {
        if reserved_names(&state).await?.imitated_by(parsed.as_str()).is_some() {
            errors.add("name", "name-imitates");
            name = None;
        }
    }
    let email = errors.check("email", Email::parse(&form.email));
    let password = errors.check_by_code(
        NewPassword::parse(&form.password, &form.password_confirm, Some(&form.email)),
        NewPassword::field_for,
    );
    let (Some(name), Some(email), Some(password)) = (name, email, password) else {
        let page = Page::new(&state, &ctx, "register-title");
        let form = RegisterForm { password: String::new(), password_confirm: String::new(), ..form };
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &RegisterView { page, form, errors });
    };

    // Hash in every case so the response time does not tell whether the address is known.
    let password_hash = passwords::hash(password.expose().to_string()).await?;
    let existing = state.db.user_by_email(email.as_str()).await?;
    let i18n = &state.i18n;
    let locale = ctx.locale;
    match existing {
        Some(user) => notify_existing(&state, &user).await?,
        None => {
            let token = store::random_token();
            let link = format!("{}{}", mail_link(&state, locale, "/verify", &token), next_param(&form.next));
            let mail = NewMail {
                recipient: email.as_str().to_string(),
                subject: i18n.t(locale, "mail-verify-subject"),
                body: i18n.t_args(locale, "mail-verify-body", &[("link", &link)]),
                unsubscribe: None,
            };
            let user = NewUser {
                email: email.as_str().to_string(),
                name: name.as_str().to_string(),
                password_hash,
                locale: locale.code().to_string(),
                email_verified_at: None,
            };
            let token = NewToken {
                token_hash: token_hash(&token),
                purpose: TokenPurpose::VerifyEmail,
                expires_at: now + VERIFY_LINK_SECS,
            };
            match state.db.register_user(&user, &token, &mail, now).await {
                Ok(_) => {}
                // Someone registered the same address a moment ago.
                Err(StoreError::Conflict) => {
                    if let Some(user) = state.db.user_by_email(email.as_str()).await? {
                        notify_existing(&state, &user).await?;
                    }
                }
                Err(err) => return Err(err.into()),
            }
        }
    }
    state.mail_waker.notify_one();
    render(&MessageView::new(&state, &ctx, "register-check-title", "register-check-body"))
}

/// Tells the owner of an existing account that someone tried to register with it.
async fn notify_existing(state: &AppState, user: &store::User) -> AppResult<()> {
    let locale = domain::Locale::parse_or(&user.locale, state.config.default_locale);
    let login = format!("{}/{}/login", state.config.base_url, locale.code());
    let reset = format!("{}/{}/password/forgot", state.config.base_url, locale.code());
    let mail = NewMail {
        recipient: user.email.clone(),
        subject: state.i18n.t(locale, "mail-exists-subject"),
        body: state.i18n.t_args(
            locale,
            "mail-exists-body",
            &[("name", &user.name), ("login", &login), ("reset", &reset)],
        ),
        unsubscribe: None,
    };
    state.db.enqueue_mail(&mail, state.now()).await?;
    Ok(())
}
