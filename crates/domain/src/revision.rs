//! Drafting with history: the editable design of a commitment, who may change it when,
//! and readable word-level differences between any two versions.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::Date;

use crate::commitment::{Commitment, CommitmentStatus, Indicator, Milestone, OgpValue, TEXT_FIELDS};
use crate::permissions::{can, Action, Principal, Role, Scope};
use crate::plan::{PhaseKind, Plan};
use crate::{Locale, Localized};

/// The design of a commitment as drafters edit it. Every saved version is kept whole,
/// so that any two can be compared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Design {
    pub texts: BTreeMap<String, Localized>,
    pub status: CommitmentStatus,
    pub lead_institution_id: Option<i64>,
    pub supporting_institution_ids: Vec<i64>,
    pub values: Vec<OgpValue>,
    pub starts_on: Option<Date>,
    pub ends_on: Option<Date>,
    /// Milestones and indicators as they stood in this version (older revisions have none).
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    #[serde(default)]
    pub indicators: Vec<Indicator>,
}

impl Design {
    pub fn of(c: &Commitment) -> Design {
        Design {
            texts: c.texts.clone(),
            status: c.status,
            lead_institution_id: c.lead_institution_id,
            supporting_institution_ids: c.supporting_institution_ids.clone(),
            values: c.values.clone(),
            starts_on: c.starts_on,
            ends_on: c.ends_on,
            milestones: vec![],
            indicators: vec![],
        }
    }

    /// The design with its milestones and indicators, as the history keeps it.
    pub fn with_parts(c: &Commitment, milestones: Vec<Milestone>, indicators: Vec<Indicator>) -> Design {
        Design { milestones, indicators, ..Design::of(c) }
    }

    /// The names of the fields that differ, text fields per language (`problem:ar`).
    pub fn changed_fields(&self, other: &Design) -> Vec<String> {
        let mut changed = vec![];
        for field in TEXT_FIELDS {
            let (a, b) = (
                self.texts.get(field).cloned().unwrap_or_default(),
                other.texts.get(field).cloned().unwrap_or_default(),
            );
            for locale in Locale::ALL {
                if a.get(locale) != b.get(locale) {
                    changed.push(format!("{field}:{}", locale.code()));
                }
            }
        }
        let mut plain = |name: &str, differs: bool| {
            if differs {
                changed.push(name.to_string());
            }
        };
        plain("status", self.status != other.status);
        plain("lead", self.lead_institution_id != other.lead_institution_id);
        plain("supporters", self.supporting_institution_ids != other.supporting_institution_ids);
        plain("values", self.values != other.values);
        plain("period", (self.starts_on, self.ends_on) != (other.starts_on, other.ends_on));
        // Milestones and indicators by position; ids and owner do not count as content.
        let content = |m: &Milestone| {
            (m.output.clone(), m.starts_on, m.due_on, m.responsible_institution_id, m.status, m.percent)
        };
        for n in 0..self.milestones.len().max(other.milestones.len()) {
            if self.milestones.get(n).map(content) != other.milestones.get(n).map(content) {
                changed.push(format!("milestone:{}", n + 1));
            }
        }
        let content = |i: &Indicator| {
            (i.name.clone(), i.unit.clone(), i.baseline.clone(), i.target.clone(), i.measurements.clone())
        };
        for n in 0..self.indicators.len().max(other.indicators.len()) {
            if self.indicators.get(n).map(content) != other.indicators.get(n).map(content) {
                changed.push(format!("indicator:{}", n + 1));
            }
        }
        changed
    }
}

/// A saved version of a commitment's design.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    pub id: i64,
    pub commitment_id: i64,
    /// `None` for the version imported or created before anyone edited it.
    pub author_id: Option<i64>,
    pub author_name: Option<String>,
    pub created_at: i64,
    pub changed_fields: Vec<String>,
    pub design: Design,
}

/// Why an edit is refused, as a stable code.
pub type EditRefusal = &'static str;

/// Who may change a commitment's design, and when.
/// - the secretariat, always while the commitment is not adopted;
/// - a forum member of the commitment's theme, while the plan is in co-creation or drafting;
/// - after adoption the design is locked for everyone (only progress moves); the
///   secretariat may still change the status, e.g. to reopen it.
pub fn may_edit_design(
    principal: &Principal,
    commitment: &Commitment,
    plan: &Plan,
    today: Date,
) -> Result<(), EditRefusal> {
    let secretariat = can(principal, Action::ManageInstitutions);
    let theme_member = commitment.theme_id.is_some_and(|t| can(principal, Action::CoDraft(Scope::Theme(t))))
        && matches!(principal, Principal::User { grants, .. } if grants.iter().any(|g| g.role == Role::ForumMember));
    if !secretariat && !theme_member {
        return Err("edit-not-allowed");
    }
    if commitment.status == CommitmentStatus::Adopted {
        return Err("edit-locked-adopted");
    }
    if !secretariat && !matches!(plan.current_phase(today), Some(PhaseKind::CoCreation | PhaseKind::Drafting)) {
        return Err("edit-outside-drafting");
    }
    Ok(())
}

