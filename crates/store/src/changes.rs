//! Telling every server process on one database that data changed, so each can drop what it
//! keeps in memory (rendered pages). PostgreSQL: LISTEN/NOTIFY. SQLite: one process only,
//! nothing to tell.

use async_trait::async_trait;

use crate::StoreError;

/// The PostgreSQL notification channel.
pub const CHANNEL: &str = "sharaka_changes";

#[async_trait]
pub trait ChangeFeed: Send + Sync {
    /// Tells the other processes sharing this database that something changed; `what` says
    /// what (the page cache's kinds of change; empty for anything).
    async fn announce_change(&self, what: &str) -> Result<(), StoreError>;
    /// Calls `on_change` with what changed whenever a change is announced (including this
    /// process's own), and with "" (anything) after a lost connection, when announcements may
    /// have been missed. Runs until the database is closed; returns at once where there is no
    /// one else to hear from.
    async fn watch_changes(&self, on_change: &(dyn for<'a> Fn(&'a str) + Send + Sync)) -> Result<(), StoreError>;
}

#[async_trait]
impl ChangeFeed for crate::sqlite::SqliteStore {
    async fn announce_change(&self, _what: &str) -> Result<(), StoreError> {
        Ok(())
    }

    async fn watch_changes(&self, _on_change: &(dyn for<'a> Fn(&'a str) + Send + Sync)) -> Result<(), StoreError> {
        Ok(())
    }
}

#[async_trait]
impl ChangeFeed for crate::postgres::PgStore {
    async fn announce_change(&self, what: &str) -> Result<(), StoreError> {
        sqlx::query("SELECT pg_notify($1, $2)").bind(CHANNEL).bind(what).execute(self.pool()).await?;
        Ok(())
    }

    async fn watch_changes(&self, on_change: &(dyn for<'a> Fn(&'a str) + Send + Sync)) -> Result<(), StoreError> {
        let mut listener = sqlx::postgres::PgListener::connect_with(self.pool()).await?;
        listener.listen(CHANNEL).await?;
        loop {
            if self.pool().is_closed() {
                return Ok(());
            }
            // `None`: the connection was lost and is being re-established; anything could
            // have changed meanwhile.
            match listener.try_recv().await? {
                Some(notification) => on_change(notification.payload()),
                None => on_change(""),
            }
        }
    }
}
