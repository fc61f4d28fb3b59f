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

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

/// 303 See Other: the browser follows with a GET, so a reload never re-submits a form.
pub fn see_other(location: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

pub fn with_cookie(mut response: Response, cookie: &str) -> Response {
    if let Ok(value) = HeaderValue::from_str(cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}
