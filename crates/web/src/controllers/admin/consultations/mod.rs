//! The consultation in the back office: opening it on a frozen draft, responding to every
//! contribution (drafted by the sub-commission, published by the secretariat), adopting the
//! final plan, moderation and the audit log.

pub mod audit;
pub mod contributions;
pub mod moderation;
pub mod open;
pub mod respond;

pub(crate) use crate::actions::respond::may_draft;
