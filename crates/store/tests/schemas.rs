//! The two migration folders build the same database. Before this test they were compared by
//! file name only: a column added in one folder, a NOT NULL forgotten or an index written for
//! one backend passed every test that did not touch it. Both are migrated from scratch and
//! read back from their own catalogs (SQLite's pragmas, PostgreSQL's `pg_catalog`): every
//! table, every column with its type family, nullability and primary-key membership, and every
//! index by its columns, uniqueness and partiality (names differ by design: SQLite names the
//! indexes of UNIQUE constraints `sqlite_autoindex_…`, PostgreSQL `…_key`).

// Test code: failing loudly is the point.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::collections::BTreeSet;

use store::testing::TestDatabase;

/// One fact about a schema, comparable across backends.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Fact {
    Table(String),
    /// Table, column, type family, NOT NULL, part of the primary key.
    Column(String, String, &'static str, bool, bool),
    /// Table, its columns in order (`<expr>` for an expression), unique, partial.
    Index(String, String, bool, bool),
}

/// The type families both backends share: SQLite's affinity rules (section 3.1 of its
/// datatype page) on one side, PostgreSQL's type names on the other.
fn sqlite_family(declared: &str) -> &'static str {
    let t = declared.to_ascii_uppercase();
    if t.contains("INT") {
        "integer"
    } else if t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT") {
        "text"
    } else if t.contains("BLOB") || t.is_empty() {
        "bytes"
    } else if t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB") {
        "real"
    } else {
        "numeric"
    }
}

fn postgres_family(data_type: &str) -> &'static str {
    match data_type {
        "bigint" | "integer" | "smallint" => "integer",
        "text" | "character varying" | "character" => "text",
        "bytea" => "bytes",
        "double precision" | "real" => "real",
        _ => "numeric",
    }
}

async fn sqlite_schema(url: &str) -> BTreeSet<Fact> {
    let pool = sqlx::SqlitePool::connect(url).await.expect("open SQLite");
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'",
    )
    .fetch_all(&pool)
    .await
    .expect("tables");
    let mut facts = BTreeSet::new();
    for table in tables {
        let columns: Vec<(String, String, i64, i64)> =
            sqlx::query_as("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?)")
                .bind(&table)
                .fetch_all(&pool)
                .await
                .expect("columns");
        for (name, declared, not_null, pk) in columns {
            // A primary key column never holds NULL, whatever the pragma says of
            // `INTEGER PRIMARY KEY` (an alias of the rowid).
            facts.insert(Fact::Column(table.clone(), name, sqlite_family(&declared), not_null != 0 || pk > 0, pk > 0));
        }
        let indexes: Vec<(String, i64, String, i64)> =
            sqlx::query_as("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?)")
                .bind(&table)
                .fetch_all(&pool)
                .await
                .expect("indexes");
        for (index, unique, origin, partial) in indexes {
            if origin == "pk" {
                continue;
            }
            let columns: Vec<Option<String>> =
                sqlx::query_scalar("SELECT name FROM pragma_index_info(?) ORDER BY seqno")
                    .bind(&index)
                    .fetch_all(&pool)
                    .await
                    .expect("index columns");
            let columns: Vec<String> = columns.into_iter().map(|c| c.unwrap_or_else(|| "<expr>".into())).collect();
            facts.insert(Fact::Index(table.clone(), columns.join(","), unique != 0, partial != 0));
        }
        facts.insert(Fact::Table(table));
    }
    pool.close().await;
    facts
}

