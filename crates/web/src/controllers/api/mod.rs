//! The JSON API under `/api/v1`, documented by `/api/openapi.json`.

pub mod contributions;
pub mod institutions;
pub mod openapi;
pub mod plans;
pub mod popolo;
pub mod progress;