/// May this person change only the status (the secretariat reopening an adopted commitment)?
pub fn may_change_status(principal: &Principal) -> bool {
    can(principal, Action::ManageInstitutions)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Same,
    Added,
    Removed,
}

/// A run of words that is the same, added or removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffPart {
    pub change: Change,
    pub text: String,
}

/// Word-level differences from `before` to `after` (works for Arabic and Tifinagh too:
/// words are split on white space, not on Latin letters).
pub fn diff_words(before: &str, after: &str) -> Vec<DiffPart> {
    let diff = similar::TextDiff::from_words(before, after);
    let mut parts: Vec<DiffPart> = vec![];
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            similar::ChangeTag::Equal => Change::Same,
            similar::ChangeTag::Insert => Change::Added,
            similar::ChangeTag::Delete => Change::Removed,
        };
        match parts.last_mut() {
            Some(last) if last.change == kind => last.text.push_str(change.value()),
            _ => parts.push(DiffPart { change: kind, text: change.value().to_string() }),
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::permissions::Grant;
    use time::macros::date;

    fn commitment(status: CommitmentStatus) -> Commitment {
        Commitment {
            id: 1,
            code: "MO0100".into(),
            plan_id: 1,
            theme_id: Some(5),
            number: None,
            status,
            texts: BTreeMap::new(),
            lead_institution_id: None,
            supporting_institution_ids: vec![],
            values: vec![],
            policy_areas: vec![],
            assessment: BTreeMap::new(),
            starts_on: None,
            ends_on: None,
            source_url: None,
        }
    }

    fn plan_in(kind: PhaseKind) -> Plan {
        Plan {
            id: 1,
            slug: "p".into(),
            member: "Morocco".into(),
            number: 3,
            title: Localized::new(),
            starts_on: None,
            ends_on: None,
            ogp_id: None,
            phases: vec![crate::plan::Phase { kind, starts_on: date!(2026 - 01 - 01), ends_on: None }],
        }
    }

    fn user(role: Role, scope: Scope) -> Principal {
        Principal::User { user_id: 1, grants: vec![Grant { role, scope }] }
    }

    #[test]
    fn who_may_edit_when() {
        let today = date!(2026 - 11 - 27);
        let draft = commitment(CommitmentStatus::Draft);
        let secretariat = user(Role::Secretariat, Scope::Global);
        let member = user(Role::ForumMember, Scope::Theme(5));
        let other_member = user(Role::ForumMember, Scope::Theme(6));
        let drafting = plan_in(PhaseKind::Drafting);
        let implementing = plan_in(PhaseKind::Implementation);
        assert_eq!(may_edit_design(&secretariat, &draft, &implementing, today), Ok(()));
        assert_eq!(may_edit_design(&member, &draft, &drafting, today), Ok(()));
        assert_eq!(may_edit_design(&member, &draft, &implementing, today), Err("edit-outside-drafting"));
        assert_eq!(may_edit_design(&other_member, &draft, &drafting, today), Err("edit-not-allowed"));
        assert_eq!(may_edit_design(&Principal::Visitor, &draft, &drafting, today), Err("edit-not-allowed"));
        let adopted = commitment(CommitmentStatus::Adopted);
        assert_eq!(may_edit_design(&secretariat, &adopted, &drafting, today), Err("edit-locked-adopted"));
        assert!(may_change_status(&secretariat));
        assert!(!may_change_status(&member));
    }

    #[test]
    fn word_diffs_in_every_script() {
        let parts = diff_words("نشر الميزانية السنوية", "نشر الميزانية المفتوحة السنوية");
        assert_eq!(
            parts.iter().filter(|p| p.change == Change::Added).map(|p| p.text.trim()).collect::<Vec<_>>(),
            vec!["المفتوحة"]
        );
        let parts = diff_words("Publier le rapport annuel", "Publier le rapport trimestriel");
        let removed: Vec<_> = parts.iter().filter(|p| p.change == Change::Removed).map(|p| p.text.trim()).collect();
        let added: Vec<_> = parts.iter().filter(|p| p.change == Change::Added).map(|p| p.text.trim()).collect();
        assert_eq!((removed, added), (vec!["annuel"], vec!["trimestriel"]));
        assert!(diff_words("ⴰⵣⵓⵍ", "ⴰⵣⵓⵍ").iter().all(|p| p.change == Change::Same));
    }

    #[test]
    fn changed_fields_name_field_and_language() {
        let mut a = Design::of(&commitment(CommitmentStatus::Draft));
        let mut b = a.clone();
        b.texts.insert("problem".into(), Localized::from_pairs([(Locale::Ar, "مشكلة")]));
        b.status = CommitmentStatus::InConsultation;
        assert_eq!(a.changed_fields(&b), vec!["problem:ar", "status"]);
        a.values = vec![OgpValue::CivicParticipation];
        assert!(a.changed_fields(&b).contains(&"values".to_string()));
    }
}