async fn postgres_schema(url: &str) -> BTreeSet<Fact> {
    let pool = sqlx::PgPool::connect(url).await.expect("open PostgreSQL");
    let mut facts = BTreeSet::new();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT table_name::text FROM information_schema.tables
         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_sqlx%'",
    )
    .fetch_all(&pool)
    .await
    .expect("tables");
    let columns: Vec<(String, String, String, bool, bool)> = sqlx::query_as(
        "SELECT c.table_name::text, c.column_name::text, c.data_type::text, c.is_nullable = 'NO',
                EXISTS (SELECT 1 FROM information_schema.table_constraints tc
                        JOIN information_schema.key_column_usage k
                          ON k.constraint_schema = tc.constraint_schema AND k.constraint_name = tc.constraint_name
                        WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = c.table_schema
                          AND tc.table_name = c.table_name AND k.column_name = c.column_name)
         FROM information_schema.columns c WHERE c.table_schema = current_schema()",
    )
    .fetch_all(&pool)
    .await
    .expect("columns");
    for (table, column, data_type, not_null, pk) in columns {
        if tables.contains(&table) {
            facts.insert(Fact::Column(table, column, postgres_family(&data_type), not_null, pk));
        }
    }
    let indexes: Vec<(String, String, bool, bool)> = sqlx::query_as(
        "SELECT t.relname::text,
                array_to_string(ARRAY(
                    SELECT COALESCE(a.attname::text, '<expr>')
                    FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS u(attnum, n)
                    LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = u.attnum AND u.attnum > 0
                    ORDER BY u.n), ','),
                ix.indisunique, ix.indpred IS NOT NULL
         FROM pg_index ix
         JOIN pg_class t ON t.oid = ix.indrelid
         JOIN pg_namespace ns ON ns.oid = t.relnamespace
         WHERE ns.nspname = current_schema() AND NOT ix.indisprimary",
    )
    .fetch_all(&pool)
    .await
    .expect("indexes");
    for (table, columns, unique, partial) in indexes {
        if tables.contains(&table) {
            facts.insert(Fact::Index(table, columns, unique, partial));
        }
    }
    for table in tables {
        facts.insert(Fact::Table(table));
    }
    pool.close().await;
    facts
}

#[tokio::test]
async fn sqlite_and_postgres_migrate_to_the_same_schema() {
    let Some(pg) = TestDatabase::postgres().await else {
        eprintln!("skipped: {} not set", store::testing::POSTGRES_URL_VAR);
        return;
    };
    let lite = TestDatabase::sqlite().await;
    let sqlite = sqlite_schema(&lite.url()).await;
    let postgres = postgres_schema(&pg.url()).await;
    // Each backend's own full-text engine, by design (store/src/search.rs): SQLite's FTS5
    // virtual tables with their shadow tables, PostgreSQL's tsvector columns and their GIN indexes.
    // They must exist, and nothing else may differ.
    let sqlite_engine = |f: &Fact| match f {
        Fact::Table(t) | Fact::Column(t, ..) | Fact::Index(t, ..) => t.starts_with("search_fts"),
    };
    let postgres_engine = |f: &Fact| match f {
        Fact::Column(t, c, ..) => t == "search_entries" && (c == "tsv" || c == "title_tsv"),
        Fact::Index(t, c, ..) => t == "search_entries" && (c == "tsv" || c == "title_tsv"),
        Fact::Table(_) => false,
    };
    assert!(sqlite.iter().any(|f| matches!(f, Fact::Table(t) if t == "search_fts")), "SQLite has its FTS5 table");
    assert_eq!(
        postgres.iter().filter(|f| postgres_engine(f)).count(),
        4,
        "PostgreSQL has tsv and title_tsv, each with its index"
    );
    let sqlite: BTreeSet<Fact> = sqlite.into_iter().filter(|f| !sqlite_engine(f)).collect();
    let postgres: BTreeSet<Fact> = postgres.into_iter().filter(|f| !postgres_engine(f)).collect();
    let only = |a: &BTreeSet<Fact>, b: &BTreeSet<Fact>| a.difference(b).map(|f| format!("  {f:?}")).collect::<Vec<_>>();
    let (only_sqlite, only_postgres) = (only(&sqlite, &postgres), only(&postgres, &sqlite));
    let count = |kind: fn(&Fact) -> bool| sqlite.iter().filter(|f| kind(f)).count();
    println!(
        "schemas compared: {} tables, {} columns, {} indexes",
        count(|f| matches!(f, Fact::Table(_))),
        count(|f| matches!(f, Fact::Column(..))),
        count(|f| matches!(f, Fact::Index(..)))
    );
    assert!(
        only_sqlite.is_empty() && only_postgres.is_empty(),
        "the migrated schemas differ\nonly in SQLite:\n{}\nonly in PostgreSQL:\n{}",
        only_sqlite.join("\n"),
        only_postgres.join("\n")
    );
    assert!(sqlite.len() > 100, "the catalogs were read ({} facts)", sqlite.len());
    lite.cleanup().await;
    pg.cleanup().await;
}
