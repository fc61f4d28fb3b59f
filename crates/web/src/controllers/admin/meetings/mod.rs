//! Back office of meetings: the meeting form (with attendance) and its recommendations.

pub mod form;
pub mod index;
pub mod input;
pub mod recommendation;
