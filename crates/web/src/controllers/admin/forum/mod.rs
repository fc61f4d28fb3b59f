//! Back office of the forum register: bodies and their memberships.

pub mod body;
pub mod index;
pub mod membership;
pub mod person;

use domain::forum::{Body, BodyForm, BodyInput};
use domain::validation::ValidationErrors;
use store::StoreError;

use crate::forms::FormValues;

pub(crate) fn body_input(values: &FormValues) -> Result<BodyInput, ValidationErrors> {
    BodyInput::parse(&BodyForm {
        slug: values.get("slug").to_string(),
        kind: values.get("kind").to_string(),
        names: values.localized("name"),
        parent_id: values.get("parent_id").to_string(),
        theme_ids: values.all("theme_ids"),
    })
}

pub(crate) fn body_values(body: &Body) -> FormValues {
    let mut values = FormValues::default();
    values.set("slug", &body.slug);
    values.set("kind", body.kind.code());
    values.set_localized("name", &body.name);
    values.set("parent_id", body.parent_id.map(|p| p.to_string()).unwrap_or_default());
    for theme in &body.theme_ids {
        values.set("theme_ids", theme.to_string());
    }
    values
}

/// A store error as form errors: a slug conflict on `slug`, a refusal on its field.
pub(crate) fn refusal(err: StoreError, slug_code: &'static str) -> Result<ValidationErrors, crate::error::AppError> {
    match err {
        StoreError::Conflict => {
            let mut errors = ValidationErrors::new();
            errors.add("slug", slug_code);
            Ok(errors)
        }
        other => crate::forms::refused(other),
    }
}
