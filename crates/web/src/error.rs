//! One error type for the web layer. Handlers return it; the context middleware renders it
//! as a translated HTML page or as JSON `{code, message}` for API clients. Codes are stable
//! and double as Fluent message ids (`error-<code>-title`, `error-<code>-body`).

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

#[derive(Debug, Clone, thiserror::Error)]
pub enum AppError {
    #[error("page not found")]
    NotFound,
    #[error("unknown language {0:?}")]
    UnknownLocale(String),
    #[error("sign-in required")]
    LoginRequired,
    #[error("forbidden")]
    Forbidden,
    #[error("too many requests")]
    RateLimited,
    #[error("gone")]
    Gone,
    #[error("request body too large")]
    PayloadTooLarge,
    #[error("missing or invalid form token")]
    CsrfRejected,
    #[error("cross-origin form submission refused")]
    CrossOrigin,
    #[error("bad request")]
    BadRequest,
    /// A query parameter, path segment or JSON field that is missing, empty, out of range or
    /// not of its type: the answer names it (`{code, message, parameter}`) so an API client
    /// knows what to fix without reading our logs.
    #[error("invalid parameter {0:?}")]
    InvalidParameter(String),
    /// A personal API token that is missing, unknown, revoked or no longer backed by its role.
    #[error("invalid API token")]
    TokenInvalid,
    #[error("method not allowed")]
    MethodNotAllowed,
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound => "not-found",
            AppError::UnknownLocale(_) => "locale-unknown",
            AppError::LoginRequired => "login-required",
            AppError::Forbidden => "forbidden",
            AppError::RateLimited => "rate-limited",
            AppError::Gone => "gone",
            AppError::PayloadTooLarge => "payload-too-large",
            AppError::CsrfRejected => "csrf-rejected",
            AppError::CrossOrigin => "cross-origin",
            AppError::BadRequest => "bad-request",
            AppError::InvalidParameter(_) => "invalid-parameter",
            AppError::TokenInvalid => "token-invalid",
            AppError::MethodNotAllowed => "method-not-allowed",
            AppError::Internal(_) => "internal",
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound | AppError::UnknownLocale(_) => StatusCode::NOT_FOUND,
            AppError::LoginRequired | AppError::TokenInvalid => StatusCode::UNAUTHORIZED,
            AppError::Forbidden | AppError::CsrfRejected | AppError::CrossOrigin => StatusCode::FORBIDDEN,
            AppError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            AppError::Gone => StatusCode::GONE,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::BadRequest | AppError::InvalidParameter(_) => StatusCode::BAD_REQUEST,
            AppError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Marks a response as an error still to be rendered in the requester's language.
#[derive(Debug, Clone)]
pub struct PendingError(pub AppError);

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::Internal(detail) = &self {
            tracing::error!(%detail, "internal error");
        }
        let mut response = (self.status(), self.to_string()).into_response();
        response.extensions_mut().insert(PendingError(self));
        response
    }
}

impl From<store::StoreError> for AppError {
    fn from(err: store::StoreError) -> Self {
        match err {
            // A row that vanished between the page and the form (or never existed).
            store::StoreError::NotFound => AppError::NotFound,
            err => AppError::Internal(err.to_string()),
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(err: askama::Error) -> Self {
        AppError::Internal(format!("template: {err}"))
    }
}

pub type AppResult<T> = Result<T, AppError>;

/// The field a serde message names between backticks (`missing field `status``, `unknown
/// field `x``, `duplicate field `page``), so a 400 can say which parameter is at fault;
/// `fallback` when it names none.
pub fn field_at_fault(message: &str, fallback: &str) -> String {
    message
        .split('`')
        .nth(1)
        .filter(|name| (1..=40).contains(&name.len()) && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(fallback)
        .to_string()
}
