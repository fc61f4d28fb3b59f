//! The back office: the secretariat manages users, roles, institutions, plans and the forum's
//! register (bodies, meetings, documents).

pub mod commitments;
pub mod consultations;
pub mod dashboard;
pub mod documents;
pub mod forum;
pub mod implementation;
pub mod institutions;
pub mod meetings;
pub mod news;
pub mod plans;
pub mod portals;
pub mod users;
