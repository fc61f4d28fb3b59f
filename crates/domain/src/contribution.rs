//! Contributions of participants during co-creation: proposals (ideas for commitments) under
//! a theme, and comments on them. Reasoned responses and the consultation come later; the
//! checks here keep the channel open to people and closed to spam.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::forum::vocabulary;
use crate::plan::{PhaseKind, Plan};
use crate::validation::ValidationErrors;
use crate::Localized;

vocabulary!(
    /// A meeting input is an idea the secretariat recorded from a meeting or workshop.
    ContributionKind, "contribution-kind-invalid", {
        Proposal => "proposal",
        Comment => "comment",
        MeetingInput => "meeting-input",
    }
);

pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_BODY_CHARS: usize = 5_000;
/// More links than this in one contribution is the mark of spam, not of an argument.
pub const MAX_LINKS: usize = 2;
/// The longest reason kept for a report or a moderator's decision.
pub const MAX_REASON_CHARS: usize = 500;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contribution {
    pub id: i64,
    pub plan_id: i64,
    pub kind: ContributionKind,
    pub theme_id: Option<i64>,
    /// The proposal a comment is about.
    pub parent_id: Option<i64>,
    /// The meeting an input was recorded from.
    pub meeting_id: Option<i64>,
    pub author_id: i64,
    pub author_name: String,
    /// The author's official role, when they hold one (the secretariat, a moderator, a
    /// ministry's implementer, a reviewer, a forum member): pages show it as a badge beside
    /// the name, so a participant named like an official cannot pass for one.
    pub author_role: Option<crate::permissions::Role>,
    pub title: String,
    pub body: String,
    pub created_at: i64,
    /// How many participants support it (proposals only).
    pub supports: i64,
    /// The consultation a comment on the frozen draft belongs to.
    pub consultation_id: Option<i64>,
    /// Where in the frozen draft it points (a consultation `Target` written out).
    pub target: String,
    /// Set when a moderator hid it: the public reason on its tombstone.
    pub hidden_reason: Option<String>,
    /// Waiting for a moderator (pre-moderation of a first contribution).
    pub pending: bool,
    /// The reasoned response, drafted or published.
    pub response: Option<Response>,
}

impl Contribution {
    /// The response, once the secretariat published it.
    pub fn published_response(&self) -> Option<&Response> {
        self.response.as_ref().filter(|r| r.is_published())
    }
    pub fn is_hidden(&self) -> bool {
        self.hidden_reason.is_some()
    }
}

vocabulary!(
    /// The reasoned response OGP's standards ask for.
    ResponseStatus, "response-status-invalid", {
        Adopted => "adopted",
        PartlyAdopted => "partly-adopted",
        Merged => "merged",
        NotAdopted => "not-adopted",
        OutOfScope => "out-of-scope",
    }
);

/// A response as stored: drafted, then published (only then is it public).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    pub contribution_id: i64,
    pub status: ResponseStatus,
    /// The commitment a contribution was merged into (its code).
    pub merged_into: Option<String>,
    pub justification: Localized,
    /// The revision of a commitment the contribution caused, and that commitment's code.
    pub revision_id: Option<i64>,
    pub revision_of: Option<String>,
    pub drafted_at: i64,
    pub published_at: Option<i64>,
}

impl Response {
    pub fn is_published(&self) -> bool {
        self.published_at.is_some()
    }
}

/// A contribution ready to store: checked text, its place in the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContributionInput {
    pub plan_id: i64,
    pub kind: ContributionKind,
    pub theme_id: Option<i64>,
    pub parent_id: Option<i64>,
    pub meeting_id: Option<i64>,
    pub consultation_id: Option<i64>,
    pub target: String,
    pub title: String,
    pub body: String,
}

/// Whether the plan takes contributions on `today`: only while co-creation is under way.
pub fn open_for_proposals(plan: &Plan, today: Date) -> Result<(), &'static str> {
    match plan.current_phase(today) {
        Some(PhaseKind::CoCreation) => Ok(()),
        _ => Err("co-creation-closed"),
    }
}

/// Whether `user_id` may support `proposal`: not their own (an author's support would count
/// them twice), and not one hidden by a moderator.
pub fn may_support(proposal: &Contribution, user_id: i64) -> Result<(), &'static str> {
    if proposal.author_id == user_id {
        Err("support-own-proposal")
    } else if proposal.is_hidden() {
        Err("support-hidden")
    } else {
        Ok(())
    }
}

/// Counts web links the way a reader sees them (`http://`, `https://`, `www.`).
pub fn link_count(text: &str) -> usize {
    let lower = text.to_lowercase();
    lower.matches("http://").count() + lower.matches("https://").count() + lower.matches("www.").count()
        - lower.matches("://www.").count()
}

pub(crate) fn check_text(
    errors: &mut ValidationErrors,
    field: &'static str,
    text: &str,
    max: usize,
    required: &'static str,
) -> String {
    let text = text.trim();
    if text.is_empty() {
        errors.add(field, required);
    } else if text.chars().count() > max {
        errors.add(field, "text-too-long");
    } else if link_count(text) > MAX_LINKS {
        errors.add(field, "too-many-links");
    }
    text.to_string()
}

