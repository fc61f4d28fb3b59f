-- Search entries hold analysed tokens (each word as written and its stem, once; see
-- domain/src/analysis.rs), the title's apart so title matches rank first, the time the
-- entry last changed (ties go to the newer) and a digest, so a change reindexes only the
-- entries it touched. Entries written before this hold unanalysed text: they are dropped,
-- and the first search of each server process indexes everything again.
DELETE FROM search_entries;
ALTER TABLE search_entries ADD COLUMN title_tokens TEXT NOT NULL DEFAULT '';
ALTER TABLE search_entries ADD COLUMN dated BIGINT NOT NULL DEFAULT 0;
ALTER TABLE search_entries ADD COLUMN digest TEXT NOT NULL DEFAULT '';
-- The title's tokens have a vector and an index of their own, for the catalogue.
ALTER TABLE search_entries ADD COLUMN title_tsv tsvector
    GENERATED ALWAYS AS (array_to_tsvector(string_to_array(title_tokens, ' '))) STORED;
CREATE INDEX search_entries_catalogue_title_tsv ON search_entries USING GIN (title_tsv) WHERE source_id IS NULL;
