-- Contributions are indexed one by one as they arrive instead of the whole index being
-- rebuilt on every new comment: each contribution's entry names its source, once.
ALTER TABLE search_entries ADD COLUMN source_id INTEGER;
CREATE UNIQUE INDEX search_entries_by_source ON search_entries(source_id) WHERE source_id IS NOT NULL;
-- Contributions have an FTS index of their own: they are read newest first, which FTS5
-- answers without ranking every match (a common word can match a sixth of 100,000
-- comments), while the catalogue, small, is ranked by relevance.
CREATE VIRTUAL TABLE search_fts_contributions USING fts5(
    normalized, content='search_entries', content_rowid='id', tokenize='unicode61 remove_diacritics 0'
);
-- Both FTS indexes follow the entries row by row.
CREATE TRIGGER search_entries_fts_insert AFTER INSERT ON search_entries WHEN new.source_id IS NULL BEGIN
    INSERT INTO search_fts(rowid, normalized) VALUES (new.id, new.normalized);
END;
CREATE TRIGGER search_entries_fts_delete AFTER DELETE ON search_entries WHEN old.source_id IS NULL BEGIN
    INSERT INTO search_fts(search_fts, rowid, normalized) VALUES ('delete', old.id, old.normalized);
END;
CREATE TRIGGER search_contributions_fts_insert AFTER INSERT ON search_entries WHEN new.source_id IS NOT NULL BEGIN
    INSERT INTO search_fts_contributions(rowid, normalized) VALUES (new.id, new.normalized);
END;
CREATE TRIGGER search_contributions_fts_delete AFTER DELETE ON search_entries WHEN old.source_id IS NOT NULL BEGIN
    INSERT INTO search_fts_contributions(search_fts_contributions, rowid, normalized) VALUES ('delete', old.id, old.normalized);
END;
-- The search fingerprint reads moderated and hidden contributions from these small indexes
-- instead of scanning every contribution on each search.
CREATE INDEX contributions_hidden ON contributions(id) WHERE hidden_reason IS NOT NULL;
CREATE INDEX contributions_pending ON contributions(id) WHERE pending = 1;
-- Entries written before this migration have no source: start again.
DELETE FROM search_entries;
INSERT INTO search_fts(search_fts) VALUES ('rebuild');
-- A proposal's discussion is read a page at a time, oldest first.
CREATE INDEX contributions_thread ON contributions(parent_id, created_at, id);
-- The institution filter lists the institutions the index can find without reading it all.
CREATE INDEX search_entries_by_institution ON search_entries(institution_id, plan_id) WHERE institution_id IS NOT NULL;
