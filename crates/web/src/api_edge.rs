//! The edge of the read-only JSON API and the feeds: CORS for GET (any site may read open
//! data), ETags with `304 Not Modified`, and a per-client rate limit kept in the database.
//! A layer of the API's and the feeds' sub-routers (`router.rs`), so it sees only their
//! addresses.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::AppError;
use crate::state::AppState;

/// Bodies larger than this are passed through without an ETag rather than buffered.
const MAX_TAGGED_BODY: usize = 32 * 1024 * 1024;

fn allow_any_origin(response: &mut Response) {
    response.headers_mut().insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
}

pub async fn edge(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let method = request.method().clone();
    if method == Method::OPTIONS {
        let mut response = StatusCode::NO_CONTENT.into_response();
        allow_any_origin(&mut response);
        let headers = response.headers_mut();
        headers.insert(header::ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static("GET, HEAD, OPTIONS"));
        headers
            .insert(header::ACCESS_CONTROL_ALLOW_HEADERS, HeaderValue::from_static("If-None-Match, Accept-Language"));
        headers.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("86400"));
        return response;
    }
    if method != Method::GET && method != Method::HEAD {
        return next.run(request).await;
    }
    let client = crate::context::client_address(&state, &request);
    let limit = state.config.limits.api_requests_per_client;
    match state.db.rate_hit(&format!("api:{client}"), state.now(), state.config.limits.window_secs).await {
        Ok(hits) if hits > limit => return AppError::RateLimited.into_response(),
        Ok(_) => {}
        Err(err) => tracing::error!(%err, "api rate limit"),
    }
    let wanted = request.headers().get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()).map(str::to_string);
    let response = next.run(request).await;
    let mut response = tag(response, wanted.as_deref()).await;
    allow_any_origin(&mut response);
    response.headers_mut().insert(header::ACCESS_CONTROL_EXPOSE_HEADERS, HeaderValue::from_static("ETag, Link"));
    response
}

/// Adds an ETag (the SHA-256 of the body) to a successful response, and answers 304 when
/// the client already holds that version.
async fn tag(response: Response, wanted: Option<&str>) -> Response {
    if response.status() != StatusCode::OK || response.headers().contains_key(header::ETAG) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(collected) = axum::body::to_bytes(body, MAX_TAGGED_BODY).await else {
        return (StatusCode::INTERNAL_SERVER_ERROR, "response too large to tag").into_response();
    };
    let etag = crate::etag::of(&collected);
    let matches = crate::etag::matches(wanted, &etag) || crate::etag::matches(wanted, "*");
    if let Ok(value) = HeaderValue::from_str(&etag) {
        parts.headers.insert(header::ETAG, value);
    }
    if matches {
        parts.status = StatusCode::NOT_MODIFIED;
        parts.headers.remove(header::CONTENT_LENGTH);
        return Response::from_parts(parts, Body::empty());
    }
    Response::from_parts(parts, Body::from(collected))
}
