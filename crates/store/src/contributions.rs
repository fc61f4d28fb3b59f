//! Contributions (proposals and comments) and supports. The SQL is in the macro below,
//! shared by both backends.

use async_trait::async_trait;
use domain::consultation::{Response, ResponseStatus};
use domain::contribution::{Contribution, ContributionInput, ContributionKind};
use domain::permissions::Role;
use domain::Localized;

use crate::StoreError;

#[async_trait]
pub trait ContributionRepository: Send + Sync {
    /// Stores a contribution once per `(author, idempotency_key)`: sending the same form
    /// twice returns the first contribution's id. A comment's parent must be an idea of the
    /// same plan, or a comment of the same consultation; a meeting input's meeting must
    /// exist. With `premoderate_first`, an author's first contribution waits for a moderator.
    async fn add_contribution(
        &self,
        input: &ContributionInput,
        author_id: i64,
        idempotency_key: &str,
        premoderate_first: bool,
        now: i64,
    ) -> Result<i64, StoreError>;
    async fn contribution(&self, id: i64) -> Result<Option<Contribution>, StoreError>;
    /// How many contributions `author_id` stored at or after `since` (the per-person limit:
    /// read from the contributions themselves, so a comment costs one write, not two).
    async fn contributions_since(&self, author_id: i64, since: i64) -> Result<i64, StoreError>;
    /// A plan's ideas (proposals and meeting inputs), most supported first, then newest.
    async fn proposals_of_plan(&self, plan_id: i64) -> Result<Vec<Contribution>, StoreError>;
    /// How many comments on a proposal `viewer` may read: the public ones and their own
    /// held for moderation.
    async fn count_comments(&self, proposal_id: i64, viewer: Option<i64>) -> Result<i64, StoreError>;
    /// One page of those comments, oldest first.
    async fn comments_page(
        &self,
        proposal_id: i64,
        viewer: Option<i64>,
        offset: i64,
        limit: i64,
    ) -> Result<Vec<Contribution>, StoreError>;
    /// How many of those comments come before `comment_id`; `None` if it is not one of them.
    async fn comments_before(
        &self,
        proposal_id: i64,
        viewer: Option<i64>,
        comment_id: i64,
    ) -> Result<Option<i64>, StoreError>;
    /// Everything a participant contributed, newest first.
    async fn contributions_of_author(&self, author_id: i64) -> Result<Vec<Contribution>, StoreError>;
    /// Records a participant's support; supporting twice changes nothing. Returns the count.
    async fn support(&self, contribution_id: i64, user_id: i64, now: i64) -> Result<i64, StoreError>;
    async fn supports_of_user(&self, user_id: i64) -> Result<Vec<i64>, StoreError>;
}

#[derive(sqlx::FromRow)]
pub(crate) struct ContributionRow {
    pub id: i64,
    pub plan_id: i64,
    pub kind: String,
    pub theme_id: Option<i64>,
    pub parent_id: Option<i64>,
    pub meeting_id: Option<i64>,
    pub author_id: i64,
    pub author_name: String,
    pub author_role: Option<String>,
    pub title: String,
    pub body: String,
    pub created_at: i64,
    pub supports: i64,
    pub consultation_id: Option<i64>,
    pub target: String,
    pub hidden_reason: Option<String>,
    pub pending: i64,
    pub response_status: Option<String>,
    pub merged_into: Option<String>,
    pub justification: Option<String>,
    pub revision_id: Option<i64>,
    pub revision_of: Option<String>,
    pub drafted_at: Option<i64>,
    pub published_at: Option<i64>,
}

