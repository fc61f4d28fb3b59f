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
    /// The text as indexed ([`domain::text::search_normalise`] of title and body).
    pub normalized: String,
}

#[async_trait]
pub trait SearchRepository: Send + Sync {
    /// A summary of the searchable tables that changes when any of them does.
    async fn search_fingerprint(&self) -> Result<String, StoreError>;
    /// Replaces the whole index in one transaction.
    async fn replace_search_index(&self, entries: &[SearchEntry]) -> Result<(), StoreError>;
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

pub(crate) const FINGERPRINT: &str = "SELECT
    (SELECT COUNT(*) FROM plans) AS plans, (SELECT COALESCE(MAX(updated_at), 0) FROM plans) AS plans_at,
    (SELECT COUNT(*) FROM commitments) AS commitments, (SELECT COALESCE(MAX(updated_at), 0) FROM commitments) AS commitments_at,
    (SELECT COUNT(*) FROM milestones) AS milestones, (SELECT COALESCE(MAX(updated_at), 0) FROM milestones) AS milestones_at,
    (SELECT COUNT(*) FROM meetings) AS meetings, (SELECT COALESCE(MAX(updated_at), 0) FROM meetings) AS meetings_at,
    (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM documents WHERE withdrawn_at IS NOT NULL) AS withdrawn,
    (SELECT COUNT(*) FROM contributions) AS contributions, (SELECT COUNT(*) FROM contributions WHERE hidden_reason IS NOT NULL) AS hidden,
    (SELECT COUNT(*) FROM contributions WHERE pending = 1) AS pending, (SELECT COUNT(*) FROM revisions) AS revisions,
    (SELECT COUNT(*) FROM news_posts) AS news, (SELECT COALESCE(MAX(updated_at), 0) FROM news_posts) AS news_at";

/// Counts and last changes of everything indexed: when they move, the index is stale.
#[derive(sqlx::FromRow)]
pub(crate) struct Fingerprint {
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
    contributions: i64,
    hidden: i64,
    pending: i64,
    revisions: i64,
    news: i64,
    news_at: i64,
}

pub(crate) fn fingerprint_text(f: Fingerprint) -> String {
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
        f.contributions,
        f.hidden,
        f.pending,
        f.revisions,
        f.news,
        f.news_at,
    ];
    parts.iter().map(i64::to_string).collect::<Vec<_>>().join(":")
}

macro_rules! impl_search_repository {
    ($store:ty, $match_sql:literal, $query:expr) => {
        #[async_trait::async_trait]
        impl $crate::search::SearchRepository for $store {
            async fn search_fingerprint(&self) -> Result<String, StoreError> {
                let f: $crate::search::Fingerprint = sqlx::query_as($crate::search::FINGERPRINT).fetch_one(&self.pool).await?;
                Ok($crate::search::fingerprint_text(f))
            }

            async fn replace_search_index(&self, entries: &[$crate::search::SearchEntry]) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                sqlx::query("DELETE FROM search_entries").execute(&mut *tx).await?;
                for e in entries {
                    sqlx::query(
                        "INSERT INTO search_entries (kind, path, title, body, plan_id, normalized, theme_id, institution_id, status)
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
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
                    .execute(&mut *tx)
                    .await?;
                }
                Self::after_search_rebuild(&mut tx).await?;
                tx.commit().await?;
                Ok(())
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
                Ok(sqlx::query_as($match_sql)
                    .bind(query)
                    .bind(filters.kind)
                    .bind(filters.plan_id)
                    .bind(limit)
                    .bind(filters.theme_id)
                    .bind(filters.institution_id)
                    .bind(filters.status)
                    .fetch_all(&self.pool)
                    .await?)
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
