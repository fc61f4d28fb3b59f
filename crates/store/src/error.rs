use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("unsupported database URL scheme {0:?}; use sqlite://PATH or postgres://HOST/DB")]
    UnknownScheme(String),
    #[error("a record with the same unique key already exists")]
    Conflict,
    #[error("invalid data: {0}")]
    Invalid(String),
    /// A rule of the domain refused the change; `code` is a stable, translatable error code.
    #[error("refused: {field}: {code}")]
    Refused { field: &'static str, code: &'static str },
    /// A copy refuses a target that already holds an instance (named: a table with rows).
    #[error("the target database is not empty (its table {0} has rows); copy only into a new, empty database")]
    NotEmpty(String),
    #[error("record not found")]
    NotFound,
    #[error("stored data is not readable: {0}")]
    Corrupt(String),
    #[error("file storage error: {0}")]
    Files(String),
    #[error("database error: {0}")]
    Database(sqlx::Error),
    /// A write queued with others was not committed (their transaction failed).
    #[error("not saved: {0}")]
    NotCommitted(String),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

impl From<sqlx::Error> for StoreError {
    fn from(err: sqlx::Error) -> Self {
        match &err {
            sqlx::Error::RowNotFound => StoreError::NotFound,
            sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict,
            _ => StoreError::Database(err),
        }
    }
}
