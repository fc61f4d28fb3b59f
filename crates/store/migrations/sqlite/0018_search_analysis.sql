-- Search entries hold analysed tokens (each word as written and its stem, once; see
-- domain/src/analysis.rs), the title's apart so title matches rank first, the time the
-- entry last changed (ties go to the newer) and a digest, so a change reindexes only the
-- entries it touched. Entries written before this hold unanalysed text: they are dropped,
-- and the first search of each server process indexes everything again.
DROP TRIGGER search_entries_fts_insert;
DROP TRIGGER search_entries_fts_delete;
DROP TRIGGER search_contributions_fts_insert;
DROP TRIGGER search_contributions_fts_delete;
DROP TABLE search_fts;
DROP TABLE search_fts_contributions;
DELETE FROM search_entries;
ALTER TABLE search_entries ADD COLUMN title_tokens TEXT NOT NULL DEFAULT '';
ALTER TABLE search_entries ADD COLUMN dated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE search_entries ADD COLUMN digest TEXT NOT NULL DEFAULT '';
-- The catalogue's index has the title's tokens as a column of their own (queried with a
-- column filter); contributions are searched whole.
CREATE VIRTUAL TABLE search_fts USING fts5(
    title_tokens, normalized, content='search_entries', content_rowid='id', tokenize='unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE search_fts_contributions USING fts5(
    normalized, content='search_entries', content_rowid='id', tokenize='unicode61 remove_diacritics 0'
);
CREATE TRIGGER search_entries_fts_insert AFTER INSERT ON search_entries WHEN new.source_id IS NULL BEGIN
    INSERT INTO search_fts(rowid, title_tokens, normalized) VALUES (new.id, new.title_tokens, new.normalized);
END;
CREATE TRIGGER search_entries_fts_delete AFTER DELETE ON search_entries WHEN old.source_id IS NULL BEGIN
    INSERT INTO search_fts(search_fts, rowid, title_tokens, normalized) VALUES ('delete', old.id, old.title_tokens, old.normalized);
END;
CREATE TRIGGER search_contributions_fts_insert AFTER INSERT ON search_entries WHEN new.source_id IS NOT NULL BEGIN
    INSERT INTO search_fts_contributions(rowid, normalized) VALUES (new.id, new.normalized);
END;
CREATE TRIGGER search_contributions_fts_delete AFTER DELETE ON search_entries WHEN old.source_id IS NOT NULL BEGIN
    INSERT INTO search_fts_contributions(search_fts_contributions, rowid, normalized) VALUES ('delete', old.id, old.normalized);
END;
