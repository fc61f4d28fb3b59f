//! Following a plan, a theme or a commitment by e-mail, the list of what one follows, and
//! the one-click unsubscribe link of every such e-mail (RFC 8058: a POST without cookies).

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::permissions::Action;
use domain::subscription::FollowKind;
use serde::Deserialize;
use store::Subscription;

use super::safe_next;
use crate::actions::{follow, Actor};
use crate::context::Ctx;
use crate::error::AppResult;
use crate::forms::{CsrfForm, Empty, Path, Query};
use crate::state::AppState;
use crate::views::{render, MessageView, Page};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct FollowForm {
    kind: String,
    target: String,
    frequency: String,
    next: String,
}

/// Follows something; following it again changes the frequency. Goes back to the page the
/// button was on (a local address only), or to the list.
pub async fn follow(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<FollowForm>,
) -> AppResult<Response> {
    follow::follow(&state, Actor::of(&ctx), &form.kind, &form.target, &form.frequency).await?;
    let back = safe_next(&form.next).unwrap_or_else(|| "/account/subscriptions".to_string());
    let separator = if back.contains('?') { '&' } else { '?' };
    Ok(ctx.see_other(&format!("{back}{separator}notice=following")))
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
    let user = ctx.require(Action::ViewOwnAccount)?;
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
    CsrfForm(Empty {}): CsrfForm<Empty>,
) -> AppResult<Response> {
    follow::stop(&state, Actor::of(&ctx), id).await?;
    Ok(ctx.see_other("/account/subscriptions?notice=saved"))
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
