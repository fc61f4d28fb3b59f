-- The search index: one row per searchable thing, its text normalised in Rust (so both
-- backends match the same words), and an FTS5 index over that text.
CREATE TABLE search_entries (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    kind           TEXT NOT NULL,
    path           TEXT NOT NULL,
    title          TEXT NOT NULL,
    body           TEXT NOT NULL,
    plan_id        INTEGER,
    normalized     TEXT NOT NULL
);
CREATE VIRTUAL TABLE search_fts USING fts5(
    normalized, content='search_entries', content_rowid='id', tokenize='unicode61 remove_diacritics 0'
);
