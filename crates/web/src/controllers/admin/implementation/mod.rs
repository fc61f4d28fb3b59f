//! Implementation in the back office: implementers report progress on the milestones their
//! institution is responsible for, and indicator measurements; the secretariat reviews them
//! when review is on; reviewers record IRM assessments. The same rules serve the JSON API.

pub mod assessment;
pub mod index;
pub mod measure;
pub mod progress;
pub mod review;
