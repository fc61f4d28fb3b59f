//! The repository trait every backend implements, and the SQL both backends share.

use async_trait::async_trait;
use domain::institution::{Institution, InstitutionInput};
use domain::permissions::Grant;

use crate::records::*;
use crate::StoreError;

/// Everything Sharaka stores. Compound operations (registering, resetting a password) run
/// in one transaction so that a failure leaves nothing half-written.
#[async_trait]
pub trait Database:
    crate::plans::PlanRepository
    + crate::forum::ForumRepository
    + crate::contributions::ContributionRepository
    + crate::consultations::ConsultationRepository
    + crate::implementation::ImplementationRepository
    + crate::search::SearchRepository
    + crate::news::NewsRepository
    + crate::portals::PortalRepository
    + crate::changes::ChangeFeed
    + crate::backup::BackupRepository
    + crate::subscriptions::SubscriptionRepository
    + Send
    + Sync
    + 'static
{
    /// The backend's name, for logs and `/healthz`.
    fn backend(&self) -> &'static str;
    /// Connections open and idle now, in every pool (for `/metrics`).
    fn connections(&self) -> PoolStatus;
    async fn migrate(&self) -> Result<(), StoreError>;
    /// Applies the migrations up to `version` only (the upgrade test starts from the schema
    /// of an earlier release, then [`Database::migrate`]s). Migrations only go forward.
    async fn migrate_to(&self, version: i64) -> Result<(), StoreError>;
    async fn ping(&self) -> Result<(), StoreError>;
    /// Closes every connection; later calls fail. Used at shutdown and to test outages.
    async fn close(&self);
    /// Refreshes the query planner's statistics after a bulk load (an import, a restore,
    /// synthetic data, a first search index): without them PostgreSQL scans whole tables
    /// where a small index would do, until autovacuum (which may be off) catches up.
    async fn refresh_statistics(&self) -> Result<(), StoreError>;

    // Settings shared by every server process (e.g. the CSRF signing secret).
    /// Stores `value` under `key` unless a value exists; returns the stored value.
    async fn setting_or_insert(&self, key: &str, value: &str) -> Result<String, StoreError>;

    // Institutions
    async fn list_institutions(&self) -> Result<Vec<Institution>, StoreError>;
    async fn institution(&self, id: i64) -> Result<Option<Institution>, StoreError>;
    async fn institution_by_slug(&self, slug: &str) -> Result<Option<Institution>, StoreError>;
    async fn create_institution(&self, input: &InstitutionInput, now: i64) -> Result<Institution, StoreError>;
    async fn update_institution(&self, id: i64, input: &InstitutionInput, now: i64) -> Result<Institution, StoreError>;
    /// Merges the duplicate `from` into `into` in one transaction: every commitment it leads or
    /// supports, milestone it is responsible for, forum seat, reporting token, role grant and
    /// child institution moves to `into`, then `from` is deleted. `NotFound` if either is
    /// missing; the caller refuses merging an institution into itself.
    async fn merge_institution(&self, from: i64, into: i64, now: i64) -> Result<(), StoreError>;

    // Users and roles
    async fn create_user(&self, user: &NewUser, now: i64) -> Result<User, StoreError>;
    /// Creates a user with role grants, all or nothing (administrators, seeded accounts).
    async fn create_user_with_grants(&self, user: &NewUser, grants: &[Grant], now: i64) -> Result<User, StoreError>;
    /// Creates a user, a verification token and the mail that carries it, all or nothing.
    async fn register_user(
        &self,
        user: &NewUser,
        token: &NewToken,
        mail: &NewMail,
        now: i64,
    ) -> Result<User, StoreError>;
    async fn user(&self, id: i64) -> Result<Option<User>, StoreError>;
    async fn user_by_email(&self, email: &str) -> Result<Option<User>, StoreError>;
    async fn list_users(&self) -> Result<Vec<User>, StoreError>;
    async fn count_users(&self) -> Result<i64, StoreError>;
    async fn grants_of(&self, user_id: i64) -> Result<Vec<GrantRecord>, StoreError>;
    async fn all_grants(&self) -> Result<Vec<GrantRecord>, StoreError>;
    /// Adds a grant; granting the same role and scope twice is a no-op.
    async fn add_grant(&self, user_id: i64, grant: Grant, granted_by: Option<i64>, now: i64) -> Result<(), StoreError>;
    async fn remove_grant(&self, user_id: i64, grant_id: i64) -> Result<bool, StoreError>;

    // Sessions (stored by token hash, shared by every server process)
    async fn create_session(&self, token_hash: &str, user_id: i64, now: i64, expires_at: i64)
        -> Result<(), StoreError>;
    /// The account signed in with this session, if the session is still valid (one query:
    /// it runs on every signed-in request).
    async fn session_user(&self, token_hash: &str, now: i64) -> Result<Option<User>, StoreError>;
    async fn delete_session(&self, token_hash: &str) -> Result<(), StoreError>;

    // One-time tokens and the mail that carries them
    async fn create_token_with_mail(
        &self,
        user_id: i64,
        token: &NewToken,
        mail: &NewMail,
        now: i64,
    ) -> Result<(), StoreError>;
    /// Reads a token without using it.
    async fn check_token(&self, token_hash: &str, purpose: TokenPurpose, now: i64) -> Result<TokenCheck, StoreError>;
    /// Uses a verification token and marks the user's address verified.
    async fn verify_email(&self, token_hash: &str, now: i64) -> Result<TokenCheck, StoreError>;
    /// Uses a reset token, sets the new password hash, verifies the address (the person
    /// proved they read it) and ends every session of the user.
    async fn reset_password(&self, token_hash: &str, password_hash: &str, now: i64) -> Result<TokenCheck, StoreError>;

    // Rate limits (fixed windows, stored in the database so every process shares them)
    /// Counts a hit in `bucket`'s current window and returns the hits so far.
    async fn rate_hit(&self, bucket: &str, now: i64, window_secs: i64) -> Result<i64, StoreError>;
    async fn rate_count(&self, bucket: &str, now: i64, window_secs: i64) -> Result<i64, StoreError>;
    async fn rate_clear(&self, bucket: &str) -> Result<(), StoreError>;

    // Mail outbox
    async fn enqueue_mail(&self, mail: &NewMail, now: i64) -> Result<(), StoreError>;
    /// Leases up to `limit` due messages for `lease_secs`; a crashed sender's lease expires.
    async fn claim_mail(&self, now: i64, lease_secs: i64, limit: i64) -> Result<Vec<QueuedMail>, StoreError>;
    async fn mark_mail_sent(&self, id: i64, now: i64) -> Result<(), StoreError>;
    async fn mark_mail_failed(&self, id: i64, error: &str, retry_at: i64) -> Result<(), StoreError>;
    async fn pending_mail_count(&self) -> Result<i64, StoreError>;
}

