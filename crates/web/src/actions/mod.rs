//! What people do, once for every door: one file per action, each taking the actor and the
//! typed input (the time comes from the state's injected clock) and running permission →
//! domain rule → store. The HTML forms and the JSON API call the same function; no handler
//! calls another, and a controller never imports a controller of another area. A handler
//! reads the request and renders the answer; what is allowed and what is stored is decided
//! here, so the secretariat's desk and the federation's member scopes change one place.
//! Background jobs call none yet: they only send mail.
//!
//! The page cache is emptied after every successful write by its layer (`page_cache::layer`),
//! so an action does not invalidate by hand.

pub mod adopt;
pub mod contribute;
pub mod draft_plan;
pub mod follow;
pub mod grant_role;
pub mod keep_forum;
pub mod keep_institutions;
pub mod link_portal;
pub mod moderate;
pub mod open_consultation;
pub mod publish_document;
pub mod publish_news;
pub mod report_progress;
pub mod respond;

use domain::permissions::{Action, Principal};
use domain::validation::ValidationErrors;

use crate::context::Ctx;
use crate::error::AppError;

/// Who acts: their rights, and their account once signed in.
#[derive(Clone, Copy)]
pub struct Actor<'a> {
    pub principal: &'a Principal,
    pub user: Option<i64>,
}

impl<'a> Actor<'a> {
    pub fn of(ctx: &'a Ctx) -> Self {
        Actor { principal: &ctx.principal, user: ctx.user.as_ref().map(|u| u.id) }
    }

    /// The account acting, if it may do `action`: a visitor is asked to sign in, anyone
    /// else without the right is refused (403).
    pub fn may(&self, action: Action) -> Result<i64, AppError> {
        crate::auth::require(self.principal, action)?;
        self.user.ok_or(AppError::LoginRequired)
    }
}

/// Why an action stored nothing: an answer for the whole request (forbidden, not found), or
/// the reasons per field, for the form or the JSON `Invalid` body.
pub enum Refused {
    App(AppError),
    Invalid(ValidationErrors),
}

impl From<AppError> for Refused {
    fn from(err: AppError) -> Self {
        Refused::App(err)
    }
}

impl From<store::StoreError> for Refused {
    fn from(err: store::StoreError) -> Self {
        Refused::App(err.into())
    }
}

impl Refused {
    /// The reasons of a refusal the caller shows beside its form; any other refusal is the
    /// request's answer.
    pub fn into_form_errors(self) -> Result<ValidationErrors, AppError> {
        match self {
            Refused::Invalid(errors) => Ok(errors),
            Refused::App(err) => Err(err),
        }
    }

    /// A store refusal that names a field (`StoreError::Refused`) as that field's error.
    pub fn from_store(err: store::StoreError) -> Self {
        match crate::forms::refused(err) {
            Ok(errors) => Refused::Invalid(errors),
            Err(err) => Refused::App(err),
        }
    }
}

/// A store error as a form's: `Conflict` (a slug or code that must be unique, already taken)
/// as `code` on `field`, any other through [`Refused::from_store`].
pub(crate) fn taken(field: &'static str, code: &'static str) -> impl FnOnce(store::StoreError) -> Refused {
    move |err| match err {
        store::StoreError::Conflict => invalid(field, code),
        other => Refused::from_store(other),
    }
}

/// One field's error, for a refusal made here rather than in the domain's parsers.
pub(crate) fn invalid(field: &'static str, code: &'static str) -> Refused {
    let mut errors = ValidationErrors::new();
    errors.add(field, code);
    Refused::Invalid(errors)
}
