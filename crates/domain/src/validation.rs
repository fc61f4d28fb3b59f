//! Field-level validation errors with stable codes.
//!
//! A code is also the Fluent message id shown to the user (`error-<code>`), so the same
//! failure reads correctly in every locale and stays stable for API clients.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// Name of the form field (or JSON property) the error belongs to.
    pub field: &'static str,
    /// Stable, translatable error code such as `email-invalid`.
    pub code: &'static str,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ValidationErrors(pub Vec<FieldError>);

impl ValidationErrors {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn add(&mut self, field: &'static str, code: &'static str) {
        self.0.push(FieldError { field, code });
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn for_field(&self, field: &str) -> Option<&'static str> {
        self.0.iter().find(|e| e.field == field).map(|e| e.code)
    }
    /// Records the error of a parse result and returns the parsed value, if any.
    pub fn check<T>(&mut self, field: &'static str, result: Result<T, &'static str>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(code) => {
                self.add(field, code);
                None
            }
        }
    }
    /// Like [`check`](Self::check), for parsers whose errors belong to different fields.
    pub fn check_by_code<T>(
        &mut self,
        result: Result<T, &'static str>,
        field_of: impl Fn(&str) -> &'static str,
    ) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(code) => {
                self.add(field_of(code), code);
                None
            }
        }
    }

    pub fn into_result(self) -> Result<(), ValidationErrors> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.0.iter().map(|e| format!("{}: {}", e.field, e.code)).collect();
        write!(f, "{}", parts.join(", "))
    }
}

impl std::error::Error for ValidationErrors {}
