use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::permissions::{Action, Scope};

use crate::auth::{require, CurrentUser};
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::views::{render, Page};

pub struct GrantLine {
    pub role: String,
    pub scope: String,
}

#[derive(Template)]
#[template(path = "accounts/account.html")]
struct AccountView {
    page: Page,
    user: CurrentUser,
    grants: Vec<GrantLine>,
}

/// Describes a grant's scope in the reader's language ("everywhere", or the institution's name).
pub(crate) async fn scope_label(state: &AppState, page: &Page, scope: Scope) -> AppResult<String> {
    Ok(match scope {
        Scope::Global => page.t("scope-global"),
        Scope::Institution(id) => match state.db.institution(id).await? {
            Some(i) => page.plain(&i.name),
            None => format!("#{id}"),
        },
        // Names, not numbers ("Body no. 2" told a forum member nothing).
        Scope::Body(id) => match state.db.body(id).await? {
            Some(body) => page.plain(&body.name),
            None => page.t1("scope-body", "id", &id.to_string()),
        },
        Scope::Theme(id) => match state.db.theme(id).await? {
            Some(theme) => page.plain(&theme.title),
            None => page.t1("scope-theme", "id", &id.to_string()),
        },
    })
}

pub async fn show(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    require(&ctx.principal, Action::ViewOwnAccount)?;
    let user = ctx.user.clone().ok_or(AppError::LoginRequired)?;
    let page = Page::new(&state, &ctx, "account-title");
    let mut grants = vec![];
    for grant in &user.grants {
        grants.push(GrantLine {
            role: page.role(grant.role.code()),
            scope: scope_label(&state, &page, grant.scope).await?,
        });
    }
    render(&AccountView { page, user, grants })
}
