//! Co-creation: participants propose ideas for commitments under a plan's themes, support
//! them and comment, while the plan is in its co-creation phase.

pub mod index;
pub mod show;
