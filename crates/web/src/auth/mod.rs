//! Who is making the request, and what they may do.

pub mod passwords;
pub mod sessions;

use domain::permissions::{can, Action, Grant, Principal};

use crate::error::AppError;

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
