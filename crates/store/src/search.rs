//! The search index: entries are written whole (the web layer decides what is searchable),
//! and queried with normalised words on SQLite FTS5 or a PostgreSQL tsvector. Every query
//! word matches as a prefix, and all must match, on both backends.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::StoreError;

/// One searchable thing: a plan, commitment, milestone, meeting, document or comment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct SearchEntry {
    pub kind: String,
    /// Its page, without the locale prefix.
    pub path: String,
    /// Its title as JSON (a multilingual text).
    pub title: String,
    /// The text shown in snippets, as written.
    pub body: String,
    pub plan_id: Option<i64>,
    pub theme_id: Option<i64>,
    /// A commitment's lead institution, a milestone's responsible one.
    pub institution_id: Option<i64>,
    /// A commitment's or a milestone's status code.
    pub status: Option<String>,
    /// The text as indexed ([`domain::text::search_normalise`] of title and body). Empty in
    /// search results: a commitment's is tens of kilobytes, and nothing shows it.
    pub normalized: String,
    /// The contribution this entry shows; `None` for the catalogue.
    pub source_id: Option<i64>,
}

/// What the index was built from. The catalogue (plans, commitments, milestones, meetings,
/// news, documents) is small and rebuilt whole when it moves; contributions are many and
/// indexed as they arrive, so a new comment never costs a rebuild.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchFingerprint {
    pub catalogue: String,
    pub contributions: ContributionsMark,
}

/// The newest contribution and the sets held for moderation and hidden (count and sum of
/// ids, so one leaving and another arriving still shows).
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::FromRow)]
pub struct ContributionsMark {
    pub newest: i64,
    pub hidden: i64,
    pub hidden_ids: i64,
    pub pending: i64,
    pub pending_ids: i64,
}

impl ContributionsMark {
    /// Only new contributions arrived since `earlier`: indexing those is enough.
    pub fn only_added_since(&self, earlier: &ContributionsMark) -> bool {
        self.hidden == earlier.hidden
            && self.hidden_ids == earlier.hidden_ids
            && self.pending == earlier.pending
            && self.pending_ids == earlier.pending_ids
            && self.newest >= earlier.newest
    }
}

#[async_trait]
pub trait SearchRepository: Send + Sync {
    /// A summary of the searchable tables that changes when any of them does; cheap enough
    /// to read on every search.
    async fn search_fingerprint(&self) -> Result<SearchFingerprint, StoreError>;
    /// Replaces every entry that is not a contribution's, in one transaction.
    async fn replace_catalogue_entries(&self, entries: &[SearchEntry]) -> Result<(), StoreError>;
    /// Adds contributions' entries; one already indexed (by another process) is skipped.
    async fn add_contribution_entries(&self, entries: &[SearchEntry]) -> Result<(), StoreError>;
    /// Drops the entries of contributions since hidden or held for moderation. Returns how many.
    async fn drop_unsearchable_contributions(&self) -> Result<u64, StoreError>;
    /// Public contributions after `after_id` that have no entry yet, oldest first.
    async fn unindexed_contributions(
        &self,
        after_id: i64,
        limit: i64,
    ) -> Result<Vec<domain::contribution::Contribution>, StoreError>;
    /// The institutions the institution filter can find (a commitment's lead, a milestone's
    /// responsible), in one plan or in all.
    async fn searchable_institutions(&self, plan_id: Option<i64>) -> Result<Vec<i64>, StoreError>;
    /// Entries matching every term (as a prefix) and every filter given, best first.
    async fn search(
        &self,
        terms: &[String],
        filters: &SearchFilters<'_>,
        limit: i64,
    ) -> Result<Vec<SearchEntry>, StoreError>;
}

/// Narrowing a search; `None` (the default) does not filter.
#[derive(Debug, Clone, Copy, Default)]
pub struct SearchFilters<'a> {
    pub kind: Option<&'a str>,
    pub plan_id: Option<i64>,
    pub theme_id: Option<i64>,
    pub institution_id: Option<i64>,
    pub status: Option<&'a str>,
}

