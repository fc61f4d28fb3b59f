//! Roles: whoever manages roles grants one (secretariat, moderator, reviewer, implementer of
//! an institution…) with its scope, and revokes it. The portal cannot be locked out: the
//! last global secretariat grant stays. Revoking also revokes the personal API tokens the
//! remaining roles no longer back, at once rather than at their next use, so a role granted
//! again later does not revive them.

use domain::permissions::{backs_api_token, validate_grant, Action, Grant, Role, Scope};
use domain::validation::ValidationErrors;

use super::{invalid, Actor, Refused};
use crate::error::AppError;
use crate::state::AppState;

/// A scope as the form sends it: `global` or `institution:ID`.
fn parse_scope(raw: &str) -> Result<Scope, &'static str> {
    match raw.split_once(':') {
        None if raw == "global" => Ok(Scope::Global),
        Some(("institution", id)) => id.parse().map(Scope::Institution).map_err(|_| "scope-invalid"),
        _ => Err("scope-invalid"),
    }
}

/// Grants `role` (its code) over `scope` to account `user`.
pub async fn grant(state: &AppState, actor: Actor<'_>, user: i64, role: &str, scope: &str) -> Result<(), Refused> {
    let by = actor.may(Action::ManageRoles)?;
    state.db.user(user).await?.ok_or(AppError::NotFound)?;
    let mut errors = ValidationErrors::new();
    let role = errors.check("role", Role::parse(role));
    let scope = errors.check("scope", parse_scope(scope));
    if let Some(Scope::Institution(institution)) = scope {
        if state.db.institution(institution).await?.is_none() {
            errors.add("scope", "scope-invalid");
        }
    }
    let grant = match (role, scope, errors.is_empty()) {
        (Some(role), Some(scope), true) => errors.check("scope", validate_grant(role, scope)),
        _ => None,
    };
    let Some(grant) = grant else {
        return Err(Refused::Invalid(errors));
    };
    state.db.add_grant(user, grant, Some(by), state.now()).await?;
    Ok(())
}

/// Revokes grant `grant_id` of account `user`.
pub async fn revoke(state: &AppState, actor: Actor<'_>, user: i64, grant_id: i64) -> Result<(), Refused> {
    actor.may(Action::ManageRoles)?;
    let grants = state.db.grants_of(user).await?;
    let target = grants.iter().find(|g| g.id == grant_id).ok_or(AppError::NotFound)?;
    let global_secretariat = |g: &Grant| g.role == Role::Secretariat && g.scope == Scope::Global;
    if global_secretariat(&target.grant) {
        let others =
            state.db.all_grants().await?.iter().filter(|g| g.id != grant_id && global_secretariat(&g.grant)).count();
        if others == 0 {
            return Err(invalid("role", "last-secretariat"));
        }
    }
    state.db.remove_grant(user, grant_id).await?;
    let remaining: Vec<Grant> = state.db.grants_of(user).await?.into_iter().map(|g| g.grant).collect();
    for token in state.db.api_tokens_of(user).await? {
        if token.revoked_at.is_none() && !backs_api_token(&remaining, token.institution_id) {
            state.db.revoke_api_token(user, token.id, state.now()).await?;
        }
    }
    Ok(())
}
