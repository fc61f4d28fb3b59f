//! Handlers, one file per action, grouped by resource.

pub mod accounts;
pub mod admin;
pub mod api;
pub mod assets;
pub mod commitments;
pub mod consultations;
pub mod documents;
pub mod embed;
pub mod feeds;
pub mod forum;
pub mod home;
pub mod institutions;
pub mod meetings;
pub mod news;
pub mod open_data;
pub mod pages;
pub mod plans;
pub mod portals;
pub mod proposals;
pub mod search;

use axum::http::{header, HeaderValue};
use axum::response::Response;

pub use crate::redirect::see_other;

pub fn with_cookie(mut response: Response, cookie: &str) -> Response {
    if let Ok(value) = HeaderValue::from_str(cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}
