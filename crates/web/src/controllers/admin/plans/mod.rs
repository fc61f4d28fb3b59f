//! Plans in the back office: create and edit plans with their phases, add themes and
//! draft commitments.

pub mod commitment_new;
pub mod form;
pub mod index;
pub mod theme;
