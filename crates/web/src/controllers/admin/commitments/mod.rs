//! Drafting commitments in the back office.

pub mod edit;
pub mod milestone;