impl ContributionInput {
    /// A proposal: a title and a text under one of the plan's themes. `honeypot` is a field
    /// people never see; anything in it means a robot filled the form.
    pub fn proposal(
        plan_id: i64,
        theme: &str,
        plan_themes: &[i64],
        title: &str,
        body: &str,
        honeypot: &str,
    ) -> Result<ContributionInput, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if !honeypot.trim().is_empty() {
            errors.add("body", "submission-refused");
            return Err(errors);
        }
        let theme_id = match theme.trim().parse::<i64>() {
            Ok(id) if plan_themes.contains(&id) => Some(id),
            _ => {
                errors.add("theme_id", "theme-invalid");
                None
            }
        };
        let title = check_text(&mut errors, "title", title, MAX_TITLE_CHARS, "proposal-title-required");
        let body = check_text(&mut errors, "body", body, MAX_BODY_CHARS, "proposal-body-required");
        errors.clone().into_result()?;
        Ok(ContributionInput {
            plan_id,
            kind: ContributionKind::Proposal,
            theme_id,
            parent_id: None,
            meeting_id: None,
            consultation_id: None,
            target: String::new(),
            title,
            body,
        })
    }

    /// An idea that came up at a meeting, recorded by the secretariat under a theme.
    pub fn meeting_input(
        plan_id: i64,
        theme_id: i64,
        meeting_id: i64,
        title: &str,
        body: &str,
    ) -> Result<ContributionInput, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let title = check_text(&mut errors, "title", title, MAX_TITLE_CHARS, "proposal-title-required");
        let body = check_text(&mut errors, "body", body, MAX_BODY_CHARS, "proposal-body-required");
        errors.clone().into_result()?;
        Ok(ContributionInput {
            plan_id,
            kind: ContributionKind::MeetingInput,
            theme_id: Some(theme_id),
            parent_id: None,
            meeting_id: Some(meeting_id),
            consultation_id: None,
            target: String::new(),
            title,
            body,
        })
    }

    /// Whether others can support and discuss it (proposals and meeting inputs).
    pub fn is_idea(kind: ContributionKind) -> bool {
        matches!(kind, ContributionKind::Proposal | ContributionKind::MeetingInput)
    }

    /// A comment on a proposal.
    pub fn comment(proposal: &Contribution, body: &str, honeypot: &str) -> Result<ContributionInput, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if !honeypot.trim().is_empty() {
            errors.add("body", "submission-refused");
            return Err(errors);
        }
        let body = check_text(&mut errors, "body", body, MAX_BODY_CHARS, "comment-body-required");
        errors.clone().into_result()?;
        Ok(ContributionInput {
            plan_id: proposal.plan_id,
            kind: ContributionKind::Comment,
            theme_id: proposal.theme_id,
            parent_id: Some(proposal.id),
            meeting_id: None,
            consultation_id: None,
            target: String::new(),
            title: String::new(),
            body,
        })
    }
}

/// What the reader may see: everything public, and their own contributions still waiting
/// for a moderator.
pub fn visible(contributions: Vec<Contribution>, user: Option<i64>) -> Vec<Contribution> {
    contributions.into_iter().filter(|c| !c.pending || Some(c.author_id) == user).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proposals_need_a_theme_of_the_plan_a_title_and_a_text() {
        let ok = ContributionInput::proposal(
            1,
            "7",
            &[7, 8],
            " Publier les budgets ",
            "Chaque commune publie son budget.",
            "",
        )
        .expect("valid");
        assert_eq!((ok.theme_id, ok.title.as_str()), (Some(7), "Publier les budgets"));
        let err = ContributionInput::proposal(1, "9", &[7], "", " ", "").expect_err("refused");
        assert_eq!(err.for_field("theme_id"), Some("theme-invalid"));
        assert_eq!(err.for_field("title"), Some("proposal-title-required"));
        assert_eq!(err.for_field("body"), Some("proposal-body-required"));
        let long = "ن".repeat(MAX_BODY_CHARS + 1);
        let err = ContributionInput::proposal(1, "7", &[7], "عنوان", &long, "").expect_err("too long");
        assert_eq!(err.for_field("body"), Some("text-too-long"));
    }

    #[test]
    fn robots_and_link_farms_are_refused() {
        let err =
            ContributionInput::proposal(1, "7", &[7], "Title", "Text", "http://spam.example").expect_err("honeypot");
        assert_eq!(err.for_field("body"), Some("submission-refused"));
        let links = "see https://a.example https://b.example www.c.example";
        assert_eq!(link_count(links), 3);
        assert_eq!(link_count("https://www.opengovpartnership.org"), 1);
        let err = ContributionInput::proposal(1, "7", &[7], "Title", links, "").expect_err("links");
        assert_eq!(err.for_field("body"), Some("too-many-links"));
        assert!(ContributionInput::proposal(1, "7", &[7], "Title", "One source: https://data.gov.ma", "").is_ok());
    }
}