impl TryFrom<ContributionRow> for Contribution {
    type Error = StoreError;
    fn try_from(r: ContributionRow) -> Result<Contribution, StoreError> {
        Ok(Contribution {
            id: r.id,
            plan_id: r.plan_id,
            kind: ContributionKind::parse(&r.kind)
                .map_err(|e| StoreError::Corrupt(format!("contribution {}: {e}", r.id)))?,
            theme_id: r.theme_id,
            parent_id: r.parent_id,
            meeting_id: r.meeting_id,
            author_id: r.author_id,
            author_name: r.author_name,
            author_role: r
                .author_role
                .as_deref()
                .map(Role::parse)
                .transpose()
                .map_err(|e| StoreError::Corrupt(format!("contribution {}: {e}", r.id)))?,
            title: r.title,
            body: r.body,
            created_at: r.created_at,
            supports: r.supports,
            consultation_id: r.consultation_id,
            target: r.target,
            hidden_reason: r.hidden_reason,
            pending: r.pending != 0,
            response: match r.response_status {
                None => None,
                Some(status) => Some(Response {
                    contribution_id: r.id,
                    status: ResponseStatus::parse(&status)
                        .map_err(|e| StoreError::Corrupt(format!("response {}: {e}", r.id)))?,
                    merged_into: r.merged_into,
                    justification: Localized::from_json(r.justification.as_deref().unwrap_or("{}"))
                        .map_err(|e| StoreError::Corrupt(format!("response {}: {e}", r.id)))?,
                    revision_id: r.revision_id,
                    revision_of: r.revision_of,
                    drafted_at: r.drafted_at.unwrap_or_default(),
                    published_at: r.published_at,
                }),
            },
        })
    }
}

/// The comments on proposal `$1` that viewer `$2` (or nobody, NULL) may read.
pub(crate) const READABLE_COMMENTS: &str = "c.parent_id = $1 AND (c.pending = 0 OR c.author_id = $2)";

pub(crate) const CONTRIBUTION_SELECT: &str =
    "SELECT c.id, c.plan_id, c.kind, c.theme_id, c.parent_id, c.meeting_id, c.author_id,
       u.name AS author_name,
       (SELECT g.role FROM role_grants g WHERE g.user_id = c.author_id
        ORDER BY CASE g.role WHEN 'secretariat' THEN 0 WHEN 'moderator' THEN 1 WHEN 'implementer' THEN 2
                 WHEN 'reviewer' THEN 3 ELSE 4 END LIMIT 1) AS author_role,
       c.title, c.body, c.created_at,
       (SELECT COUNT(*) FROM contribution_supports s WHERE s.contribution_id = c.id) AS supports,
       c.consultation_id, c.target, c.hidden_reason, c.pending,
       r.status AS response_status, mc.code AS merged_into, r.justification, r.revision_id,
       rc.code AS revision_of, r.drafted_at, r.published_at
     FROM contributions c JOIN users u ON u.id = c.author_id
     LEFT JOIN contribution_responses r ON r.contribution_id = c.id
     LEFT JOIN commitments mc ON mc.id = r.merged_into
     LEFT JOIN revisions rv ON rv.id = r.revision_id
     LEFT JOIN commitments rc ON rc.id = rv.commitment_id";

/// A contribution on its way to the database, with what decides how it is stored.
#[derive(Debug, Clone)]
pub struct NewContribution {
    pub input: domain::contribution::ContributionInput,
    pub author_id: i64,
    /// The form's one-time key: the same form sent twice is stored once.
    pub idempotency_key: String,
    /// Hold it for a moderator when it is the author's first.
    pub premoderate_first: bool,
    pub now: i64,
}