pub(crate) const CATALOGUE_FINGERPRINT: &str = "SELECT
    (SELECT COUNT(*) FROM plans) AS plans, (SELECT COALESCE(MAX(updated_at), 0) FROM plans) AS plans_at,
    (SELECT COUNT(*) FROM commitments) AS commitments, (SELECT COALESCE(MAX(updated_at), 0) FROM commitments) AS commitments_at,
    (SELECT COUNT(*) FROM milestones) AS milestones, (SELECT COALESCE(MAX(updated_at), 0) FROM milestones) AS milestones_at,
    (SELECT COUNT(*) FROM meetings) AS meetings, (SELECT COALESCE(MAX(updated_at), 0) FROM meetings) AS meetings_at,
    (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM documents WHERE withdrawn_at IS NOT NULL) AS withdrawn,
    (SELECT COUNT(*) FROM revisions) AS revisions,
    (SELECT COUNT(*) FROM news_posts) AS news, (SELECT COALESCE(MAX(updated_at), 0) FROM news_posts) AS news_at";

/// The `WHERE` clauses match the partial indexes `contributions_hidden` and
/// `contributions_pending` word for word, so no contribution row is read.
pub(crate) const CONTRIBUTIONS_MARK: &str = "SELECT
    (SELECT COALESCE(MAX(id), 0) FROM contributions) AS newest,
    (SELECT COUNT(*) FROM contributions WHERE hidden_reason IS NOT NULL) AS hidden,
    (SELECT CAST(COALESCE(SUM(id), 0) AS BIGINT) FROM contributions WHERE hidden_reason IS NOT NULL) AS hidden_ids,
    (SELECT COUNT(*) FROM contributions WHERE pending = 1) AS pending,
    (SELECT CAST(COALESCE(SUM(id), 0) AS BIGINT) FROM contributions WHERE pending = 1) AS pending_ids";

/// Counts and last changes of the catalogue: when they move, its entries are stale.
#[derive(sqlx::FromRow)]
pub(crate) struct CatalogueFingerprint {
    plans: i64,
    plans_at: i64,
    commitments: i64,
    commitments_at: i64,
    milestones: i64,
    milestones_at: i64,
    meetings: i64,
    meetings_at: i64,
    documents: i64,
    withdrawn: i64,
    revisions: i64,
    news: i64,
    news_at: i64,
}

pub(crate) fn fingerprint_text(f: CatalogueFingerprint) -> String {
    let parts = [
        f.plans,
        f.plans_at,
        f.commitments,
        f.commitments_at,
        f.milestones,
        f.milestones_at,
        f.meetings,
        f.meetings_at,
        f.documents,
        f.withdrawn,
        f.revisions,
        f.news,
        f.news_at,
    ];
    parts.iter().map(i64::to_string).collect::<Vec<_>>().join(":")
}

/// Inserts entries; contributions' entries already there are left as they are.
macro_rules! insert_entries {
    ($tx:expr, $entries:expr) => {
        for e in $entries {
            sqlx::query(
                "INSERT INTO search_entries (kind, path, title, body, plan_id, normalized, theme_id, institution_id, status, source_id)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                 ON CONFLICT (source_id) WHERE source_id IS NOT NULL DO NOTHING",
            )
            .bind(&e.kind)
            .bind(&e.path)
            .bind(&e.title)
            .bind(&e.body)
            .bind(e.plan_id)
            .bind(&e.normalized)
            .bind(e.theme_id)
            .bind(e.institution_id)
            .bind(&e.status)
            .bind(e.source_id)
            .execute(&mut *$tx)
            .await?;
        }
    };
}

pub(crate) use insert_entries;

