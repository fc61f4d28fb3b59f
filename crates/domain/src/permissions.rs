//! Who may do what. Every authorisation decision in Sharaka goes through [`can`].
//!
//! Roles are granted per scope: globally, or for one institution, body or theme. A grant
//! for a scope covers actions on that scope only; a global grant covers every scope.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    ForumMember,
    Implementer,
    Moderator,
    Reviewer,
    Secretariat,
}

impl Role {
    pub const ALL: [Role; 5] =
        [Role::ForumMember, Role::Implementer, Role::Moderator, Role::Reviewer, Role::Secretariat];

    pub fn code(self) -> &'static str {
        match self {
            Role::ForumMember => "forum-member",
            Role::Implementer => "implementer",
            Role::Moderator => "moderator",
            Role::Reviewer => "reviewer",
            Role::Secretariat => "secretariat",
        }
    }

    pub fn parse(code: &str) -> Result<Role, &'static str> {
        Role::ALL.into_iter().find(|r| r.code() == code).ok_or("role-invalid")
    }

    /// The kinds of scope this role may be granted for.
    pub fn allowed_scopes(self) -> &'static [ScopeKind] {
        match self {
            Role::ForumMember => &[ScopeKind::Body, ScopeKind::Theme, ScopeKind::Global],
            Role::Implementer => &[ScopeKind::Institution],
            Role::Moderator | Role::Reviewer | Role::Secretariat => &[ScopeKind::Global],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ScopeKind {
    Global,
    Institution,
    Body,
    Theme,
}

impl ScopeKind {
    pub fn code(self) -> &'static str {
        match self {
            ScopeKind::Global => "global",
            ScopeKind::Institution => "institution",
            ScopeKind::Body => "body",
            ScopeKind::Theme => "theme",
        }
    }
    pub fn parse(code: &str) -> Result<ScopeKind, &'static str> {
        [ScopeKind::Global, ScopeKind::Institution, ScopeKind::Body, ScopeKind::Theme]
            .into_iter()
            .find(|s| s.code() == code)
            .ok_or("scope-invalid")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Scope {
    Global,
    Institution(i64),
    Body(i64),
    Theme(i64),
}

impl Scope {
    pub fn kind(self) -> ScopeKind {
        match self {
            Scope::Global => ScopeKind::Global,
            Scope::Institution(_) => ScopeKind::Institution,
            Scope::Body(_) => ScopeKind::Body,
            Scope::Theme(_) => ScopeKind::Theme,
        }
    }
    /// The id stored beside the kind; 0 for the global scope.
    pub fn id(self) -> i64 {
        match self {
            Scope::Global => 0,
            Scope::Institution(id) | Scope::Body(id) | Scope::Theme(id) => id,
        }
    }
    pub fn from_parts(kind: ScopeKind, id: i64) -> Scope {
        match kind {
            ScopeKind::Global => Scope::Global,
            ScopeKind::Institution => Scope::Institution(id),
            ScopeKind::Body => Scope::Body(id),
            ScopeKind::Theme => Scope::Theme(id),
        }
    }
    fn covers(self, target: Scope) -> bool {
        self == Scope::Global || self == target
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Grant {
    pub role: Role,
    pub scope: Scope,
}

/// Checks a new grant: the role must be grantable for that kind of scope.
pub fn validate_grant(role: Role, scope: Scope) -> Result<Grant, &'static str> {
    if role.allowed_scopes().contains(&scope.kind()) {
        Ok(Grant { role, scope })
    } else {
        Err("scope-not-allowed")
    }
}

/// Whether `grants` still back a personal API token acting for `institution_id`: the
/// implementer role for that institution, or the global secretariat. A token whose role is
/// withdrawn is revoked at once and for good (a later re-grant does not revive it), so a
/// ministry's leaked script key dies with the person's role.
pub fn backs_api_token(grants: &[Grant], institution_id: i64) -> bool {
    grants.iter().any(|g| {
        *g == Grant { role: Role::Implementer, scope: Scope::Institution(institution_id) }
            || *g == Grant { role: Role::Secretariat, scope: Scope::Global }
    })
}

/// The person making a request.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Principal {
    #[default]
    Visitor,
    /// A signed-in participant whose e-mail is verified, with their role grants.
    User { user_id: i64, grants: Vec<Grant> },
}

impl Principal {
    fn has(&self, role: Role, target: Scope) -> bool {
        match self {
            Principal::Visitor => false,
            Principal::User { grants, .. } => grants.iter().any(|g| g.role == role && g.scope.covers(target)),
        }
    }
    fn has_anywhere(&self, role: Role) -> bool {
        match self {
            Principal::Visitor => false,
            Principal::User { grants, .. } => grants.iter().any(|g| g.role == role),
        }
    }
}

/// Everything a request can ask to do. Actions on a scoped object carry its scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Read public pages, search, download open data.
    ViewPublic,
    /// See one's own account page.
    ViewOwnAccount,
    /// Propose, comment, support, follow.
    Participate,
    /// Co-draft commitments in a body or theme.
    CoDraft(Scope),
    /// Report progress on milestones an institution leads.
    ReportProgress(Scope),
    /// Hide flagged content with a public reason.
    Moderate,
    /// Record IRM-like assessments.
    Assess,
    /// Enter the back office at all.
    AccessBackOffice,
    ManageUsers,
    ManageRoles,
    ManageInstitutions,
    /// Create and edit plans, their phases and themes, and add commitments.
    ManagePlans,
    /// Keep the forum's register: bodies, memberships, meetings, recommendations, documents.
    ManageForum,
    /// Run consultations, publish reasoned responses and adopt the final plan. Drafting a
    /// response is co-drafting (`CoDraft` of the contribution's theme).
    RunConsultation,
}

