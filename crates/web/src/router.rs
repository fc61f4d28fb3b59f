//! Every address Sharaka answers: one sub-router per audience, each with its own layers, and
//! the layers the whole application shares.
//!
//! | sub-router          | addresses                                   | its own layers            |
//! |---------------------|---------------------------------------------|---------------------------|
//! | [`pages`]           | the public pages, files, widgets, calendars | —                         |
//! | [`account`]         | sign-up, sign-in, one's account             | private writes (cache)    |
//! | [`admin`]           | `/admin/…`, each handler checks its role     | upload body limit         |
//! | [`feeds`]           | `/feeds/…` Atom                             | API edge (CORS, ETag, 429) |
//! | `controllers::api`  | `/api/…`, `/healthz`, each beside its docs  | API edge                  |
//!
//! Page routes are declared without their locale prefix: [`context::prepare`] strips
//! `/{locale}` before routing, so `/ar/institutions` and `/fr/institutions` reach the same
//! handler with a different [`context::Ctx::locale`].

mod account;
mod admin;
mod feeds;
mod pages;

use axum::extract::Request;
use axum::http::{header, HeaderName, HeaderValue, Method};
use axum::middleware::{from_fn_with_state, map_response};
use axum::response::{IntoResponse, Response};
use axum::Router;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

use crate::context;
use crate::controllers::api;
use crate::error::AppError;
use crate::state::AppState;

pub fn routes(state: AppState) -> Router<AppState> {
    // The API edge answers CORS preflights (OPTIONS) itself, so its sub-routers get their
    // 405 answer before the layer wraps them: set after, it would replace the layered one.
    let edged = |router: Router<AppState>| {
        router
            .method_not_allowed_fallback(method_not_allowed)
            .layer(from_fn_with_state(state.clone(), crate::api_edge::edge))
    };
    Router::new()
        .merge(pages::routes())
        .merge(account::routes())
        .merge(admin::routes())
        .merge(edged(feeds::routes()))
        .merge(edged(api::router()))
        // After matching: the response names its route template for /metrics.
        .route_layer(axum::middleware::from_fn(crate::metrics::label_route))
        .fallback(|| async { AppError::NotFound })
        .method_not_allowed_fallback(method_not_allowed)
}

async fn method_not_allowed() -> AppError {
    AppError::MethodNotAllowed
}

/// A request id sent by the client is kept (a proxy's id ties its log to ours) only when it is
/// a short token: 1 to 64 letters, digits, `-`, `_` or `.`. Anything else — a line break that
/// would forge a log line, a megabyte of text — is dropped and the server makes its own.
async fn drop_unsafe_request_id(mut request: Request) -> Request {
    let safe = |v: &HeaderValue| {
        let bytes = v.as_bytes();
        (1..=64).contains(&bytes.len())
            && bytes.iter().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
    };
    if request.headers().get("x-request-id").is_some_and(|v| !safe(v)) {
        request.headers_mut().remove("x-request-id");
    }
    request
}

/// HEAD is answered as GET without its body (RFC 9110 §9.3.2), so it carries the same ETag,
/// length and cache headers. Left to the router, HEAD lost its body before the ETag layers
/// hashed it: `HEAD /api/v1/plans` carried the ETag of an empty body, and pages none.
async fn head_as_get(mut request: Request, next: axum::middleware::Next) -> Response {
    if request.method() != Method::HEAD {
        return next.run(request).await;
    }
    *request.method_mut() = Method::GET;
    let (parts, _body) = next.run(request).await.into_parts();
    Response::from_parts(parts, axum::body::Body::empty())
}

/// The whole application: routes wrapped in request ids, logs, compression, security
/// headers and the request context.
pub fn app(state: AppState) -> Router {
    let routes = routes(state.clone()).with_state(state.clone());
    let behind_tls = state.config.secure_cookies;
    let x_request_id = HeaderName::from_static("x-request-id");
    Router::new().fallback_service(routes).layer(
        ServiceBuilder::new()
            .layer(from_fn_with_state(state.clone(), crate::metrics::count))
            .layer(axum::middleware::map_request(drop_unsafe_request_id))
            .layer(axum::middleware::from_fn(head_as_get))
            .layer(SetRequestIdLayer::new(x_request_id.clone(), MakeRequestUuid))
            .layer(
                TraceLayer::new_for_http()
                    .make_span_with(|request: &Request| {
                        let id = request.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("-");
                        tracing::info_span!("request", request_id = %id, method = %request.method(), path = %request.uri().path())
                    })
                    .on_response(DefaultOnResponse::new().level(Level::INFO)),
            )
            .layer(PropagateRequestIdLayer::new(x_request_id))
            .layer(CompressionLayer::new())
            .layer(map_response(move |response| security_headers(response, behind_tls)))
            .layer(from_fn_with_state(state.clone(), context::prepare))
            // Inside the context layer: it needs to know whether the reader is signed in.
            .layer(from_fn_with_state(state, crate::page_cache::layer))
            // Inside the context layer, so a panic still gets a translated 500 page.
            .layer(CatchPanicLayer::custom(|_| AppError::Internal("a handler panicked".into()).into_response())),
    )
}

/// `behind_tls`: the portal's public address is https, so browsers are told to keep to it.
async fn security_headers(mut response: Response, behind_tls: bool) -> Response {
    let headers = response.headers_mut();
    let set = |headers: &mut axum::http::HeaderMap, name: HeaderName, value: &'static str| {
        headers.entry(name).or_insert(HeaderValue::from_static(value));
    };
    set(
        headers,
        header::CONTENT_SECURITY_POLICY,
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    );
    set(headers, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(headers, header::REFERRER_POLICY, "same-origin");
    // The embeddable widget and badge set a CSP that lets any site frame them; everything
    // else may not be framed at all.
    let embeddable = headers
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|csp| csp.contains("frame-ancestors *"));
    if !embeddable {
        set(headers, header::X_FRAME_OPTIONS, "DENY");
    }
    set(headers, header::VARY, "Cookie, Accept-Language");
    if behind_tls {
        set(headers, header::STRICT_TRANSPORT_SECURITY, "max-age=31536000; includeSubDomains");
    }
    response
}
