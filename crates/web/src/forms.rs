//! Form submissions: size-limited, CSRF-checked, then deserialised.

use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header;
use serde::de::DeserializeOwned;

use crate::context::Ctx;
use crate::csrf::{self, CSRF_FIELD};
use crate::error::AppError;
use crate::state::AppState;

/// The largest form body accepted; institution names in four languages fit easily.
pub const MAX_FORM_BYTES: usize = 64 * 1024;

/// A urlencoded form whose CSRF token has been checked against the browser's cookie.
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let ctx = request.extensions().get::<Ctx>().cloned().ok_or_else(|| AppError::Internal("no context".into()))?;
        let is_form = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !is_form {
            return Err(AppError::BadRequest);
        }
        let bytes =
            axum::body::to_bytes(request.into_body(), MAX_FORM_BYTES).await.map_err(|_| AppError::PayloadTooLarge)?;
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes).map_err(|_| AppError::BadRequest)?;
        let token = field(&pairs, CSRF_FIELD);
        if !csrf::token_matches(&state.csrf_secret, &ctx.csrf_cookie, token) {
            return Err(AppError::CsrfRejected);
        }
        let value = serde_urlencoded::from_bytes(&bytes).map_err(|_| AppError::BadRequest)?;
        Ok(CsrfForm(value))
    }
}

/// The first value of `key` in a submitted form's pairs, or "" when absent.
pub fn field<'a>(pairs: &'a [(String, String)], key: &str) -> &'a str {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str()).unwrap_or_default()
}

/// `axum::extract::Query` whose rejection is a translated [`AppError`] page, not plain text.
#[derive(FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(AppError))]
pub struct Query<T>(pub T);

/// `axum::extract::Path` whose rejection is a translated 404.
#[derive(FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(AppError))]
pub struct Path<T>(pub T);

impl From<QueryRejection> for AppError {
    fn from(_: QueryRejection) -> Self {
        AppError::BadRequest
    }
}

impl From<PathRejection> for AppError {
    fn from(_: PathRejection) -> Self {
        AppError::NotFound
    }
}
