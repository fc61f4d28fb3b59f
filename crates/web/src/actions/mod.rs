//! What people do, once for every door: one file per action, each taking the actor and the
//! typed input (the time comes from the state's injected clock) and running permission →
//! domain rule → store. The HTML forms and the JSON API call the same function (progress and
//! measurements today); no handler calls another, and a controller never imports a
//! controller of another area. Background jobs call none yet: they only send mail.
//!
//! The page cache is emptied after every successful write by its layer (`page_cache::layer`),
//! so an action does not invalidate by hand.

pub mod contribute;
pub mod report_progress;

use domain::validation::ValidationErrors;

use crate::error::AppError;

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
