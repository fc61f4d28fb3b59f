//! The answer to a form that worked: a 303 See Other, so that the browser follows with a GET
//! and a reload never sends the form again. Handlers reach it through `Ctx::see_other`, which
//! puts the request's language in front of the path (51 handlers wrote that prefix by hand).

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

/// 303 See Other to `location` (an address on this site, already with its locale).
pub fn see_other(location: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}
