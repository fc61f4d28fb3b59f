//! Who is making the request, and what they may do.

pub mod passwords;
pub mod sessions;

use domain::permissions::{can, Action, Grant, Principal};

use crate::error::AppError;
use crate::error::AppResult;
use crate::state::AppState;
use domain::impersonation::Reserved;
use domain::permissions::Role;
use domain::Locale;

#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub grants: Vec<Grant>,
}

impl CurrentUser {
    pub fn principal(&self) -> Principal {
        Principal::User { user_id: self.id, grants: self.grants.clone() }
    }
}

/// Allows the action or says why not: visitors are asked to sign in, others are refused.
pub fn require(principal: &Principal, action: Action) -> Result<(), AppError> {
    if can(principal, action) {
        Ok(())
    } else if *principal == Principal::Visitor {
        Err(AppError::LoginRequired)
    } else {
        Err(AppError::Forbidden)
    }
}

/// What a participant's display name must not imitate on this instance: the built-in words
/// (the secretariat, the government, the portal…), the role labels in every language, the
/// institutions' names in every language and their acronyms, the forum's bodies and the
/// issuing authority. Built when asked (registration, the back office's list of accounts):
/// 543 institutions make about 2,200 terms, indexed by first word, a few milliseconds.
pub async fn reserved_names(state: &AppState) -> AppResult<Reserved> {
    let labels = Role::ALL
        .iter()
        .flat_map(|role| Locale::ALL.iter().map(move |l| state.i18n.t(*l, &format!("role-{}", role.code()))));
    let mut reserved = Reserved::new(labels);
    for institution in state.db.list_institutions().await? {
        for locale in institution.name.locales() {
            reserved.name(institution.name.get(locale).unwrap_or_default());
        }
        if let Some(acronym) = institution.acronym.as_deref() {
            reserved.acronym(acronym);
        }
    }
    for body in state.db.list_bodies().await? {
        for locale in body.name.locales() {
            reserved.name(body.name.get(locale).unwrap_or_default());
        }
    }
    for authority in state.config.identity.authority.values() {
        reserved.name(authority);
    }
    Ok(reserved)
}
