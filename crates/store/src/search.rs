//! The search index: entries are written whole (the web layer decides what is searchable),
//! as tokens analysed in Rust ([`domain::analysis`]), and matched on SQLite FTS5 or a
//! PostgreSQL tsvector: every query word must match, as written or by its stem, as a prefix.
//!
//! The databases only find; ranking is computed here, in Rust, from the title's tokens of the
//! entries found, so both backends give the same order: title matches above body matches (the
//! exact word above its stem above a prefix), then the most recent. The catalogue's candidates
//! are read bounded (`CANDIDATES`, most recent first), and when there are more, those matching
//! in their title are read too: a word found in hundreds of bodies still brings its title matches.
//! Candidates are read light (address, title tokens, date); the shown columns are read for the
//! page's hits only. Reading every candidate's body tokens to rank body matches too cost ten
//! times the throughput (67 searches a second instead of 730 on the benchmark's instance).
//! Contributions are many and read newest first (a common word matches thousands; ranking
//! them all would cost more than the rest of the page).

use async_trait::async_trait;
use domain::analysis::QueryWord;
use serde::{Deserialize, Serialize};

use crate::StoreError;

/// One searchable thing: a plan, theme, commitment, milestone, institution, forum body or
/// member, meeting, news post, document or contribution.
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
    /// The tokens of title and body as indexed ([`domain::analysis::Tokens::stored`]). Read
    /// to rank catalogue candidates; empty in search results (nothing shows it).
    pub normalized: String,
    /// The contribution this entry shows; `None` for the catalogue.
    pub source_id: Option<i64>,
    /// The title's tokens, ranked above the body's.
    pub title_tokens: String,
    /// When it last changed (seconds since the epoch): the newer first on a tie.
    pub dated: i64,
}

impl SearchEntry {
    /// A fingerprint of everything stored for the entry: a catalogue entry whose digest is
    /// already in the index is left as it is (see [`SearchRepository::sync_catalogue_entries`]).
    pub fn digest(&self) -> String {
        use sha2::{Digest, Sha256};
        let mut hash = Sha256::new();
        for part in [&self.kind, &self.path, &self.title, &self.body, &self.normalized, &self.title_tokens] {
            hash.update(part.len().to_le_bytes());
            hash.update(part.as_bytes());
        }
        for number in [self.plan_id, self.theme_id, self.institution_id, self.source_id, Some(self.dated)] {
            hash.update(number.map_or([0xff; 8], i64::to_le_bytes));
        }
        hash.update(self.status.as_deref().unwrap_or("\u{0}").as_bytes());
        hex::encode(hash.finalize())
    }
}

/// What a catalogue sync changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SyncCount {
    pub kept: u64,
    pub added: u64,
    pub removed: u64,
}

/// Catalogue candidates read per query (title matches, then any), so that a search reads at
/// most 800 entries' tokens however common its words; beyond that, the most recent are kept.
pub const CANDIDATES: i64 = 400;

/// A catalogue entry found, as much as ranking needs.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Candidate {
    pub id: i64,
    pub kind: String,
    pub path: String,
    pub title_tokens: String,
    pub dated: i64,
}

/// The ids of the candidates found, best first (see the module's doc), at most `limit`.
pub fn rank(mut found: Vec<Candidate>, words: &[QueryWord], limit: usize) -> Vec<i64> {
    let mut seen = std::collections::HashSet::new();
    found.retain(|c| seen.insert(c.id));
    let mut scored: Vec<((u32, i64), Candidate)> = found
        .into_iter()
        .map(|c| {
            let title: u32 = words.iter().map(|w| w.best_level_in(&c.title_tokens).map_or(0, |l| l as u32)).sum();
            ((title, c.dated), c)
        })
        .collect();
    // Equal on every count: by address, the same on both backends whatever their row ids.
    scored.sort_by(|(a, x), (b, y)| b.cmp(a).then_with(|| x.path.cmp(&y.path)).then_with(|| x.kind.cmp(&y.kind)));
    scored.into_iter().take(limit).map(|(_, c)| c.id).collect()
}

