//! Public pages of action plans.

pub mod compliance;
pub mod dashboard;
pub mod index;
pub mod print;
pub mod quality;
pub mod self_assessment;
pub mod show;
