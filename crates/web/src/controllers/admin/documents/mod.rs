//! Back office of the document repository: uploads and registered links.

pub mod index;
pub mod link;
pub mod upload;
pub mod withdraw;

use domain::documents::DocumentKind;

pub(crate) fn kind_codes() -> &'static [DocumentKind] {
    DocumentKind::ALL
}
