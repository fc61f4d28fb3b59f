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
use crate::plans::*;
use crate::plans_sql::impl_plan_repository;
use crate::records::*;
use crate::StoreError;
use domain::commitment::{Commitment, Indicator, Milestone, Theme};
use domain::plan::Plan;
use domain::Localized;
use std::collections::BTreeMap;

type DB = sqlx::Sqlite;

pub struct SqliteStore {
    pool: SqlitePool,
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
        let pool = SqlitePoolOptions::new().max_connections(8).connect_with(options).await?;
        Ok(Self { pool })
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }
}

impl_database!(
    SqliteStore,
    "sqlite",
    "UPDATE outbox SET available_at = $2, attempts = attempts + 1
     WHERE id IN (SELECT id FROM outbox WHERE sent_at IS NULL AND available_at <= $1 AND attempts < $4 ORDER BY id LIMIT $3)
     RETURNING id, recipient, subject, body, attempts"
);

impl_plan_repository!(SqliteStore);
impl_forum_repository!(SqliteStore);
impl_contribution_repository!(SqliteStore);
impl_consultation_repository!(SqliteStore, "SELECT 1");
impl_implementation_repository!(SqliteStore);