/// Connections of a store's pools at one moment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PoolStatus {
    pub open: u32,
    pub idle: usize,
}

/// Give up on a message after this many attempts; it stays in the table for inspection.
pub(crate) const MAX_MAIL_ATTEMPTS: i64 = 8;

/// Implements [`Database`] for a backend from the SQL both dialects share.
/// `$claim_sql` is the one statement that differs (row locking on PostgreSQL).
macro_rules! impl_database {
    ($store:ty, $backend:literal, $claim_sql:expr) => {
        #[async_trait::async_trait]
        impl $crate::Database for $store {
            fn backend(&self) -> &'static str {
                $backend
            }

            fn connections(&self) -> $crate::database::PoolStatus {
                self.pool_status()
            }

            async fn migrate(&self) -> Result<(), StoreError> {
                Self::MIGRATOR.run(&self.pool).await?;
                Ok(())
            }

            async fn migrate_to(&self, version: i64) -> Result<(), StoreError> {
                use sqlx::migrate::Migrate;
                let mut conn = self.writer().acquire().await?;
                conn.ensure_migrations_table().await?;
                for migration in Self::MIGRATOR.iter().filter(|m| m.version <= version) {
                    conn.apply(migration).await?;
                }
                Ok(())
            }

            async fn ping(&self) -> Result<(), StoreError> {
                sqlx::query("SELECT 1").execute(&self.pool).await?;
                Ok(())
            }

            async fn refresh_statistics(&self) -> Result<(), StoreError> {
                sqlx::query("ANALYZE").execute(self.writer()).await?;
                Ok(())
            }

            async fn close(&self) {
                self.close_pools().await;
            }

            async fn setting_or_insert(&self, key: &str, value: &str) -> Result<String, StoreError> {
                sqlx::query("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING")
                    .bind(key)
                    .bind(value)
                    .execute(self.writer())
                    .await?;
                let stored: String = sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
                    .bind(key)
                    .fetch_one(&self.pool)
                    .await?;
                Ok(stored)
            }

            async fn list_institutions(&self) -> Result<Vec<Institution>, StoreError> {
                let rows: Vec<InstitutionRow> = sqlx::query_as(
                    "SELECT id, slug, name, acronym, branch, parent_id FROM institutions",
                )
                .fetch_all(&self.pool)
                .await?;
                // Sorted here: PostgreSQL's collation and SQLite's byte order disagree on hyphens.
                let mut institutions = rows.into_iter().map(Institution::try_from).collect::<Result<Vec<_>, _>>()?;
                institutions.sort_by(|a, b| a.slug.as_str().cmp(b.slug.as_str()));
                Ok(institutions)
            }

            async fn institution(&self, id: i64) -> Result<Option<Institution>, StoreError> {
                let row: Option<InstitutionRow> = sqlx::query_as(
                    "SELECT id, slug, name, acronym, branch, parent_id FROM institutions WHERE id = $1",
                )
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(Institution::try_from).transpose()
            }

            async fn institution_by_slug(&self, slug: &str) -> Result<Option<Institution>, StoreError> {
                let row: Option<InstitutionRow> = sqlx::query_as(
                    "SELECT id, slug, name, acronym, branch, parent_id FROM institutions WHERE slug = $1",
                )
                .bind(slug)
                .fetch_optional(&self.pool)
                .await?;
                row.map(Institution::try_from).transpose()
            }

            async fn create_institution(&self, input: &InstitutionInput, now: i64) -> Result<Institution, StoreError> {
                let row: InstitutionRow = sqlx::query_as(
                    "INSERT INTO institutions (slug, name, acronym, branch, parent_id, created_at, updated_at, normalized_name)
                     VALUES ($1, $2, $3, $4, $5, $6, $6, $7)
                     RETURNING id, slug, name, acronym, branch, parent_id",
                )
                .bind(input.slug.as_str())
                .bind(input.name.to_json())
                .bind(input.acronym.as_deref())
                .bind(input.branch.code())
                .bind(input.parent_id)
                .bind(now)
                .bind(domain::text::institution_key(&input.name))
                .fetch_one(self.writer())
                .await?;
                Institution::try_from(row)
            }

            async fn update_institution(&self, id: i64, input: &InstitutionInput, now: i64) -> Result<Institution, StoreError> {
                let row: Option<InstitutionRow> = sqlx::query_as(
                    "UPDATE institutions SET slug = $1, name = $2, acronym = $3, branch = $4, parent_id = $5, updated_at = $6,
                       normalized_name = $8
                     WHERE id = $7
                     RETURNING id, slug, name, acronym, branch, parent_id",
                )
                .bind(input.slug.as_str())
                .bind(input.name.to_json())
                .bind(input.acronym.as_deref())
                .bind(input.branch.code())
                .bind(input.parent_id)
                .bind(now)
                .bind(id)
                .bind(domain::text::institution_key(&input.name))
                .fetch_optional(self.writer())
                .await?;
                row.map(Institution::try_from).transpose()?.ok_or(StoreError::NotFound)
            }

            async fn merge_institution(&self, from: i64, into: i64, now: i64) -> Result<(), StoreError> {
                if from == into {
                    return Err(StoreError::Conflict);
                }
                let mut tx = self.begin_write().await?;
                let found: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM institutions WHERE id = $1 OR id = $2")
                    .bind(from)
                    .bind(into)
                    .fetch_one(&mut *tx)
                    .await?;
                if found != 2 {
                    return Err(StoreError::NotFound);
                }
                // Links that are sets (a commitment's supporters, a person's grants) keep one row.
                // Each statement names the duplicate as $1 and the institution kept as $2.
                let both = [
                    "UPDATE commitments SET lead_institution_id = $2 WHERE lead_institution_id = $1",
                    "INSERT INTO commitment_supporters (commitment_id, institution_id)
                       SELECT commitment_id, $2 FROM commitment_supporters WHERE institution_id = $1
                       ON CONFLICT DO NOTHING",
                    "UPDATE milestones SET responsible_institution_id = $2 WHERE responsible_institution_id = $1",
                    "UPDATE memberships SET institution_id = $2 WHERE institution_id = $1",
                    "UPDATE api_tokens SET institution_id = $2 WHERE institution_id = $1",
                    "INSERT INTO role_grants (user_id, role, scope_kind, scope_id, granted_by, created_at)
                       SELECT user_id, role, scope_kind, $2, granted_by, created_at FROM role_grants
                       WHERE scope_kind = 'institution' AND scope_id = $1
                       ON CONFLICT DO NOTHING",
                    "UPDATE institutions SET parent_id = NULL WHERE id = $2 AND parent_id = $1",
                    "UPDATE institutions SET parent_id = $2 WHERE parent_id = $1",
                    "UPDATE search_entries SET institution_id = $2 WHERE institution_id = $1",
                ];
                for sql in both {
                    sqlx::query(sql).bind(from).bind(into).execute(&mut *tx).await?;
                }
                let from_only = [
                    "DELETE FROM commitment_supporters WHERE institution_id = $1",
                    "DELETE FROM role_grants WHERE scope_kind = 'institution' AND scope_id = $1",
                    "DELETE FROM institutions WHERE id = $1",
                ];
                for sql in from_only {
                    sqlx::query(sql).bind(from).execute(&mut *tx).await?;
                }
                // A commitment led by the institution kept no longer lists it as a supporter too.
                sqlx::query(
                    "DELETE FROM commitment_supporters WHERE institution_id = $1
                       AND commitment_id IN (SELECT id FROM commitments WHERE lead_institution_id = $1)",
                )
                .bind(into)
                .execute(&mut *tx)
                .await?;
                sqlx::query("UPDATE institutions SET updated_at = $2 WHERE id = $1").bind(into).bind(now).execute(&mut *tx).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn create_user(&self, user: &NewUser, now: i64) -> Result<User, StoreError> {
                let mut tx = self.begin_write().await?;
                let created = insert_user(&mut tx, user, now).await?;
                tx.commit().await?;
                Ok(created)
            }

            async fn create_user_with_grants(&self, user: &NewUser, grants: &[Grant], now: i64) -> Result<User, StoreError> {
                let mut tx = self.begin_write().await?;
                let created = insert_user(&mut tx, user, now).await?;
                for grant in grants {
                    sqlx::query(
                        "INSERT INTO role_grants (user_id, role, scope_kind, scope_id, granted_by, created_at)
                         VALUES ($1, $2, $3, $4, NULL, $5)",
                    )
                    .bind(created.id)
                    .bind(grant.role.code())
                    .bind(grant.scope.kind().code())
                    .bind(grant.scope.id())
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                Ok(created)
            }

            async fn register_user(&self, user: &NewUser, token: &NewToken, mail: &NewMail, now: i64) -> Result<User, StoreError> {
                let mut tx = self.begin_write().await?;
                let created = insert_user(&mut tx, user, now).await?;
                insert_token(&mut tx, created.id, token, now).await?;
                insert_mail(&mut tx, mail, now).await?;
                tx.commit().await?;
                Ok(created)
            }

            async fn user(&self, id: i64) -> Result<Option<User>, StoreError> {
                let row: Option<User> = sqlx::query_as(
                    "SELECT id, email, name, password_hash, locale, email_verified_at, created_at FROM users WHERE id = $1",
                )
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row)
            }

            async fn user_by_email(&self, email: &str) -> Result<Option<User>, StoreError> {
                let row: Option<User> = sqlx::query_as(
                    "SELECT id, email, name, password_hash, locale, email_verified_at, created_at FROM users WHERE email = $1",
                )
                .bind(email)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row)
            }

            async fn list_users(&self) -> Result<Vec<User>, StoreError> {
                let rows: Vec<User> = sqlx::query_as(
                    "SELECT id, email, name, password_hash, locale, email_verified_at, created_at FROM users ORDER BY id",
                )
                .fetch_all(&self.pool)
                .await?;
                Ok(rows)
            }

            async fn count_users(&self) -> Result<i64, StoreError> {
                Ok(sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(&self.pool).await?)
            }

            async fn grants_of(&self, user_id: i64) -> Result<Vec<GrantRecord>, StoreError> {
                let rows: Vec<GrantRow> = sqlx::query_as(
                    "SELECT id, user_id, role, scope_kind, scope_id, created_at FROM role_grants WHERE user_id = $1 ORDER BY id",
                )
                .bind(user_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(GrantRecord::try_from).collect()
            }

            async fn all_grants(&self) -> Result<Vec<GrantRecord>, StoreError> {
                let rows: Vec<GrantRow> = sqlx::query_as(
                    "SELECT id, user_id, role, scope_kind, scope_id, created_at FROM role_grants ORDER BY id",
                )
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(GrantRecord::try_from).collect()
            }

            async fn add_grant(&self, user_id: i64, grant: Grant, granted_by: Option<i64>, now: i64) -> Result<(), StoreError> {
                sqlx::query(
                    "INSERT INTO role_grants (user_id, role, scope_kind, scope_id, granted_by, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6)
                     ON CONFLICT (user_id, role, scope_kind, scope_id) DO NOTHING",
                )
                .bind(user_id)
                .bind(grant.role.code())
                .bind(grant.scope.kind().code())
                .bind(grant.scope.id())
                .bind(granted_by)
                .bind(now)
                .execute(self.writer())
                .await?;
                Ok(())
            }

            async fn remove_grant(&self, user_id: i64, grant_id: i64) -> Result<bool, StoreError> {
                let done = sqlx::query("DELETE FROM role_grants WHERE id = $1 AND user_id = $2")
                    .bind(grant_id)
                    .bind(user_id)
                    .execute(self.writer())
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn create_session(&self, token_hash: &str, user_id: i64, now: i64, expires_at: i64) -> Result<(), StoreError> {
                sqlx::query("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
                    .bind(token_hash)
                    .bind(user_id)
                    .bind(now)
                    .bind(expires_at)
                    .execute(self.writer())
                    .await?;
                // Expired sessions are swept as new ones are made, so the table stays small.
                sqlx::query("DELETE FROM sessions WHERE expires_at <= $1").bind(now).execute(self.writer()).await?;
                Ok(())
            }

            async fn session_user(&self, token_hash: &str, now: i64) -> Result<Option<User>, StoreError> {
                Ok(sqlx::query_as(
                    "SELECT u.id, u.email, u.name, u.password_hash, u.locale, u.email_verified_at, u.created_at
                     FROM sessions s JOIN users u ON u.id = s.user_id
                     WHERE s.token_hash = $1 AND s.expires_at > $2",
                )
                    .bind(token_hash)
                    .bind(now)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn delete_session(&self, token_hash: &str) -> Result<(), StoreError> {
                sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(self.writer()).await?;
                Ok(())
            }

            async fn create_token_with_mail(&self, user_id: i64, token: &NewToken, mail: &NewMail, now: i64) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                insert_token(&mut tx, user_id, token, now).await?;
                insert_mail(&mut tx, mail, now).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn check_token(&self, token_hash: &str, purpose: TokenPurpose, now: i64) -> Result<TokenCheck, StoreError> {
                let row: Option<TokenRow> = sqlx::query_as(
                    "SELECT user_id, expires_at, used_at FROM user_tokens WHERE token_hash = $1 AND purpose = $2",
                )
                .bind(token_hash)
                .bind(purpose.code())
                .fetch_optional(&self.pool)
                .await?;
                Ok(classify_token(row, now))
            }

            async fn verify_email(&self, token_hash: &str, now: i64) -> Result<TokenCheck, StoreError> {
                let mut tx = self.begin_write().await?;
                let check = use_token(&mut tx, token_hash, TokenPurpose::VerifyEmail, now).await?;
                if let TokenCheck::Valid { user_id } = check {
                    sqlx::query("UPDATE users SET email_verified_at = $1 WHERE id = $2 AND email_verified_at IS NULL")
                        .bind(now)
                        .bind(user_id)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(check)
            }

            async fn reset_password(&self, token_hash: &str, password_hash: &str, now: i64) -> Result<TokenCheck, StoreError> {
                let mut tx = self.begin_write().await?;
                let check = use_token(&mut tx, token_hash, TokenPurpose::ResetPassword, now).await?;
                if let TokenCheck::Valid { user_id } = check {
                    sqlx::query("UPDATE users SET password_hash = $1, email_verified_at = COALESCE(email_verified_at, $2) WHERE id = $3")
                        .bind(password_hash)
                        .bind(now)
                        .bind(user_id)
                        .execute(&mut *tx)
                        .await?;
                    sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
                    // Older reset links mailed to the same person stop working too.
                    sqlx::query("UPDATE user_tokens SET used_at = $1 WHERE user_id = $2 AND purpose = $3 AND used_at IS NULL")
                        .bind(now)
                        .bind(user_id)
                        .bind(TokenPurpose::ResetPassword.code())
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(check)
            }

            async fn rate_hit(&self, bucket: &str, now: i64, window_secs: i64) -> Result<i64, StoreError> {
                // A window that has ended restarts at one hit; both dialects read the old row in SET.
                let hits: i64 = sqlx::query_scalar(
                    "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1)
                     ON CONFLICT (bucket) DO UPDATE SET
                       hits = CASE WHEN rate_limits.window_start <= $3 THEN 1 ELSE rate_limits.hits + 1 END,
                       window_start = CASE WHEN rate_limits.window_start <= $3 THEN $2 ELSE rate_limits.window_start END
                     RETURNING hits",
                )
                .bind(bucket)
                .bind(now)
                .bind(now - window_secs)
                .fetch_one(self.writer())
                .await?;
                Ok(hits)
            }

            async fn rate_count(&self, bucket: &str, now: i64, window_secs: i64) -> Result<i64, StoreError> {
                let hits: Option<i64> = sqlx::query_scalar("SELECT hits FROM rate_limits WHERE bucket = $1 AND window_start > $2")
                    .bind(bucket)
                    .bind(now - window_secs)
                    .fetch_optional(&self.pool)
                    .await?;
                Ok(hits.unwrap_or(0))
            }

            async fn rate_clear(&self, bucket: &str) -> Result<(), StoreError> {
                sqlx::query("DELETE FROM rate_limits WHERE bucket = $1").bind(bucket).execute(self.writer()).await?;
                Ok(())
            }

            async fn enqueue_mail(&self, mail: &NewMail, now: i64) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                insert_mail(&mut tx, mail, now).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn claim_mail(&self, now: i64, lease_secs: i64, limit: i64) -> Result<Vec<QueuedMail>, StoreError> {
                let rows: Vec<QueuedMail> = sqlx::query_as($claim_sql)
                    .bind(now)
                    .bind(now + lease_secs)
                    .bind(limit)
                    .bind($crate::database::MAX_MAIL_ATTEMPTS)
                    .fetch_all(&self.pool)
                    .await?;
                Ok(rows)
            }

            async fn mark_mail_sent(&self, id: i64, now: i64) -> Result<(), StoreError> {
                sqlx::query("UPDATE outbox SET sent_at = $1, last_error = NULL WHERE id = $2")
                    .bind(now)
                    .bind(id)
                    .execute(self.writer())
                    .await?;
                Ok(())
            }

            async fn mark_mail_failed(&self, id: i64, error: &str, retry_at: i64) -> Result<(), StoreError> {
                sqlx::query("UPDATE outbox SET last_error = $1, available_at = $2 WHERE id = $3")
                    .bind(error)
                    .bind(retry_at)
                    .bind(id)
                    .execute(self.writer())
                    .await?;
                Ok(())
            }

            async fn pending_mail_count(&self) -> Result<i64, StoreError> {
                Ok(sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND attempts < $1")
                    .bind($crate::database::MAX_MAIL_ATTEMPTS)
                    .fetch_one(&self.pool)
                    .await?)
            }
        }

        async fn insert_user(tx: &mut sqlx::Transaction<'_, DB>, user: &NewUser, now: i64) -> Result<User, StoreError> {
            Ok(sqlx::query_as(
                "INSERT INTO users (email, name, password_hash, locale, email_verified_at, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6)
                 RETURNING id, email, name, password_hash, locale, email_verified_at, created_at",
            )
            .bind(&user.email)
            .bind(&user.name)
            .bind(&user.password_hash)
            .bind(&user.locale)
            .bind(user.email_verified_at)
            .bind(now)
            .fetch_one(&mut **tx)
            .await?)
        }

        async fn insert_token(
            tx: &mut sqlx::Transaction<'_, DB>,
            user_id: i64,
            token: &NewToken,
            now: i64,
        ) -> Result<(), StoreError> {
            sqlx::query(
                "INSERT INTO user_tokens (token_hash, user_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(&token.token_hash)
            .bind(user_id)
            .bind(token.purpose.code())
            .bind(now)
            .bind(token.expires_at)
            .execute(&mut **tx)
            .await?;
            Ok(())
        }

        async fn insert_mail(tx: &mut sqlx::Transaction<'_, DB>, mail: &NewMail, now: i64) -> Result<(), StoreError> {
            sqlx::query(
                "INSERT INTO outbox (recipient, subject, body, created_at, available_at, unsubscribe) VALUES ($1, $2, $3, $4, $4, $5)",
            )
            .bind(&mail.recipient)
            .bind(&mail.subject)
            .bind(&mail.body)
            .bind(now)
            .bind(&mail.unsubscribe)
            .execute(&mut **tx)
            .await?;
            Ok(())
        }

        /// Marks a token used if it is valid; otherwise says why it cannot be used.
        async fn use_token(
            tx: &mut sqlx::Transaction<'_, DB>,
            token_hash: &str,
            purpose: TokenPurpose,
            now: i64,
        ) -> Result<TokenCheck, StoreError> {
            let used: Option<i64> = sqlx::query_scalar(
                "UPDATE user_tokens SET used_at = $1
                 WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1
                 RETURNING user_id",
            )
            .bind(now)
            .bind(token_hash)
            .bind(purpose.code())
            .fetch_optional(&mut **tx)
            .await?;
            if let Some(user_id) = used {
                return Ok(TokenCheck::Valid { user_id });
            }
            let row: Option<TokenRow> = sqlx::query_as(
                "SELECT user_id, expires_at, used_at FROM user_tokens WHERE token_hash = $1 AND purpose = $2",
            )
            .bind(token_hash)
            .bind(purpose.code())
            .fetch_optional(&mut **tx)
            .await?;
            Ok(classify_token(row, now))
        }
    };
}

pub(crate) use impl_database;

pub(crate) fn classify_token(row: Option<TokenRow>, now: i64) -> TokenCheck {
    match row {
        None => TokenCheck::Unknown,
        Some(r) if r.used_at.is_some() => TokenCheck::AlreadyUsed,
        Some(r) if r.expires_at <= now => TokenCheck::Expired,
        Some(r) => TokenCheck::Valid { user_id: r.user_id },
    }
}
