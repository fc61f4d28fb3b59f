//! Public pages of commitments.

pub mod show;