/// What the index was built from. The catalogue (plans, themes, commitments, milestones,
/// meetings, news, documents, institutions, the forum) is small: when it moves, its entries
/// are computed again and only those whose digest changed are written. Contributions are many
/// and indexed as they arrive, so a new comment never costs more than its own entry.
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
    /// Makes the catalogue's entries (all that are not a contribution's) these, in one
    /// transaction, touching only what changed: an entry already indexed as it is stays.
    async fn sync_catalogue_entries(&self, entries: &[SearchEntry]) -> Result<SyncCount, StoreError>;
    /// Adds contributions' entries; one already indexed (by another process) is skipped.
    async fn add_contribution_entries(&self, entries: &[SearchEntry]) -> Result<(), StoreError>;
    /// Drops the entries of contributions since hidden or held for moderation. Returns how many.
    async fn drop_unsearchable_contributions(&self) -> Result<u64, StoreError>;
    /// The contributions hidden or held for moderation now (few: read from partial indexes).
    async fn unsearchable_contribution_ids(&self) -> Result<Vec<i64>, StoreError>;
    /// Drops the entries of these contributions. Returns how many there were.
    async fn drop_contribution_entries(&self, ids: &[i64]) -> Result<u64, StoreError>;
    /// These contributions, if public and not yet indexed.
    async fn unindexed_contributions_among(
        &self,
        ids: &[i64],
    ) -> Result<Vec<domain::contribution::Contribution>, StoreError>;
    /// Public contributions after `after_id` that have no entry yet, oldest first.
    async fn unindexed_contributions(
        &self,
        after_id: i64,
        limit: i64,
    ) -> Result<Vec<domain::contribution::Contribution>, StoreError>;
    /// The institutions the institution filter can find (a commitment's lead, a milestone's
    /// responsible), in one plan or in all. An institution's own entry, or a forum member's,
    /// carries its institution too, but does not make it a choice.
    async fn searchable_institutions(&self, plan_id: Option<i64>) -> Result<Vec<i64>, StoreError>;
    /// Entries matching every word (as written or by its stem, as a prefix) and every filter
    /// given: the catalogue's ranked, then contributions newest first.
    async fn search(
        &self,
        words: &[QueryWord],
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
    (SELECT COUNT(*) FROM news_posts) AS news, (SELECT COALESCE(MAX(updated_at), 0) FROM news_posts) AS news_at,
    (SELECT COUNT(*) FROM institutions) AS institutions, (SELECT COALESCE(MAX(updated_at), 0) FROM institutions) AS institutions_at,
    (SELECT COUNT(*) FROM bodies) AS bodies, (SELECT COALESCE(MAX(updated_at), 0) FROM bodies) AS bodies_at,
    (SELECT CAST(COALESCE(SUM(LENGTH(title)), 0) AS BIGINT) FROM themes) AS themes_size,
    (SELECT CAST(COALESCE(SUM(LENGTH(name)), 0) AS BIGINT) FROM people) AS people_size,
    (SELECT CAST(COALESCE(SUM(id), 0) AS BIGINT) FROM memberships) AS memberships_ids,
    (SELECT COUNT(*) FROM memberships WHERE ends_on IS NOT NULL) AS memberships_ended";

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
    institutions: i64,
    institutions_at: i64,
    bodies: i64,
    bodies_at: i64,
    themes_size: i64,
    people_size: i64,
    memberships_ids: i64,
    memberships_ended: i64,
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
        f.institutions,
        f.institutions_at,
        f.bodies,
        f.bodies_at,
        f.themes_size,
        f.people_size,
        f.memberships_ids,
        f.memberships_ended,
    ];
    parts.iter().map(i64::to_string).collect::<Vec<_>>().join(":")
}

/// Inserts entries; contributions' entries already there are left as they are.
macro_rules! insert_entries {
    ($tx:expr, $entries:expr) => {
        for e in $entries {
            sqlx::query(
                "INSERT INTO search_entries (kind, path, title, body, plan_id, normalized, theme_id, institution_id, status,
                   source_id, title_tokens, dated, digest)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
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
            .bind(&e.title_tokens)
            .bind(e.dated)
            .bind(e.digest())
            .execute(&mut *$tx)
            .await?;
        }
    };
}

pub(crate) use insert_entries;

/// The columns a search reads: a catalogue candidate's (for ranking), then a hit's.
pub(crate) const CANDIDATE_COLUMNS: &str = "e.id, e.kind, e.path, e.title_tokens, e.dated";
pub(crate) const SHOWN_COLUMNS: &str = "e.kind, e.path, e.title, e.body, e.plan_id, e.theme_id, e.institution_id,
    e.status, '' AS normalized, e.source_id, '' AS title_tokens, e.dated";

