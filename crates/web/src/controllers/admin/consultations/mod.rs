//! The consultation in the back office: opening it on a frozen draft, responding to every
//! contribution (drafted by the sub-commission, published by the secretariat), adopting the
//! final plan, moderation and the audit log.

pub mod audit;
pub mod contributions;
pub mod moderation;
pub mod open;
pub mod respond;

use domain::contribution::Contribution;
use domain::permissions::{can, Action, Principal, Scope};

/// Who may draft the response to a contribution: the secretariat, or members of the
/// sub-commission that drafts its theme. Once published, only the secretariat changes it.
pub(crate) fn may_draft(principal: &Principal, contribution: &Contribution) -> bool {
    let published = contribution.published_response().is_some();
    can(principal, Action::RunConsultation)
        || (!published && contribution.theme_id.is_some_and(|t| can(principal, Action::CoDraft(Scope::Theme(t)))))
}
