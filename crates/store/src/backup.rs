//! Whole-database backups: every row of every table, read from one snapshot while the
//! portal keeps serving, and a restore that replaces everything in one transaction (a
//! failure leaves the database as it was).
//!
//! Rows travel as JSON objects keyed by column name, each backend producing and reading
//! them with its own JSON functions, so column types round-trip exactly. Tables come out in
//! foreign-key order (parents first) and rows by their first column (the id), so a restore
//! inserts a parent before the rows that point to it. Derived data is not dumped: the SQLite
//! full-text index is rebuilt from its content table.

use std::collections::{BTreeMap, BTreeSet};

use async_trait::async_trait;
use futures_util::TryStreamExt;

use crate::StoreError;

/// One row as `(table, JSON object text)`.
pub type BackupRow = (String, String);

/// Receives each dumped row; an error (a full disk) stops the dump.
pub type RowSink<'a> = dyn FnMut(&str, &str) -> std::io::Result<()> + Send + 'a;

/// Rows to restore, read from the backup as they are inserted.
pub type RowSource<'a> = dyn Iterator<Item = Result<BackupRow, StoreError>> + Send + 'a;

/// Rows inserted per statement on restore.
const BATCH: usize = 500;

/// What a restore may find in the database it writes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RestoreInto {
    /// Every row is replaced (`sharaka restore`: the operator chose to go back to a backup).
    Replace,
    /// The database must hold no row at all (`sharaka copy`): a move never overwrites an
    /// instance; the check runs inside the restore's transaction.
    Empty,
}

#[async_trait]
pub trait BackupRepository: Send + Sync {
    /// The newest migration applied. A backup restores only into the same schema version.
    async fn schema_version(&self) -> Result<i64, StoreError>;
    /// Streams every row of every table to `sink` from one consistent snapshot; returns the
    /// number of rows.
    async fn dump(&self, sink: &mut RowSink<'_>) -> Result<u64, StoreError>;
    /// Deletes every row and inserts `rows` instead, all in one transaction: a row of a
    /// table this schema does not have, or an error from `rows`, rolls everything back. Rows
    /// dumped by the other backend restore too (both write the same columns; SQLite's 0/1
    /// booleans read as PostgreSQL's false/true and back). With [`RestoreInto::Empty`] a
    /// database holding any row is refused with [`StoreError::NotEmpty`], unchanged.
    async fn restore(&self, rows: &mut RowSource<'_>, into: RestoreInto) -> Result<u64, StoreError>;
}

/// Orders tables so that every table comes after the tables it references.
/// `edges` are `(child, parent)`; a table referencing itself is ignored here (its rows are
/// ordered by id instead).
fn parents_first(tables: Vec<String>, edges: &[(String, String)]) -> Vec<String> {
    let mut pending: BTreeSet<String> = tables.into_iter().collect();
    let mut ordered = Vec::with_capacity(pending.len());
    while !pending.is_empty() {
        let ready: Vec<String> = pending
            .iter()
            .filter(|t| !edges.iter().any(|(child, parent)| child == *t && parent != *t && pending.contains(parent)))
            .cloned()
            .collect();
        // A cycle between tables (none in Sharaka's schema): take the rest as they come.
        let ready = if ready.is_empty() { pending.iter().cloned().collect() } else { ready };
        for table in ready {
            pending.remove(&table);
            ordered.push(table);
        }
    }
    ordered
}

fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Groups consecutive rows of one table into batches, refusing unknown tables.
struct Batches<'a, 'r> {
    rows: &'a mut RowSource<'r>,
    known: &'a BTreeMap<String, Vec<String>>,
    held: Option<BackupRow>,
}

impl Batches<'_, '_> {
    fn next_batch(&mut self) -> Result<Option<(String, Vec<String>)>, StoreError> {
        let Some((table, first)) = self.held.take().map(Ok).or_else(|| self.rows.next()).transpose()? else {
            return Ok(None);
        };
        if !self.known.contains_key(&table) {
            return Err(StoreError::Invalid(format!(
                "the backup has a table \"{table}\" that this database does not have"
            )));
        }
        let mut batch = vec![first];
        while batch.len() < BATCH {
            match self.rows.next().transpose()? {
                Some((next_table, row)) if next_table == table => batch.push(row),
                Some(other) => {
                    self.held = Some(other);
                    break;
                }
                None => break,
            }
        }
        Ok(Some((table, batch)))
    }
}

fn json_array(rows: &[String]) -> String {
    let mut array = String::with_capacity(rows.iter().map(|r| r.len() + 1).sum::<usize>() + 2);
    array.push('[');
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            array.push(',');
        }
        array.push_str(row);
    }
    array.push(']');
    array
}