/// `$catalogue_sql` ranks catalogue entries by relevance; `$contributions_sql` reads
/// contributions newest first (a common word matches thousands; ranking them all would
/// cost more than the rest of the page). Both take the same parameters.
macro_rules! impl_search_repository {
    ($store:ty, $catalogue_sql:literal, $contributions_sql:literal, $query:expr) => {
        #[async_trait::async_trait]
        impl $crate::search::SearchRepository for $store {
            async fn search_fingerprint(&self) -> Result<$crate::search::SearchFingerprint, StoreError> {
                let catalogue: $crate::search::CatalogueFingerprint =
                    sqlx::query_as($crate::search::CATALOGUE_FINGERPRINT).fetch_one(&self.pool).await?;
                let contributions: $crate::search::ContributionsMark =
                    sqlx::query_as($crate::search::CONTRIBUTIONS_MARK).fetch_one(&self.pool).await?;
                Ok($crate::search::SearchFingerprint {
                    catalogue: $crate::search::fingerprint_text(catalogue),
                    contributions,
                })
            }

            async fn replace_catalogue_entries(
                &self,
                entries: &[$crate::search::SearchEntry],
            ) -> Result<(), StoreError> {
                let mut tx = self.begin_search_write().await?;
                sqlx::query("DELETE FROM search_entries WHERE source_id IS NULL").execute(&mut *tx).await?;
                $crate::search::insert_entries!(tx, entries.iter().filter(|e| e.source_id.is_none()));
                tx.commit().await?;
                Ok(())
            }

            async fn add_contribution_entries(
                &self,
                entries: &[$crate::search::SearchEntry],
            ) -> Result<(), StoreError> {
                let mut tx = self.begin_search_write().await?;
                $crate::search::insert_entries!(tx, entries.iter().filter(|e| e.source_id.is_some()));
                tx.commit().await?;
                Ok(())
            }

            async fn drop_unsearchable_contributions(&self) -> Result<u64, StoreError> {
                let mut tx = self.begin_search_write().await?;
                let dropped = sqlx::query(
                    "DELETE FROM search_entries WHERE source_id IS NOT NULL AND source_id NOT IN
                       (SELECT id FROM contributions WHERE pending = 0 AND hidden_reason IS NULL)",
                )
                .execute(&mut *tx)
                .await?
                .rows_affected();
                tx.commit().await?;
                Ok(dropped)
            }

            async fn unindexed_contributions(
                &self,
                after_id: i64,
                limit: i64,
            ) -> Result<Vec<domain::contribution::Contribution>, StoreError> {
                let rows: Vec<$crate::contributions::ContributionRow> = sqlx::query_as(&format!(
                    "{} WHERE c.id > $1 AND c.pending = 0 AND c.hidden_reason IS NULL
                       AND NOT EXISTS (SELECT 1 FROM search_entries e WHERE e.source_id = c.id)
                     ORDER BY c.id LIMIT $2",
                    $crate::contributions::CONTRIBUTION_SELECT
                ))
                .bind(after_id)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn searchable_institutions(&self, plan_id: Option<i64>) -> Result<Vec<i64>, StoreError> {
                Ok(sqlx::query_scalar(
                    "SELECT DISTINCT institution_id FROM search_entries
                     WHERE institution_id IS NOT NULL AND (CAST($1 AS BIGINT) IS NULL OR plan_id = $1)",
                )
                .bind(plan_id)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn search(
                &self,
                terms: &[String],
                filters: &$crate::search::SearchFilters<'_>,
                limit: i64,
            ) -> Result<Vec<$crate::search::SearchEntry>, StoreError> {
                if terms.is_empty() {
                    return Ok(vec![]);
                }
                let query: String = $query(terms);
                // The catalogue first (official texts, by relevance), then contributions.
                let mut found: Vec<$crate::search::SearchEntry> = vec![];
                for (sql, wanted) in [
                    ($catalogue_sql, filters.kind != Some("comment")),
                    ($contributions_sql, filters.kind.is_none() || filters.kind == Some("comment")),
                ] {
                    let room = limit - found.len() as i64;
                    if !wanted || room <= 0 {
                        continue;
                    }
                    let rows: Vec<$crate::search::SearchEntry> = sqlx::query_as(sql)
                        .bind(&query)
                        .bind(filters.kind)
                        .bind(filters.plan_id)
                        .bind(room)
                        .bind(filters.theme_id)
                        .bind(filters.institution_id)
                        .bind(filters.status)
                        .fetch_all(&self.pool)
                        .await?;
                    found.extend(rows);
                }
                Ok(found)
            }
        }
    };
}

pub(crate) use impl_search_repository;

/// FTS5: each word quoted (so nothing in it is an operator) and matched as a prefix.
pub(crate) fn fts5_query(terms: &[String]) -> String {
    terms.iter().map(|t| format!("\"{}\"*", t.replace('"', ""))).collect::<Vec<_>>().join(" ")
}

/// tsquery: each word a quoted lexeme matched as a prefix, all required.
pub(crate) fn tsquery(terms: &[String]) -> String {
    terms.iter().map(|t| format!("'{}':*", t.replace(['\'', '\\'], ""))).collect::<Vec<_>>().join(" & ")
}