impl Action {
    /// Representative actions, one per variant, for the permission matrix test and docs.
    pub fn catalogue() -> Vec<Action> {
        vec![
            Action::ViewPublic,
            Action::ViewOwnAccount,
            Action::Participate,
            Action::CoDraft(Scope::Body(1)),
            Action::ReportProgress(Scope::Institution(1)),
            Action::Moderate,
            Action::Assess,
            Action::AccessBackOffice,
            Action::ManageUsers,
            Action::ManageRoles,
            Action::ManageInstitutions,
            Action::ManagePlans,
            Action::ManageForum,
            Action::RunConsultation,
        ]
    }
}

/// The single authorisation rule of the portal.
pub fn can(principal: &Principal, action: Action) -> bool {
    let signed_in = matches!(principal, Principal::User { .. });
    let secretariat = principal.has(Role::Secretariat, Scope::Global);
    match action {
        Action::ViewPublic => true,
        Action::ViewOwnAccount | Action::Participate => signed_in,
        Action::CoDraft(scope) => secretariat || principal.has(Role::ForumMember, scope),
        Action::ReportProgress(scope) => secretariat || principal.has(Role::Implementer, scope),
        Action::Moderate => secretariat || principal.has(Role::Moderator, Scope::Global),
        Action::Assess => principal.has(Role::Reviewer, Scope::Global),
        // Every role with back-office work may enter; each page then checks its own action.
        Action::AccessBackOffice => secretariat || Role::ALL.iter().any(|r| principal.has_anywhere(*r)),
        Action::ManageUsers
        | Action::ManageRoles
        | Action::ManageInstitutions
        | Action::ManagePlans
        | Action::ManageForum
        | Action::RunConsultation => secretariat,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(role: Role, scope: Scope) -> Principal {
        Principal::User { user_id: 7, grants: vec![Grant { role, scope }] }
    }

    /// The full matrix: each principal against each action. A change of policy must change this table.
    #[test]
    fn permission_matrix() {
        let principals: Vec<(&str, Principal)> = vec![
            ("visitor", Principal::Visitor),
            ("participant", Principal::User { user_id: 7, grants: vec![] }),
            ("forum-member", user(Role::ForumMember, Scope::Body(1))),
            ("implementer", user(Role::Implementer, Scope::Institution(1))),
            ("moderator", user(Role::Moderator, Scope::Global)),
            ("reviewer", user(Role::Reviewer, Scope::Global)),
            ("secretariat", user(Role::Secretariat, Scope::Global)),
        ];
        // Columns follow Action::catalogue():
        // view, account, participate, co-draft body 1, report inst 1, moderate, assess, back office, users, roles, institutions, plans, forum, consultation
        let expected: [(&str, [u8; 14]); 7] = [
            ("visitor", [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
            ("participant", [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
            ("forum-member", [1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]),
            ("implementer", [1, 1, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0]),
            ("moderator", [1, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0]),
            ("reviewer", [1, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0]),
            ("secretariat", [1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1]),
        ];
        for ((name, principal), (row_name, row)) in principals.iter().zip(expected.iter()) {
            assert_eq!(name, row_name);
            for (action, allowed) in Action::catalogue().into_iter().zip(row.iter()) {
                assert_eq!(can(principal, action), *allowed == 1, "{name} {action:?}");
            }
        }
    }

    #[test]
    fn scoped_grants_do_not_leak_to_other_scopes() {
        let member = user(Role::ForumMember, Scope::Body(1));
        assert!(can(&member, Action::CoDraft(Scope::Body(1))));
        assert!(!can(&member, Action::CoDraft(Scope::Body(2))));
        assert!(!can(&member, Action::CoDraft(Scope::Theme(1))));
        let implementer = user(Role::Implementer, Scope::Institution(3));
        assert!(!can(&implementer, Action::ReportProgress(Scope::Institution(4))));
        let global_member = user(Role::ForumMember, Scope::Global);
        assert!(can(&global_member, Action::CoDraft(Scope::Theme(9))));
    }

    #[test]
    fn grants_respect_allowed_scopes() {
        assert!(validate_grant(Role::Implementer, Scope::Institution(1)).is_ok());
        assert_eq!(validate_grant(Role::Implementer, Scope::Global), Err("scope-not-allowed"));
        assert_eq!(validate_grant(Role::Secretariat, Scope::Body(1)), Err("scope-not-allowed"));
    }

    #[test]
    fn api_tokens_live_only_while_their_role_does() {
        let implementer = Grant { role: Role::Implementer, scope: Scope::Institution(7) };
        assert!(backs_api_token(&[implementer], 7));
        assert!(!backs_api_token(&[implementer], 8), "another institution's token");
        assert!(!backs_api_token(&[], 7), "role withdrawn");
        assert!(backs_api_token(&[Grant { role: Role::Secretariat, scope: Scope::Global }], 8));
        assert!(!backs_api_token(&[Grant { role: Role::Moderator, scope: Scope::Global }], 7));
    }
}
