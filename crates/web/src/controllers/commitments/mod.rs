//! Public pages of commitments.

pub mod history;
pub mod show;
