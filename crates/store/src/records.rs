//! Plain records passed in and out of the store.

use domain::permissions::{Grant, Role, Scope, ScopeKind};
use domain::Localized;

use crate::StoreError;

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub password_hash: String,
    pub locale: String,
    pub email_verified_at: Option<i64>,
    pub created_at: i64,
}

#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: String,
    pub name: String,
    pub password_hash: String,
    pub locale: String,
    pub email_verified_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantRecord {
    pub id: i64,
    pub user_id: i64,
    pub grant: Grant,
    pub created_at: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    VerifyEmail,
    ResetPassword,
}

impl TokenPurpose {
    pub fn code(self) -> &'static str {
        match self {
            TokenPurpose::VerifyEmail => "verify-email",
            TokenPurpose::ResetPassword => "reset-password",
        }
    }
}

/// A one-time token to create, stored by its hash only.
#[derive(Debug, Clone)]
pub struct NewToken {
    pub token_hash: String,
    pub purpose: TokenPurpose,
    pub expires_at: i64,
}

/// What became of an attempt to use a one-time token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenCheck {
    Valid { user_id: i64 },
    Expired,
    AlreadyUsed,
    Unknown,
}

/// An e-mail to put in the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMail {
    pub recipient: String,
    pub subject: String,
    pub body: String,
    /// For mail people subscribed to: the one-click unsubscribe address (RFC 8058).
    pub unsubscribe: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct QueuedMail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub attempts: i64,
    pub unsubscribe: Option<String>,
}

/// Table rows as decoded by sqlx; converted to domain types with checks.
#[derive(sqlx::FromRow)]
pub(crate) struct InstitutionRow {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub acronym: Option<String>,
    pub branch: String,
    pub parent_id: Option<i64>,
}

impl TryFrom<InstitutionRow> for domain::institution::Institution {
    type Error = StoreError;
    fn try_from(row: InstitutionRow) -> Result<Self, StoreError> {
        use domain::institution::{Branch, Slug};
        Ok(Self {
            id: row.id,
            slug: Slug::parse(&row.slug)
                .map_err(|e| StoreError::Corrupt(format!("institution {} slug: {e}", row.id)))?,
            name: Localized::from_json(&row.name)
                .map_err(|e| StoreError::Corrupt(format!("institution {} name: {e}", row.id)))?,
            acronym: row.acronym,
            branch: Branch::parse(&row.branch)
                .map_err(|e| StoreError::Corrupt(format!("institution {} branch: {e}", row.id)))?,
            parent_id: row.parent_id,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct GrantRow {
    pub id: i64,
    pub user_id: i64,
    pub role: String,
    pub scope_kind: String,
    pub scope_id: i64,
    pub created_at: i64,
}

impl TryFrom<GrantRow> for GrantRecord {
    type Error = StoreError;
    fn try_from(r: GrantRow) -> Result<Self, StoreError> {
        let role = Role::parse(&r.role).map_err(|e| StoreError::Corrupt(format!("grant {}: {e}", r.id)))?;
        let kind = ScopeKind::parse(&r.scope_kind).map_err(|e| StoreError::Corrupt(format!("grant {}: {e}", r.id)))?;
        Ok(GrantRecord {
            id: r.id,
            user_id: r.user_id,
            grant: Grant { role, scope: Scope::from_parts(kind, r.scope_id) },
            created_at: r.created_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct TokenRow {
    pub user_id: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
}