impl crate::sqlite::SqliteStore {
    /// Tables with their stored columns, parents first. Virtual tables (the full-text index)
    /// and their shadow tables are derived and left out.
    async fn backup_tables(
        conn: &mut sqlx::SqliteConnection,
    ) -> Result<(Vec<String>, BTreeMap<String, Vec<String>>), StoreError> {
        let tables: Vec<String> = sqlx::query_scalar(
            "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'
               AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations'",
        )
        .fetch_all(&mut *conn)
        .await?;
        let mut columns = BTreeMap::new();
        let mut edges = Vec::new();
        for table in &tables {
            let names: Vec<String> =
                sqlx::query_scalar("SELECT name FROM pragma_table_xinfo(?1) WHERE hidden = 0 ORDER BY cid")
                    .bind(table)
                    .fetch_all(&mut *conn)
                    .await?;
            columns.insert(table.clone(), names);
            let parents: Vec<String> = sqlx::query_scalar("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?1)")
                .bind(table)
                .fetch_all(&mut *conn)
                .await?;
            edges.extend(parents.into_iter().map(|parent| (table.clone(), parent)));
        }
        Ok((parents_first(tables, &edges), columns))
    }
}

#[async_trait]
impl BackupRepository for crate::sqlite::SqliteStore {
    async fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar("SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations WHERE success")
            .fetch_one(self.pool())
            .await?)
    }

    async fn dump(&self, sink: &mut RowSink<'_>) -> Result<u64, StoreError> {
        // In WAL mode a read transaction sees one snapshot while writers go on.
        let mut tx = self.pool().begin().await?;
        let (order, columns) = Self::backup_tables(&mut tx).await?;
        let mut count = 0;
        for table in order {
            let cols = &columns[&table];
            let Some(first) = cols.first() else { continue };
            let pairs: Vec<String> =
                cols.iter().map(|c| format!("'{}', {}", c.replace('\'', "''"), quoted(c))).collect();
            let sql =
                format!("SELECT json_object({}) FROM {} ORDER BY {}", pairs.join(", "), quoted(&table), quoted(first));
            let mut rows = sqlx::query_scalar::<_, String>(&sql).fetch(&mut *tx);
            while let Some(row) = rows.try_next().await? {
                sink(&table, &row).map_err(|e| StoreError::Files(format!("cannot write the backup: {e}")))?;
                count += 1;
            }
        }
        tx.commit().await?;
        Ok(count)
    }

    async fn restore(&self, rows: &mut RowSource<'_>, into: RestoreInto) -> Result<u64, StoreError> {
        let mut tx = self.begin_write().await?;
        // Foreign keys are checked at commit, once every table is back.
        sqlx::query("PRAGMA defer_foreign_keys = ON").execute(&mut *tx).await?;
        let (order, columns) = Self::backup_tables(&mut tx).await?;
        if into == RestoreInto::Empty {
            for table in &order {
                let sql = format!("SELECT EXISTS (SELECT 1 FROM {})", quoted(table));
                if sqlx::query_scalar::<_, bool>(&sql).fetch_one(&mut *tx).await? {
                    return Err(StoreError::NotEmpty(table.clone()));
                }
            }
        }
        for table in order.iter().rev() {
            sqlx::query(&format!("DELETE FROM {}", quoted(table))).execute(&mut *tx).await?;
        }
        let mut batches = Batches { rows, known: &columns, held: None };
        let mut count = 0;
        while let Some((table, batch)) = batches.next_batch()? {
            let cols = &columns[&table];
            let names: Vec<String> = cols.iter().map(|c| quoted(c)).collect();
            let values: Vec<String> =
                cols.iter().map(|c| format!("json_extract(value, '$.\"{}\"')", c.replace('\'', "''"))).collect();
            let sql = format!(
                "INSERT INTO {} ({}) SELECT {} FROM json_each(?1)",
                quoted(&table),
                names.join(", "),
                values.join(", ")
            );
            sqlx::query(&sql).bind(json_array(&batch)).execute(&mut *tx).await?;
            count += batch.len() as u64;
        }
        // The FTS indexes follow the restored entries (the catalogue's and contributions'), with
        // the columns they have at this schema version (an upgrade restores into an earlier one).
        for (fts, rows) in [("search_fts", "source_id IS NULL"), ("search_fts_contributions", "source_id IS NOT NULL")]
        {
            let names: Vec<String> =
                sqlx::query_scalar(&format!("SELECT name FROM pragma_table_info('{fts}')")).fetch_all(&mut *tx).await?;
            let columns = names.join(", ");
            sqlx::query(&format!("INSERT INTO {fts}({fts}) VALUES ('delete-all')")).execute(&mut *tx).await?;
            sqlx::query(&format!(
                "INSERT INTO {fts}(rowid, {columns}) SELECT id, {columns} FROM search_entries WHERE {rows}"
            ))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(count)
    }
}

