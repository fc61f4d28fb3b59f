//! Following a plan, a theme or a commitment by e-mail, the list of what one follows, and
//! the one-click unsubscribe link of every such e-mail (RFC 8058: a POST without cookies).

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::permissions::Action;
use domain::subscription::{FollowKind, Frequency};
use serde::Deserialize;
use store::Subscription;

use super::safe_next;
use crate::auth::require;
use crate::context::Ctx;
use crate::controllers::see_other;
use crate::error::{AppError, AppResult};
use crate::forms::{CsrfForm, FormValues, Path, Query};
use crate::state::AppState;
use crate::views::{render, MessageView, Page};

/// Checks that the followed thing exists.
async fn target_exists(state: &AppState, kind: FollowKind, id: i64) -> AppResult<bool> {
    Ok(match kind {
        FollowKind::Plan => state.db.plan(id).await?.is_some(),
        FollowKind::Commitment => state.db.commitment(id).await?.is_some(),
        FollowKind::Theme => state.db.theme(id).await?.is_some(),
    })
}

/// Follows something; following it again changes the frequency.
pub async fn follow(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::Participate)?;
    let user = ctx.user.as_ref().ok_or(AppError::LoginRequired)?;
    let values = FormValues(pairs);
    let kind = FollowKind::parse(values.get("kind")).map_err(|_| AppError::BadRequest)?;
    let frequency = Frequency::parse(values.get("frequency")).map_err(|_| AppError::BadRequest)?;
    let target = values.get("target").parse::<i64>().map_err(|_| AppError::BadRequest)?;
    if !target_exists(&state, kind, target).await? {
        return Err(AppError::NotFound);
    }
    state.db.subscribe(user.id, (kind.code(), target), frequency.code(), &store::random_token(), state.now()).await?;
    let back = safe_next(values.get("next"))
        .map(|path| format!("/{}{path}", ctx.locale.code()))
        .unwrap_or_else(|| format!("/{}/account/subscriptions", ctx.locale.code()));
    let separator = if back.contains('?') { '&' } else { '?' };
    Ok(see_other(&format!("{back}{separator}notice=following")))
}

pub struct Line {
    pub subscription: Subscription,
    pub label: String,
    pub href: String,
}

#[derive(Template)]
#[template(path = "accounts/subscriptions.html")]
struct SubscriptionsView {
    page: Page,
    lines: Vec<Line>,
}

/// What the participant follows, and how often they hear of it.
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    require(&ctx.principal, Action::ViewOwnAccount)?;
    let user = ctx.user.as_ref().ok_or(AppError::LoginRequired)?;
    let page = Page::new(&state, &ctx, "follow-title");
    let mut lines = vec![];
    for s in state.db.subscriptions_of(user.id).await? {
        let (label, href) = match FollowKind::parse(&s.target_kind) {
            Ok(FollowKind::Plan) => match state.db.plan(s.target_id).await? {
                Some(p) => (page.plain(&p.title), page.href(&format!("/plans/{}", p.slug))),
                None => continue,
            },
            Ok(FollowKind::Commitment) => match state.db.commitment(s.target_id).await? {
                Some(c) => (
                    format!("{} · {}", c.code, page.plain(&c.text("title"))),
                    page.href(&format!("/commitments/{}", c.code)),
                ),
                None => continue,
            },
            Ok(FollowKind::Theme) => {
                let Some(theme) = state.db.theme(s.target_id).await? else { continue };
                let Some(plan) = state.db.plan(theme.plan_id).await? else { continue };
                (page.plain(&theme.title), page.href(&format!("/plans/{}", plan.slug)))
            }
            Err(_) => continue,
        };
        lines.push(Line { subscription: s, label, href });
    }
    render(&SubscriptionsView { page, lines })
}

/// Stops following, from the list.
pub async fn stop(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(_pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::ViewOwnAccount)?;
    let user = ctx.user.as_ref().ok_or(AppError::LoginRequired)?;
    if !state.db.unsubscribe(user.id, id).await? {
        return Err(AppError::NotFound);
    }
    Ok(see_other(&format!("/{}/account/subscriptions?notice=saved", ctx.locale.code())))
}

#[derive(Deserialize, Default)]
pub struct Token {
    #[serde(default)]
    token: String,
}

#[derive(Template)]
#[template(path = "accounts/unsubscribe.html")]
struct UnsubscribeView {
    page: Page,
    token: String,
}

/// The page an e-mail's unsubscribe link opens: one button, no sign-in.
pub async fn confirm(State(state): State<AppState>, ctx: Ctx, Query(token): Query<Token>) -> AppResult<Response> {
    render(&UnsubscribeView { page: Page::new(&state, &ctx, "unsubscribe-title"), token: token.token })
        .map(crate::page_cache::not_kept)
}

/// One-click unsubscribe: a POST to the link itself, from the page or from a mail client
/// (RFC 8058), without cookies or form token. The token alone decides.
pub async fn one_click(State(state): State<AppState>, ctx: Ctx, Query(token): Query<Token>) -> AppResult<Response> {
    let token = token.token.trim();
    let stopped = !token.is_empty() && token.len() <= 128 && state.db.unsubscribe_by_token(token).await?;
    let message = if stopped { "unsubscribe-done" } else { "unsubscribe-unknown" };
    render(&MessageView::new(&state, &ctx, "unsubscribe-title", message))
}
