//! Databases for tests: a fresh SQLite file or a fresh PostgreSQL schema per test, so that
//! tests run in parallel without seeing each other's rows.
//!
//! PostgreSQL comes from `SHARAKA_TEST_POSTGRES_URL`. Without it the PostgreSQL half of a
//! contract test is skipped locally, but under `CI=true` a missing or unreachable server fails.

// Test support: failing loudly is the point.
#![allow(clippy::expect_used, clippy::panic)]

use std::path::PathBuf;
use std::str::FromStr;
use std::sync::Arc;

use sqlx::postgres::PgConnectOptions;

use crate::{Database, PgStore, SqliteStore};

pub mod servers;

pub const POSTGRES_URL_VAR: &str = "SHARAKA_TEST_POSTGRES_URL";

enum Cleanup {
    SqliteFile(PathBuf),
    PostgresSchema { admin_url: String, schema: String },
}

pub struct TestDatabase {
    pub db: Arc<dyn Database>,
    cleanup: Cleanup,
}

fn unique_name(prefix: &str) -> String {
    format!("{prefix}_{}", &crate::random_token()[..16])
}

impl TestDatabase {
    pub async fn sqlite() -> TestDatabase {
        let test = TestDatabase::sqlite_unmigrated().await;
        store_migrated(test.db.as_ref()).await;
        test
    }

    /// An SQLite database with no table yet (the upgrade test migrates it step by step).
    pub async fn sqlite_unmigrated() -> TestDatabase {
        let path = std::env::temp_dir().join(format!("{}.db", unique_name("sharaka_test")));
        let url = format!("sqlite://{}", path.display());
        let store = SqliteStore::connect(&url).await.expect("open SQLite test database");
        TestDatabase { db: Arc::new(store), cleanup: Cleanup::SqliteFile(path) }
    }

    /// A PostgreSQL database in its own schema, or `None` when none is configured locally.
    pub async fn postgres() -> Option<TestDatabase> {
        let test = TestDatabase::postgres_unmigrated().await?;
        store_migrated(test.db.as_ref()).await;
        Some(test)
    }

    /// A PostgreSQL schema with no table yet, or `None` when none is configured locally.
    pub async fn postgres_unmigrated() -> Option<TestDatabase> {
        let admin_url = match std::env::var(POSTGRES_URL_VAR) {
            Ok(url) if !url.trim().is_empty() => url,
            _ if std::env::var("CI").is_ok_and(|v| v == "true") => {
                panic!("CI=true but {POSTGRES_URL_VAR} is not set: PostgreSQL tests must run in CI")
            }
            _ => return None,
        };
        let schema = unique_name("t");
        let admin = sqlx::PgPool::connect(&admin_url)
            .await
            .unwrap_or_else(|e| panic!("PostgreSQL at {POSTGRES_URL_VAR} is unreachable: {e}"));
        sqlx::query(&format!("CREATE SCHEMA {schema}")).execute(&admin).await.expect("create schema");
        admin.close().await;
        let options =
            PgConnectOptions::from_str(&admin_url).expect("PostgreSQL URL").options([("search_path", schema.as_str())]);
        let store = PgStore::connect_with(options).await.expect("connect to test schema");
        Some(TestDatabase { db: Arc::new(store), cleanup: Cleanup::PostgresSchema { admin_url, schema } })
    }

    /// A second, independent connection pool to the same database, as another server process would have.
    pub async fn reconnect(&self) -> Arc<dyn Database> {
        match &self.cleanup {
            Cleanup::SqliteFile(path) => {
                Arc::new(SqliteStore::connect(&format!("sqlite://{}", path.display())).await.expect("reopen SQLite"))
            }
            Cleanup::PostgresSchema { admin_url, schema } => {
                let options = PgConnectOptions::from_str(admin_url)
                    .expect("PostgreSQL URL")
                    .options([("search_path", schema.as_str())]);
                Arc::new(PgStore::connect_with(options).await.expect("reconnect PostgreSQL"))
            }
        }
    }

    /// A database URL for this test's database, as `--database-url` takes it (the schema
    /// travels as the connection's search_path option).
    pub fn url(&self) -> String {
        match &self.cleanup {
            Cleanup::SqliteFile(path) => format!("sqlite://{}", path.display()),
            Cleanup::PostgresSchema { admin_url, schema } => {
                let joiner = if admin_url.contains('?') { '&' } else { '?' };
                format!("{admin_url}{joiner}options=-c%20search_path%3D{schema}")
            }
        }
    }

    /// Removes the test's database. Call at the end of a test; a failed test leaves it for inspection.
    pub async fn cleanup(self) {
        match self.cleanup {
            Cleanup::SqliteFile(path) => {
                drop(self.db);
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            Cleanup::PostgresSchema { admin_url, schema } => {
                drop(self.db);
                if let Ok(admin) = sqlx::PgPool::connect(&admin_url).await {
                    let _ = sqlx::query(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE")).execute(&admin).await;
                    admin.close().await;
                }
            }
        }
    }
}

/// What a test runs against on one backend: a bare database (store and interchange tests) or
/// a whole application around one (the web tests' `TestApp`). [`on_both_backends!`] runs a
/// test once per backend with any fixture.
#[allow(async_fn_in_trait)]
pub trait Fixture: Sized {
    async fn sqlite() -> Self;
    /// `None` when no PostgreSQL is configured locally (under `CI=true` that fails instead).
    async fn postgres() -> Option<Self>;
    async fn cleanup(self);
}

impl Fixture for TestDatabase {
    async fn sqlite() -> Self {
        TestDatabase::sqlite().await
    }
    async fn postgres() -> Option<Self> {
        TestDatabase::postgres().await
    }
    async fn cleanup(self) {
        TestDatabase::cleanup(self).await
    }
}

/// Runs each listed test once per backend, as `<name>::sqlite` and `<name>::postgres`; each
/// test is an `async fn(&mut Fixture)` (a `&Fixture` parameter takes it too). The fixture is
/// [`TestDatabase`] unless named first: `on_both_backends!(crate::harness::TestApp; a, b)`.
/// The one definition for the store contract, the importer tests and the web tests (it was
/// written three times).
#[macro_export]
macro_rules! on_both_backends {
    ($fixture:ty; $($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                let mut fixture = <$fixture as $crate::testing::Fixture>::sqlite().await;
                super::$name(&mut fixture).await;
                $crate::testing::Fixture::cleanup(fixture).await;
            }
            #[tokio::test]
            async fn postgres() {
                let Some(mut fixture) = <$fixture as $crate::testing::Fixture>::postgres().await else {
                    eprintln!("skipped: {} not set", $crate::testing::POSTGRES_URL_VAR);
                    return;
                };
                super::$name(&mut fixture).await;
                $crate::testing::Fixture::cleanup(fixture).await;
            }
        }
    )*};
    ($($name:ident),* $(,)?) => {
        $crate::on_both_backends!($crate::testing::TestDatabase; $($name),*);
    };
}

async fn store_migrated(store: &dyn Database) {
    store.migrate().await.expect("migrate test database");
}
