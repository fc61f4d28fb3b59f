use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::account::Email;
use domain::validation::ValidationErrors;
use domain::Locale;
use serde::Deserialize;
use store::{NewMail, NewToken, TokenPurpose};

use super::mail_link;
use crate::auth::sessions::token_hash;
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::forms::CsrfForm;
use crate::state::AppState;
use crate::views::{render, render_status, MessageView, Page};

pub const RESET_LINK_SECS: i64 = 3600;
/// At most this many reset mails to one address per window, whoever asks.
const RESETS_PER_ADDRESS: i64 = 3;

#[derive(Debug, Default, Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    pub email: String,
}

#[derive(Template)]
#[template(path = "accounts/forgot.html")]
struct ForgotView {
    page: Page,
    form: ForgotForm,
    errors: ValidationErrors,
}

pub async fn form(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let page = Page::new(&state, &ctx, "forgot-title");
    render(&ForgotView { page, form: ForgotForm::default(), errors: ValidationErrors::new() })
}

/// Sends a reset link if the address has an account; the reply never says whether it does.
pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<ForgotForm>,
) -> AppResult<Response> {
    let now = state.now();
    let limits = &state.config.limits;
    if state.db.rate_hit(&format!("reset:{}", ctx.client), now, limits.window_secs).await?
        > limits.reset_requests_per_client
    {
        return Err(AppError::RateLimited);
    }
    let mut errors = ValidationErrors::new();
    let Some(email) = errors.check("email", Email::parse(&form.email)) else {
        let page = Page::new(&state, &ctx, "forgot-title");
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &ForgotView { page, form, errors });
    };
    // Counted for every address, known or not, so the reply takes the same path either way.
    let per_address = state.db.rate_hit(&format!("reset:address:{}", email.as_str()), now, limits.window_secs).await?;
    if per_address > RESETS_PER_ADDRESS {
        return render(&MessageView::new(&state, &ctx, "forgot-sent-title", "forgot-sent-body"));
    }
    // The same answer, at the same time, for a known and an unknown address: the token and
    // the mail are written after the answer (`state.background`), not before it.
    if let Some(user) = state.db.user_by_email(email.as_str()).await? {
        let locale = domain::Locale::parse_or(&user.locale, ctx.locale);
        let background = state.clone();
        state.background.spawn(async move {
            if let Err(err) = send_reset_link(&background, &user, locale, now).await {
                tracing::error!(%err, "password reset mail not queued");
            }
        });
    }
    render(&MessageView::new(&state, &ctx, "forgot-sent-title", "forgot-sent-body"))
}

/// Writes a reset token and queues the mail carrying its link (one transaction).
async fn send_reset_link(state: &AppState, user: &store::User, locale: Locale, now: i64) -> AppResult<()> {
    let token = store::random_token();
    let link = mail_link(state, locale, "/password/reset", &token);
    let mail = NewMail {
        recipient: user.email.clone(),
        subject: state.i18n.t(locale, "mail-reset-subject"),
        body: state.i18n.t_args(locale, "mail-reset-body", &[("name", &user.name), ("link", &link)]),
        unsubscribe: None,
    };
    let token = NewToken {
        token_hash: token_hash(&token),
        purpose: TokenPurpose::ResetPassword,
        expires_at: now + RESET_LINK_SECS,
    };
    state.db.create_token_with_mail(user.id, &token, &mail, now).await?;
    state.mail_waker.notify_one();
    Ok(())
}
