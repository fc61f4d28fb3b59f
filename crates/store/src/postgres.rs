//! PostgreSQL: for scale-out, many stateless `sharaka serve` processes on one database.

use std::str::FromStr;

use domain::institution::{Institution, InstitutionInput};
use domain::permissions::Grant;
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};

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

type DB = sqlx::Postgres;

pub struct PgStore {
    pool: PgPool,
}

impl PgStore {
    const MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        Self::connect_with(PgConnectOptions::from_str(url)?).await
    }

    pub async fn connect_with(options: PgConnectOptions) -> Result<Self, StoreError> {
        // Statements are prepared once per connection; after five runs PostgreSQL may switch
        // to a generic plan that cannot see the values, and keeps it for the connection's
        // life, even once the tables it was made for have grown. Without this setting the
        // benchmark's `sharaka synth` (2 minutes) had stored two thirds of its comments after
        // 7. For search a generic plan walked every contribution looking for a rare word.
        // Plan with the values and the tables as they are, each time.
        let options = options.options([("plan_cache_mode", "force_custom_plan")]);
        let pool = PgPoolOptions::new().max_connections(10).connect_with(options).await?;
        Ok(Self { pool })
    }

    /// Writes share the pool: PostgreSQL locks rows, not the database.
    pub(crate) fn writer(&self) -> &PgPool {
        &self.pool
    }

    pub(crate) async fn close_pools(&self) {
        self.pool.close().await;
    }

    pub(crate) fn pool_status(&self) -> crate::PoolStatus {
        crate::PoolStatus { open: self.pool.size(), idle: self.pool.num_idle() }
    }

    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// A transaction (row locks and SERIALIZABLE are not needed: the SQL says what it locks).
    pub(crate) async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Postgres>, sqlx::Error> {
        self.pool.begin().await
    }

    /// Each contribution in a transaction of its own: PostgreSQL already commits concurrent
    /// transactions together (one WAL flush for those waiting).
    async fn commit_contribution(&self, job: crate::contributions::NewContribution) -> Result<i64, StoreError> {
        let mut tx = self.begin_write().await?;
        let id = Self::insert_contribution(&mut tx, &job).await?;
        tx.commit().await?;
        Ok(id)
    }
}

// SKIP LOCKED lets several server processes drain the outbox without sending a mail twice.
impl_database!(
    PgStore,
    "postgres",
    "UPDATE outbox SET available_at = $2, attempts = attempts + 1
     WHERE id IN (SELECT id FROM outbox WHERE sent_at IS NULL AND available_at <= $1 AND attempts < $4
                  ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
     RETURNING id, recipient, subject, body, attempts, unsubscribe"
);

impl_plan_repository!(PgStore);
impl_forum_repository!(PgStore);
impl_contribution_repository!(PgStore);
impl_consultation_repository!(PgStore, "SELECT pg_advisory_xact_lock(7140001)");
impl_implementation_repository!(PgStore);

impl PgStore {
    /// Search index writes, one at a time across processes (readers are not blocked), so two
    /// processes refreshing the catalogue at once do not both insert it. Their commits do not
    /// wait for the disk: the entries are derived data, and a write lost in a crash is made
    /// again by the next process's first look (it indexes every contribution without an
    /// entry, and the whole catalogue). Waiting for the flush was most of a new comment's
    /// reindexing on PostgreSQL.
    async fn begin_search_write(&self) -> Result<sqlx::Transaction<'static, DB>, sqlx::Error> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("LOCK TABLE search_entries IN SHARE ROW EXCLUSIVE MODE").execute(&mut *tx).await?;
        sqlx::query("SET LOCAL synchronous_commit TO OFF").execute(&mut *tx).await?;
        Ok(tx)
    }
}

impl_search_repository!(
    PgStore,
    "SELECT {columns}
     FROM search_entries e
     WHERE e.source_id IS NULL AND e.{tsv} @@ $1::tsquery AND ($2::text IS NULL OR e.kind = $2)
       AND ($3::bigint IS NULL OR e.plan_id = $3) AND ($5::bigint IS NULL OR e.theme_id = $5)
       AND ($6::bigint IS NULL OR e.institution_id = $6) AND ($7::text IS NULL OR e.status = $7)
     ORDER BY e.dated DESC, e.id LIMIT $4",
    "SELECT {columns}
     FROM search_entries e
     WHERE e.source_id IS NOT NULL AND e.tsv @@ $1::tsquery AND ($2::text IS NULL OR e.kind = $2)
       AND ($3::bigint IS NULL OR e.plan_id = $3) AND ($5::bigint IS NULL OR e.theme_id = $5)
       AND ($6::bigint IS NULL OR e.institution_id = $6) AND ($7::text IS NULL OR e.status = $7)
     ORDER BY e.id DESC LIMIT $4",
    crate::search::tsquery
);

impl_news_repository!(PgStore);
impl_portal_repository!(PgStore);
impl_subscription_repository!(PgStore);
