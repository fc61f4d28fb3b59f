-- Contributions are indexed one by one as they arrive instead of the whole index being
-- rebuilt on every new comment: each contribution's entry names its source, once.
ALTER TABLE search_entries ADD COLUMN source_id BIGINT;
CREATE UNIQUE INDEX search_entries_by_source ON search_entries(source_id) WHERE source_id IS NOT NULL;
-- The search fingerprint reads moderated and hidden contributions from these small indexes
-- instead of scanning every contribution on each search.
CREATE INDEX contributions_hidden ON contributions(id) WHERE hidden_reason IS NOT NULL;
CREATE INDEX contributions_pending ON contributions(id) WHERE pending = 1;
-- Entries written before this migration have no source: start again.
DELETE FROM search_entries;
-- A proposal's discussion is read a page at a time, oldest first.
CREATE INDEX contributions_thread ON contributions(parent_id, created_at, id);
-- The institution filter lists the institutions the index can find without reading it all.
CREATE INDEX search_entries_by_institution ON search_entries(institution_id, plan_id) WHERE institution_id IS NOT NULL;