/// `$catalogue_sql` finds catalogue entries (its `{columns}` filled in, and `{tsv}`, where
/// the backend has one vector per column, with the one searched), `$contributions_sql`
/// contributions; `$matching(words, in_titles)` writes the backend's query.
macro_rules! impl_search_repository {
    ($store:ty, $catalogue_sql:literal, $contributions_sql:literal, $matching:expr) => {
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

            async fn sync_catalogue_entries(
                &self,
                entries: &[$crate::search::SearchEntry],
            ) -> Result<$crate::search::SyncCount, StoreError> {
                let mut tx = self.begin_search_write().await?;
                let indexed: Vec<(i64, String)> =
                    sqlx::query_as("SELECT id, digest FROM search_entries WHERE source_id IS NULL")
                        .fetch_all(&mut *tx)
                        .await?;
                let (stale, fresh) = $crate::search::catalogue_changes(&indexed, entries);
                for chunk in stale.chunks(500) {
                    sqlx::query(&format!(
                        "DELETE FROM search_entries WHERE id IN ({})",
                        $crate::search::id_list(chunk)
                    ))
                    .execute(&mut *tx)
                    .await?;
                }
                $crate::search::insert_entries!(tx, fresh.iter());
                tx.commit().await?;
                Ok($crate::search::SyncCount {
                    kept: (indexed.len() - stale.len()) as u64,
                    added: fresh.len() as u64,
                    removed: stale.len() as u64,
                })
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

            async fn unsearchable_contribution_ids(&self) -> Result<Vec<i64>, StoreError> {
                // The two `WHERE` clauses are those of the partial indexes, word for word.
                Ok(sqlx::query_scalar(
                    "SELECT id FROM contributions WHERE hidden_reason IS NOT NULL
                     UNION SELECT id FROM contributions WHERE pending = 1",
                )
                .fetch_all(&self.pool)
                .await?)
            }

            async fn drop_contribution_entries(&self, ids: &[i64]) -> Result<u64, StoreError> {
                let mut tx = self.begin_search_write().await?;
                let mut dropped = 0;
                for chunk in ids.chunks(500) {
                    dropped += sqlx::query(&format!(
                        "DELETE FROM search_entries WHERE source_id IN ({})",
                        $crate::search::id_list(chunk)
                    ))
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                }
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

            async fn unindexed_contributions_among(
                &self,
                ids: &[i64],
            ) -> Result<Vec<domain::contribution::Contribution>, StoreError> {
                let mut found = vec![];
                for chunk in ids.chunks(500) {
                    let rows: Vec<$crate::contributions::ContributionRow> = sqlx::query_as(&format!(
                        "{} WHERE c.id IN ({}) AND c.pending = 0 AND c.hidden_reason IS NULL
                           AND NOT EXISTS (SELECT 1 FROM search_entries e WHERE e.source_id = c.id)
                         ORDER BY c.id",
                        $crate::contributions::CONTRIBUTION_SELECT,
                        $crate::search::id_list(chunk)
                    ))
                    .fetch_all(&self.pool)
                    .await?;
                    for row in rows {
                        found.push(row.try_into()?);
                    }
                }
                Ok(found)
            }

            async fn searchable_institutions(&self, plan_id: Option<i64>) -> Result<Vec<i64>, StoreError> {
                Ok(sqlx::query_scalar(
                    "SELECT DISTINCT institution_id FROM search_entries
                     WHERE institution_id IS NOT NULL AND kind IN ('commitment', 'milestone')
                       AND (CAST($1 AS BIGINT) IS NULL OR plan_id = $1)",
                )
                .bind(plan_id)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn search(
                &self,
                words: &[domain::analysis::QueryWord],
                filters: &$crate::search::SearchFilters<'_>,
                limit: i64,
            ) -> Result<Vec<$crate::search::SearchEntry>, StoreError> {
                if words.is_empty() || limit <= 0 {
                    return Ok(vec![]);
                }
                let mut found: Vec<$crate::search::SearchEntry> = vec![];
                if filters.kind != Some("comment") {
                    let mut candidates: Vec<$crate::search::Candidate> = vec![];
                    // Any match; when there are more than the candidates read, the title
                    // matches too (see the module's doc).
                    for in_titles in [false, true] {
                        if in_titles && (candidates.len() as i64) < $crate::search::CANDIDATES {
                            break;
                        }
                        let sql = $catalogue_sql
                            .replace("{columns}", $crate::search::CANDIDATE_COLUMNS)
                            .replace("{tsv}", if in_titles { "title_tsv" } else { "tsv" });
                        let rows: Vec<$crate::search::Candidate> = sqlx::query_as(&sql)
                            .bind($matching(words, in_titles))
                            .bind(filters.kind)
                            .bind(filters.plan_id)
                            .bind($crate::search::CANDIDATES)
                            .bind(filters.theme_id)
                            .bind(filters.institution_id)
                            .bind(filters.status)
                            .fetch_all(&self.pool)
                            .await?;
                        candidates.extend(rows);
                    }
                    let best = $crate::search::rank(candidates, words, limit as usize);
                    if !best.is_empty() {
                        let mut rows: Vec<(i64, $crate::search::SearchEntry)> =
                            sqlx::query_as::<_, $crate::search::ShownRow>(&format!(
                                "SELECT e.id, {} FROM search_entries e WHERE e.id IN ({})",
                                $crate::search::SHOWN_COLUMNS,
                                $crate::search::id_list(&best)
                            ))
                            .fetch_all(&self.pool)
                            .await?
                            .into_iter()
                            .map(|r| (r.id, r.entry))
                            .collect();
                        rows.sort_by_key(|(id, _)| best.iter().position(|b| b == id));
                        found = rows.into_iter().map(|(_, e)| e).collect();
                    }
                }
                let room = limit - found.len() as i64;
                if room > 0 && (filters.kind.is_none() || filters.kind == Some("comment")) {
                    let sql = $contributions_sql.replace("{columns}", $crate::search::SHOWN_COLUMNS);
                    let rows: Vec<$crate::search::SearchEntry> = sqlx::query_as(&sql)
                        .bind($matching(words, false))
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

/// Ids written into an `IN (…)` list (integers, so nothing to quote): the search index's
/// writes and reads name their rows by id, 500 at a time.
pub(crate) fn id_list(ids: &[i64]) -> String {
    ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
}

/// A hit's row with its id, to put the hits back in their ranked order.
#[derive(sqlx::FromRow)]
pub struct ShownRow {
    pub id: i64,
    #[sqlx(flatten)]
    pub entry: SearchEntry,
}

/// Which catalogue entries changed: the ids of indexed rows no entry has any more (by digest,
/// counting repeats), and the entries not indexed yet.
pub fn catalogue_changes<'a>(
    indexed: &[(i64, String)],
    entries: &'a [SearchEntry],
) -> (Vec<i64>, Vec<&'a SearchEntry>) {
    let mut wanted: std::collections::HashMap<String, Vec<&SearchEntry>> = std::collections::HashMap::new();
    for e in entries.iter().filter(|e| e.source_id.is_none()) {
        wanted.entry(e.digest()).or_default().push(e);
    }
    let mut stale = vec![];
    for (id, digest) in indexed {
        match wanted.get_mut(digest) {
            Some(same) if !same.is_empty() => {
                same.pop();
            }
            _ => stale.push(*id),
        }
    }
    let mut fresh: Vec<&SearchEntry> = wanted.into_values().flatten().collect();
    // In the catalogue's order, so ties rank the same after any sync.
    let position: std::collections::HashMap<*const SearchEntry, usize> =
        entries.iter().enumerate().map(|(i, e)| (e as *const SearchEntry, i)).collect();
    fresh.sort_by_key(|e| position.get(&(*e as *const SearchEntry)).copied().unwrap_or(usize::MAX));
    (stale, fresh)
}

/// One query word's forms, as the backend writes them: quoted, prefixes marked when the
/// word is long enough (see [`QueryWord::as_prefix`]); the shorter words it may derive from,
/// whole.
fn forms(word: &QueryWord, quote: fn(&str) -> String, prefix: &str) -> Vec<String> {
    let star = if word.as_prefix() { prefix } else { "" };
    let whole = word.shorter.iter().map(|s| quote(s));
    word.forms().map(|f| format!("{}{star}", quote(f))).chain(whole).collect()
}

/// FTS5: each word's forms quoted (so nothing in them is an operator), any of them, as a
/// prefix; every word required; in the titles only when asked.
pub(crate) fn fts5_query(words: &[QueryWord], in_titles: bool) -> String {
    let all = words
        .iter()
        .map(|w| format!("({})", forms(w, |f| format!("\"{}\"", f.replace('"', "")), "*").join(" OR ")))
        .collect::<Vec<_>>()
        .join(" AND ");
    if in_titles {
        format!("{{title_tokens}} : ({all})")
    } else {
        all
    }
}

/// tsquery: each word's forms quoted lexemes, any of them, as a prefix; every word required.
/// The title-only search runs on its own column (`title_tsv`), so the query is the same.
pub(crate) fn tsquery(words: &[QueryWord], _in_titles: bool) -> String {
    words
        .iter()
        .map(|w| format!("({})", forms(w, |f| format!("'{}'", f.replace(['\'', '\\'], "")), ":*").join(" | ")))
        .collect::<Vec<_>>()
        .join(" & ")
}
