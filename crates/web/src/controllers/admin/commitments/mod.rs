//! Drafting commitments in the back office.

pub mod edit;
pub mod indicator;
pub mod milestone;
