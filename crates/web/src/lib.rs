#![recursion_limit = "256"]
//! Sharaka's web layer: the axum router, one handler file per action, askama templates,
//! Fluent translations, sessions, CSRF defence, rate limits and the mail outbox worker.

pub mod actions;
pub mod api_edge;
pub mod atom;
pub mod auth;
pub mod charts;
pub mod config;
pub mod context;
pub mod controllers;
pub mod csrf;
pub mod error;
pub mod etag;
pub mod extract;
pub mod forms;
pub mod i18n;
pub mod jobs;
pub mod mail;
pub mod metrics;
pub mod page_cache;
pub mod pager;
pub mod presenters;
pub mod printouts;
pub mod redirect;
pub mod router;
pub mod search;
pub mod server;
pub mod state;
pub mod views;

pub use config::{FilesConfig, Identity, Limits, Logo, MailConfig, SmtpConfig, WebConfig};
pub use error::AppError;
pub use router::app;
pub use state::AppState;