macro_rules! impl_contribution_repository {
    ($store:ty) => {
        impl $store {
            /// Checks a contribution against what it answers and stores it, on a connection
            /// inside a write transaction the caller commits. Nothing is written when it is
            /// refused. A form sent twice (same author and form key) is stored once: the
            /// second sending gets the first one's id, even once what it answered is gone.
            pub(crate) async fn insert_contribution(
                conn: &mut <DB as sqlx::Database>::Connection,
                job: &$crate::contributions::NewContribution,
            ) -> Result<i64, StoreError> {
                const EXISTING: &str = "SELECT id FROM contributions WHERE author_id = $1 AND idempotency_key = $2";
                let input = &job.input;
                let refused = 'checks: {
                    if let Some(meeting) = input.meeting_id {
                        let found: Option<i64> =
                            sqlx::query_scalar("SELECT id FROM meetings WHERE id = $1").bind(meeting).fetch_optional(&mut *conn).await?;
                        if found.is_none() {
                            break 'checks Some(StoreError::Refused { field: "meeting_id", code: "meeting-unknown" });
                        }
                    }
                    if let Some(consultation) = input.consultation_id {
                        let plan: Option<i64> = sqlx::query_scalar("SELECT plan_id FROM consultations WHERE id = $1")
                            .bind(consultation)
                            .fetch_optional(&mut *conn)
                            .await?;
                        if plan != Some(input.plan_id) {
                            break 'checks Some(StoreError::Refused { field: "consultation_id", code: "consultation-unknown" });
                        }
                    }
                    if let Some(parent) = input.parent_id {
                        let parent_row: Option<(i64, String, Option<i64>)> = sqlx::query_as(
                            "SELECT plan_id, kind, consultation_id FROM contributions WHERE id = $1 AND hidden_reason IS NULL",
                        )
                        .bind(parent)
                        .fetch_optional(&mut *conn)
                        .await?;
                        let fits = parent_row.as_ref().is_some_and(|(plan, kind, consultation)| {
                            *plan == input.plan_id
                                && match input.consultation_id {
                                    None => kind == "proposal" || kind == "meeting-input",
                                    Some(_) => kind == "comment" && *consultation == input.consultation_id,
                                }
                        });
                        if !fits {
                            let code = if input.consultation_id.is_some() { "reply-unknown" } else { "proposal-unknown" };
                            break 'checks Some(StoreError::Refused { field: "parent_id", code });
                        }
                    }
                    None
                };
                if let Some(refusal) = refused {
                    let existing: Option<i64> = sqlx::query_scalar(EXISTING)
                        .bind(job.author_id)
                        .bind(&job.idempotency_key)
                        .fetch_optional(&mut *conn)
                        .await?;
                    return existing.ok_or(refusal);
                }
                let pending = job.premoderate_first && {
                    let earlier: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM contributions WHERE author_id = $1 AND pending = 0")
                        .bind(job.author_id)
                        .fetch_one(&mut *conn)
                        .await?;
                    earlier == 0
                };
                // The unique (author, key) index answers a form sent again: no row comes back,
                // and the first sending's id is read (once the other writer has committed).
                let inserted: Option<i64> = sqlx::query_scalar(
                    "INSERT INTO contributions (plan_id, kind, theme_id, parent_id, author_id, title, body, idempotency_key, created_at,
                                                meeting_id, consultation_id, target, pending)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
                     ON CONFLICT (author_id, idempotency_key) DO NOTHING RETURNING id",
                )
                .bind(input.plan_id)
                .bind(input.kind.code())
                .bind(input.theme_id)
                .bind(input.parent_id)
                .bind(job.author_id)
                .bind(&input.title)
                .bind(&input.body)
                .bind(&job.idempotency_key)
                .bind(job.now)
                .bind(input.meeting_id)
                .bind(input.consultation_id)
                .bind(&input.target)
                .bind(i64::from(pending))
                .fetch_optional(&mut *conn)
                .await?;
                match inserted {
                    Some(id) => Ok(id),
                    None => Ok(sqlx::query_scalar(EXISTING)
                        .bind(job.author_id)
                        .bind(&job.idempotency_key)
                        .fetch_one(&mut *conn)
                        .await?),
                }
            }
        }

        #[async_trait::async_trait]
        impl $crate::contributions::ContributionRepository for $store {
            async fn add_contribution(
                &self,
                input: &domain::contribution::ContributionInput,
                author_id: i64,
                idempotency_key: &str,
                premoderate_first: bool,
                now: i64,
            ) -> Result<i64, StoreError> {
                let job = $crate::contributions::NewContribution {
                    input: input.clone(),
                    author_id,
                    idempotency_key: idempotency_key.to_string(),
                    premoderate_first,
                    now,
                };
                self.commit_contribution(job).await
            }

            async fn contributions_since(&self, author_id: i64, since: i64) -> Result<i64, StoreError> {
                Ok(sqlx::query_scalar("SELECT COUNT(*) FROM contributions WHERE author_id = $1 AND created_at >= $2")
                    .bind(author_id)
                    .bind(since)
                    .fetch_one(&self.pool)
                    .await?)
            }

            async fn contribution(&self, id: i64) -> Result<Option<domain::contribution::Contribution>, StoreError> {
                let row: Option<$crate::contributions::ContributionRow> =
                    sqlx::query_as(&format!("{} WHERE c.id = $1", $crate::contributions::CONTRIBUTION_SELECT))
                        .bind(id)
                        .fetch_optional(&self.pool)
                        .await?;
                row.map(TryInto::try_into).transpose()
            }

            async fn proposals_of_plan(&self, plan_id: i64) -> Result<Vec<domain::contribution::Contribution>, StoreError> {
                let rows: Vec<$crate::contributions::ContributionRow> = sqlx::query_as(&format!(
                    "{} WHERE c.plan_id = $1 AND c.kind IN ('proposal', 'meeting-input') ORDER BY supports DESC, c.created_at DESC, c.id DESC",
                    $crate::contributions::CONTRIBUTION_SELECT
                ))
                .bind(plan_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn comments_page(
                &self,
                proposal_id: i64,
                viewer: Option<i64>,
                offset: i64,
                limit: i64,
            ) -> Result<Vec<domain::contribution::Contribution>, StoreError> {
                let rows: Vec<$crate::contributions::ContributionRow> = sqlx::query_as(&format!(
                    "{} WHERE {} ORDER BY c.created_at, c.id LIMIT $3 OFFSET $4",
                    $crate::contributions::CONTRIBUTION_SELECT,
                    $crate::contributions::READABLE_COMMENTS
                ))
                .bind(proposal_id)
                .bind(viewer)
                .bind(limit)
                .bind(offset)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn count_comments(&self, proposal_id: i64, viewer: Option<i64>) -> Result<i64, StoreError> {
                Ok(sqlx::query_scalar(&format!(
                    "SELECT COUNT(*) FROM contributions c WHERE {}",
                    $crate::contributions::READABLE_COMMENTS
                ))
                .bind(proposal_id)
                .bind(viewer)
                .fetch_one(&self.pool)
                .await?)
            }

            async fn comments_before(
                &self,
                proposal_id: i64,
                viewer: Option<i64>,
                comment_id: i64,
            ) -> Result<Option<i64>, StoreError> {
                let target: Option<(i64, i64)> = sqlx::query_as(&format!(
                    "SELECT c.created_at, c.id FROM contributions c WHERE {} AND c.id = $3",
                    $crate::contributions::READABLE_COMMENTS
                ))
                .bind(proposal_id)
                .bind(viewer)
                .bind(comment_id)
                .fetch_optional(&self.pool)
                .await?;
                let Some((created_at, id)) = target else { return Ok(None) };
                Ok(Some(
                    sqlx::query_scalar(&format!(
                        "SELECT COUNT(*) FROM contributions c WHERE {} AND (c.created_at < $3 OR (c.created_at = $3 AND c.id < $4))",
                        $crate::contributions::READABLE_COMMENTS
                    ))
                    .bind(proposal_id)
                    .bind(viewer)
                    .bind(created_at)
                    .bind(id)
                    .fetch_one(&self.pool)
                    .await?,
                ))
            }

            async fn contributions_of_author(&self, author_id: i64) -> Result<Vec<domain::contribution::Contribution>, StoreError> {
                let rows: Vec<$crate::contributions::ContributionRow> = sqlx::query_as(&format!(
                    "{} WHERE c.author_id = $1 ORDER BY c.created_at DESC, c.id DESC",
                    $crate::contributions::CONTRIBUTION_SELECT
                ))
                .bind(author_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn support(&self, contribution_id: i64, user_id: i64, now: i64) -> Result<i64, StoreError> {
                sqlx::query(
                    "INSERT INTO contribution_supports (contribution_id, user_id, created_at) VALUES ($1, $2, $3)
                     ON CONFLICT (contribution_id, user_id) DO NOTHING",
                )
                .bind(contribution_id)
                .bind(user_id)
                .bind(now)
                .execute(self.writer())
                .await?;
                Ok(sqlx::query_scalar("SELECT COUNT(*) FROM contribution_supports WHERE contribution_id = $1")
                    .bind(contribution_id)
                    .fetch_one(&self.pool)
                    .await?)
            }

            async fn supports_of_user(&self, user_id: i64) -> Result<Vec<i64>, StoreError> {
                Ok(sqlx::query_scalar("SELECT contribution_id FROM contribution_supports WHERE user_id = $1 ORDER BY contribution_id")
                    .bind(user_id)
                    .fetch_all(&self.pool)
                    .await?)
            }
        }
    };
}

pub(crate) use impl_contribution_repository;
