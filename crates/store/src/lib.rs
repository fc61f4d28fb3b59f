//! Storage for Sharaka: one [`Database`] trait, a SQLite and a PostgreSQL implementation.
//!
//! The backend is chosen at run time from the database URL ([`connect`]). Both backends run
//! the same SQL where the dialects agree (numbered `$1` parameters, `RETURNING`, `ON CONFLICT`);
//! the few statements that differ are given per backend. Migrations live in two folders
//! with the same file names.

pub mod backup;
pub mod changes;
pub mod consultations;
pub mod contributions;
mod database;
mod error;
pub mod files;
pub mod forum;
mod forum_sql;
mod group_commit;
pub mod implementation;
pub mod news;
pub mod plans;
mod plans_sql;
pub mod portals;
mod postgres;
mod records;
pub mod search;
mod sqlite;
pub mod subscriptions;
pub mod testing;
pub mod tls;

pub use backup::{BackupRepository, RestoreInto};
pub use changes::ChangeFeed;
pub use consultations::{Adoption, AuditEntry, ConsultationRepository, FlaggedContribution};
pub use contributions::ContributionRepository;
pub use database::{Database, PoolStatus};
pub use error::StoreError;
pub use forum::ForumRepository;
pub use implementation::{ApiToken, ImplementationRepository, MeasurementReport, Recipient};
pub use news::NewsRepository;
pub use plans::{
    CommitmentData, ExportedCommitment, ImportCounts, ImportedCommitment, InstanceData, InstitutionRef, PlanData,
    PlanRepository,
};
pub use portals::PortalRepository;
pub use postgres::PgStore;
pub use records::*;
pub use search::{ContributionsMark, SearchEntry, SearchFilters, SearchFingerprint, SearchRepository};
pub use sqlite::SqliteStore;
pub use subscriptions::{Subscription, SubscriptionRepository};

use std::sync::Arc;

/// Opens the database named by `url` (`sqlite://…` or `postgres://…`). Does not migrate.
pub async fn connect(url: &str) -> Result<Arc<dyn Database>, StoreError> {
    let scheme = url.split_once(':').map(|(s, _)| s).unwrap_or_default();
    match scheme {
        "sqlite" => Ok(Arc::new(SqliteStore::connect(url).await?)),
        "postgres" | "postgresql" => Ok(Arc::new(PgStore::connect(url).await?)),
        _ => Err(StoreError::UnknownScheme(scheme.to_string())),
    }
}

/// Random URL-safe token material, hex encoded (used for session and mail tokens and secrets).
pub fn random_token() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

#[cfg(test)]
mod tests {
    #[test]
    fn migration_folders_have_identical_file_names() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
        let names = |backend: &str| -> Vec<String> {
            let mut names: Vec<String> = std::fs::read_dir(dir.join(backend))
                .expect("migration folder")
                .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
                .collect();
            names.sort();
            names
        };
        let sqlite = names("sqlite");
        assert!(!sqlite.is_empty());
        assert_eq!(sqlite, names("postgres"));
    }

    #[tokio::test]
    async fn unknown_scheme_is_refused_with_a_clear_message() {
        let err = super::connect("mysql://localhost/x").await.err().expect("refused");
        assert!(err.to_string().contains("mysql"), "{err}");
        assert!(err.to_string().contains("sqlite://"), "{err}");
    }
}
