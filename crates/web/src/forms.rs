//! Form submissions: size-limited, CSRF-checked, then deserialised.

use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header;
use serde::de::DeserializeOwned;

use crate::context::Ctx;
use crate::csrf::{self, CSRF_FIELD};
use crate::error::AppError;
use crate::state::AppState;
use serde::Deserialize;

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
        if !csrf::token_matches(&state.csrf_secret, &ctx.csrf_key(), token) {
            return Err(AppError::CsrfRejected);
        }
        // Every field passes the door's text hygiene (`domain::text::clean_input`) before any
        // handler reads it; a form that is already clean is read as sent.
        let value = if pairs.iter().all(|(k, v)| domain::text::is_clean_input(k) && domain::text::is_clean_input(v)) {
            serde_urlencoded::from_bytes(&bytes).map_err(|_| AppError::BadRequest)?
        } else {
            let cleaned: Vec<(String, String)> =
                pairs.iter().map(|(k, v)| (domain::text::clean_input(k), domain::text::clean_input(v))).collect();
            let encoded = serde_urlencoded::to_string(&cleaned).map_err(|_| AppError::BadRequest)?;
            serde_urlencoded::from_str(&encoded).map_err(|_| AppError::BadRequest)?
        };
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
    fn from(rejection: QueryRejection) -> Self {
        AppError::InvalidParameter(crate::error::field_at_fault(&rejection.body_text(), "query"))
    }
}

impl From<PathRejection> for AppError {
    fn from(_: PathRejection) -> Self {
        AppError::NotFound
    }
}

/// A form's values as submitted (or prefilled from a record), for re-displaying it.
#[derive(Debug, Clone, Default)]
pub struct FormValues(pub Vec<(String, String)>);

/// One language's input of a multilingual field.
pub struct LocaleValue {
    pub code: &'static str,
    pub native_name: &'static str,
    pub dir: &'static str,
    pub value: String,
}

impl FormValues {
    pub fn get(&self, key: &str) -> &str {
        field(&self.0, key)
    }
    /// Whether `key` was submitted with `value` (checked boxes, selected options).
    pub fn has(&self, key: &str, value: &str) -> bool {
        self.0.iter().any(|(k, v)| k == key && v == value)
    }
    pub fn all(&self, key: &str) -> Vec<String> {
        self.0.iter().filter(|(k, _)| k == key).map(|(_, v)| v.clone()).collect()
    }
    pub fn set(&mut self, key: &str, value: impl Into<String>) {
        self.0.push((key.to_string(), value.into()));
    }
    /// Sets `{name}_{locale}` for every language of a multilingual text.
    pub fn set_localized(&mut self, name: &str, text: &domain::Localized) {
        for l in domain::Locale::ALL {
            self.set(&format!("{name}_{}", l.code()), text.get(l).unwrap_or_default());
        }
    }
    /// The `{name}_{locale}` fields as (locale, text) pairs, for the domain parsers.
    pub fn localized(&self, name: &str) -> Vec<(domain::Locale, String)> {
        domain::Locale::ALL.iter().map(|l| (*l, self.get(&format!("{name}_{}", l.code())).to_string())).collect()
    }
    /// The `{name}_{locale}` fields for a template, one input per language.
    pub fn inputs(&self, name: &str) -> Vec<LocaleValue> {
        domain::Locale::ALL
            .iter()
            .map(|l| LocaleValue {
                code: l.code(),
                native_name: l.native_name(),
                dir: l.dir(),
                value: self.get(&format!("{name}_{}", l.code())).to_string(),
            })
            .collect()
    }
}

/// A store refusal as the form error it stands for (`field`, `code`); any other store error
/// is an internal error, but for the file storage being out of reach (a form error too).
pub fn refused(err: store::StoreError) -> Result<domain::validation::ValidationErrors, AppError> {
    let mut errors = domain::validation::ValidationErrors::new();
    match err {
        store::StoreError::Refused { field, code } => errors.add(field, code),
        // An unreachable bucket or a full disk: the person keeps the form and is told that
        // nothing was saved (save_upload removes what it wrote); the operator reads the log.
        store::StoreError::Files(detail) => {
            tracing::error!(%detail, "file storage");
            errors.add("file", "file-storage-unavailable");
        }
        other => return Err(other.into()),
    }
    Ok(errors)
}

#[derive(Deserialize)]
pub struct Empty {}
