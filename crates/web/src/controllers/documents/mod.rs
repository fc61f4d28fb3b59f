//! The public document repository: listing with filters, and downloads.

pub mod download;
pub mod index;
