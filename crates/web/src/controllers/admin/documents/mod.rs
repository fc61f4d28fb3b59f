//! Back office of the document repository: uploads and registered links.

pub mod index;
pub mod link;
pub mod upload;
pub mod withdraw;

use domain::documents::{DocumentInput, DocumentKind};
use domain::validation::ValidationErrors;

use crate::forms::FormValues;

pub(crate) fn document_input(values: &FormValues) -> Result<DocumentInput, ValidationErrors> {
    DocumentInput::parse(
        values.get("kind"),
        &values.localized("title"),
        values.get("language"),
        values.get("published_on"),
        values.get("meeting_id"),
        values.get("body_id"),
    )
}

pub(crate) fn kind_codes() -> &'static [DocumentKind] {
    DocumentKind::ALL
}
