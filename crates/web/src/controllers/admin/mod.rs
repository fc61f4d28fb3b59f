//! The back office: the secretariat manages users, roles and institutions.

pub mod commitments;
pub mod dashboard;
pub mod institutions;
pub mod plans;
pub mod users;
