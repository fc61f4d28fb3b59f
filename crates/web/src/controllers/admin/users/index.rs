use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::impersonation::{mixed_scripts, script_runs, Reserved};
use domain::permissions::Action;
use serde::Deserialize;

use crate::auth::require;
use crate::auth::reserved_names;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::forms::Query;
use crate::state::AppState;
use crate::views::{render, Page};

pub struct UserRow {
    pub id: i64,
    pub name: String,
    pub email: String,
    /// The address cut where its script changes, the foreign parts marked (`exаmple`).
    pub email_parts: Vec<(String, bool)>,
    pub verified: bool,
    pub roles: Vec<String>,
    /// Why the back office should look at this account (issue 18: impersonation).
    pub flags: Vec<String>,
}

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersView {
    page: Page,
    users: Vec<UserRow>,
    flagged: usize,
    only_flagged: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UsersQuery {
    /// `1`: only the accounts to check.
    pub flagged: String,
}

/// What to check about an account: a participant's name imitating a body, the secretariat
/// or a role (staff carry their role's badge instead, so their names are theirs to choose),
/// and an address mixing scripts (a Cyrillic `а` in a Latin address).
pub(crate) fn account_flags(page: &Page, reserved: &Reserved, name: &str, email: &str, staff: bool) -> Vec<String> {
    let mut flags = vec![];
    if let Some(term) = reserved.imitated_by(name).filter(|_| !staff) {
        flags.push(page.t1("admin-flag-name-imitates", "term", term));
    }
    if let Some(scripts) = mixed_scripts(email) {
        let names: Vec<String> = scripts.iter().map(|s| page.script_name(s)).collect();
        flags.push(page.t1("admin-flag-mixed-scripts", "scripts", &names.join(" + ")));
    }
    flags
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Query(query): Query<UsersQuery>) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageUsers)?;
    let page = Page::new(&state, &ctx, "admin-users-title");
    let grants = state.db.all_grants().await?;
    let reserved = reserved_names(&state).await?;
    let users: Vec<UserRow> = state
        .db
        .list_users()
        .await?
        .into_iter()
        .map(|u| {
            let roles: Vec<String> =
                grants.iter().filter(|g| g.user_id == u.id).map(|g| page.role(g.grant.role.code())).collect();
            UserRow {
                flags: account_flags(&page, &reserved, &u.name, &u.email, !roles.is_empty()),
                email_parts: script_runs(&u.email),
                roles,
                id: u.id,
                name: u.name,
                email: u.email,
                verified: u.email_verified_at.is_some(),
            }
        })
        .collect();
    let flagged = users.iter().filter(|u| !u.flags.is_empty()).count();
    let only_flagged = query.flagged == "1";
    let users = if only_flagged { users.into_iter().filter(|u| !u.flags.is_empty()).collect() } else { users };
    render(&UsersView { page, users, flagged, only_flagged })
}
