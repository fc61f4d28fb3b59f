//! SQLite: the embedded default. WAL journal, a busy timeout and full fsync on commit, so an
//! acknowledged write survives a crash and readers never block the writer.

use std::str::FromStr;
use std::time::Duration;

use domain::institution::{Institution, InstitutionInput};
use domain::permissions::Grant;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};

use crate::consultations::impl_consultation_repository;
use crate::contributions::impl_contribution_repository;
use crate::database::{classify_token, impl_database};
use crate::forum_sql::impl_forum_repository;
use crate::implementation::impl_implementation_repository;
use crate::news::impl_news_repository;
use crate::plans::*;
use crate::plans_sql::impl_plan_repository;
use crate::portals::impl_portal_repository;
use crate::records::*;
use crate::search::impl_search_repository;
use crate::subscriptions::impl_subscription_repository;
use crate::StoreError;
use domain::commitment::{Commitment, Indicator, Milestone, Theme};
use domain::plan::Plan;
use domain::Localized;
use std::collections::BTreeMap;

type DB = sqlx::Sqlite;

pub struct SqliteStore {
    pool: SqlitePool,
    /// One connection for every write: writers queue for it here, in order, instead
    /// of in SQLite's busy handler, which polls with sleeps of up to 100 ms (under a burst
    /// of comments, most of a request's time).
    writer: SqlitePool,
    /// Contributions share commits (see [`crate::group_commit`]).
    contributions: crate::group_commit::GroupCommit,
}

impl SqliteStore {
    const MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true);
        let pool = SqlitePoolOptions::new().max_connections(8).connect_with(options.clone()).await?;
        let writer = SqlitePoolOptions::new().max_connections(1).connect_with(options).await?;
        let contributions = crate::group_commit::GroupCommit::start(writer.clone());
        Ok(Self { pool, writer, contributions })
    }

    /// Where single-statement writes go: the writer connection, queued with the write
    /// transactions (on another connection they would wait in the busy handler behind a
    /// steady stream of transactions, and give up after the busy timeout).
    pub(crate) fn writer(&self) -> &SqlitePool {
        &self.writer
    }

    pub(crate) async fn close_pools(&self) {
        self.writer.close().await;
        self.pool.close().await;
    }

    pub(crate) fn pool_status(&self) -> crate::PoolStatus {
        crate::PoolStatus {
            open: self.pool.size() + self.writer.size(),
            idle: self.pool.num_idle() + self.writer.num_idle(),
        }
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// A write transaction on the writer connection (see [`begin_immediate`]).
    pub(crate) async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, sqlx::Error> {
        begin_immediate(&self.writer).await
    }

    async fn commit_contribution(&self, job: crate::contributions::NewContribution) -> Result<i64, StoreError> {
        self.contributions.commit(job).await
    }
}

/// A transaction that takes the write lock at once. A deferred one that reads first and
/// writes later fails with "database is locked" (SQLITE_BUSY, or BUSY_SNAPSHOT) when
/// another connection wrote in between, which the busy timeout cannot wait out.
pub(crate) async fn begin_immediate(
    writer: &SqlitePool,
) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, sqlx::Error> {
    writer.begin_with("BEGIN IMMEDIATE").await
}

impl_database!(
    SqliteStore,
    "sqlite",
    "UPDATE outbox SET available_at = $2, attempts = attempts + 1
     WHERE id IN (SELECT id FROM outbox WHERE sent_at IS NULL AND available_at <= $1 AND attempts < $4 ORDER BY id LIMIT $3)
     RETURNING id, recipient, subject, body, attempts, unsubscribe"
);

impl_plan_repository!(SqliteStore);
impl_forum_repository!(SqliteStore);
impl_contribution_repository!(SqliteStore);
impl_consultation_repository!(SqliteStore, "SELECT 1");
impl_implementation_repository!(SqliteStore);

impl SqliteStore {
    /// Search index writes: `BEGIN IMMEDIATE`, like every write here, keeps them one at a time.
    async fn begin_search_write(&self) -> Result<sqlx::Transaction<'static, DB>, sqlx::Error> {
        self.begin_write().await
    }
}

impl_search_repository!(
    SqliteStore,
    "SELECT {columns}
     FROM search_fts f JOIN search_entries e ON e.id = f.rowid
     WHERE search_fts MATCH $1 AND ($2 IS NULL OR e.kind = $2) AND ($3 IS NULL OR e.plan_id = $3)
       AND ($5 IS NULL OR e.theme_id = $5) AND ($6 IS NULL OR e.institution_id = $6) AND ($7 IS NULL OR e.status = $7)
     ORDER BY e.dated DESC, e.id LIMIT $4",
    "SELECT {columns}
     FROM search_fts_contributions f JOIN search_entries e ON e.id = f.rowid
     WHERE search_fts_contributions MATCH $1 AND ($2 IS NULL OR e.kind = $2) AND ($3 IS NULL OR e.plan_id = $3)
       AND ($5 IS NULL OR e.theme_id = $5) AND ($6 IS NULL OR e.institution_id = $6) AND ($7 IS NULL OR e.status = $7)
     ORDER BY f.rowid DESC LIMIT $4",
    crate::search::fts5_query
);

impl_news_repository!(SqliteStore);
impl_portal_repository!(SqliteStore);
impl_subscription_repository!(SqliteStore);