impl crate::postgres::PgStore {
    async fn backup_tables(
        conn: &mut sqlx::PgConnection,
    ) -> Result<(Vec<String>, BTreeMap<String, Vec<String>>), StoreError> {
        let tables: Vec<String> = sqlx::query_scalar(
            "SELECT table_name::text FROM information_schema.tables
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_sqlx_migrations'",
        )
        .fetch_all(&mut *conn)
        .await?;
        let mut columns = BTreeMap::new();
        for table in &tables {
            let names: Vec<String> = sqlx::query_scalar(
                "SELECT column_name::text FROM information_schema.columns
                 WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'
                 ORDER BY ordinal_position",
            )
            .bind(table)
            .fetch_all(&mut *conn)
            .await?;
            columns.insert(table.clone(), names);
        }
        let edges: Vec<(String, String)> = sqlx::query_as(
            "SELECT c.relname::text, p.relname::text FROM pg_constraint k
             JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
             WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace",
        )
        .fetch_all(&mut *conn)
        .await?;
        Ok((parents_first(tables, &edges), columns))
    }
}

#[async_trait]
impl BackupRepository for crate::postgres::PgStore {
    async fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar("SELECT COALESCE(MAX(version), 0)::bigint FROM _sqlx_migrations WHERE success")
            .fetch_one(self.pool())
            .await?)
    }

    async fn dump(&self, sink: &mut RowSink<'_>) -> Result<u64, StoreError> {
        let mut tx = self.pool().begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY").await?;
        let (order, columns) = Self::backup_tables(&mut tx).await?;
        let mut count = 0;
        for table in order {
            let cols = &columns[&table];
            let Some(first) = cols.first() else { continue };
            let names: Vec<String> = cols.iter().map(|c| quoted(c)).collect();
            let sql = format!(
                "SELECT row_to_json(t)::text FROM (SELECT {} FROM {} ORDER BY {}) t",
                names.join(", "),
                quoted(&table),
                quoted(first)
            );
            let mut rows = sqlx::query_scalar::<_, String>(&sql).fetch(&mut *tx);
            while let Some(row) = rows.try_next().await? {
                sink(&table, &row).map_err(|e| StoreError::Files(format!("cannot write the backup: {e}")))?;
                count += 1;
            }
        }
        tx.commit().await?;
        Ok(count)
    }

    async fn restore(&self, rows: &mut RowSource<'_>, into: RestoreInto) -> Result<u64, StoreError> {
        let mut tx = self.begin_write().await?;
        let (order, columns) = Self::backup_tables(&mut tx).await?;
        if into == RestoreInto::Empty {
            // Writers that come after the check wait for this transaction's lock.
            for table in &order {
                sqlx::query(&format!("LOCK TABLE {} IN SHARE MODE", quoted(table))).execute(&mut *tx).await?;
                let sql = format!("SELECT EXISTS (SELECT 1 FROM {})", quoted(table));
                if sqlx::query_scalar::<_, bool>(&sql).fetch_one(&mut *tx).await? {
                    return Err(StoreError::NotEmpty(table.clone()));
                }
            }
        }
        if !order.is_empty() {
            let all: Vec<String> = order.iter().map(|t| quoted(t)).collect();
            sqlx::query(&format!("TRUNCATE {}", all.join(", "))).execute(&mut *tx).await?;
        }
        let mut batches = Batches { rows, known: &columns, held: None };
        let mut count = 0;
        while let Some((table, batch)) = batches.next_batch()? {
            let names: Vec<String> = columns[&table].iter().map(|c| quoted(c)).collect();
            let names = names.join(", ");
            let sql = format!(
                "INSERT INTO {t} ({names}) SELECT {names} FROM json_populate_recordset(NULL::{t}, $1::json)",
                t = quoted(&table)
            );
            sqlx::query(&sql).bind(json_array(&batch)).execute(&mut *tx).await?;
            count += batch.len() as u64;
        }
        // Identity columns continue after the restored ids.
        let identities: Vec<(String, String)> = sqlx::query_as(
            "SELECT table_name::text, column_name::text FROM information_schema.columns
             WHERE table_schema = current_schema() AND is_identity = 'YES'",
        )
        .fetch_all(&mut *tx)
        .await?;
        for (table, column) in identities {
            let sql = format!(
                "SELECT setval(pg_get_serial_sequence($1, $2), COALESCE(MAX({c}), 0) + 1, false) FROM {t}",
                c = quoted(&column),
                t = quoted(&table)
            );
            sqlx::query(&sql).bind(quoted(&table)).bind(&column).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(count)
    }
}

#[cfg(test)]
mod tests {
    use super::parents_first;

    #[test]
    fn parents_come_before_their_children() {
        let tables = ["comments", "users", "plans", "commitments"].map(String::from).to_vec();
        let edges =
            [("comments", "users"), ("comments", "comments"), ("commitments", "plans"), ("comments", "commitments")]
                .map(|(a, b)| (a.to_string(), b.to_string()));
        let order = parents_first(tables, &edges);
        let at = |t: &str| order.iter().position(|x| x == t).expect("listed");
        assert!(at("users") < at("comments"));
        assert!(at("plans") < at("commitments") && at("commitments") < at("comments"));
        assert_eq!(order.len(), 4);
    }
}
