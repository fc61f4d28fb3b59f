-- The catalogue and the contributions are searched apart, each with its own word index.
-- With one index over both, a word common in comments (thousands of rows) made the planner
-- read the whole table for the catalogue's few hundred entries (54-73 ms per search).
CREATE INDEX search_entries_catalogue_tsv ON search_entries USING GIN (tsv) WHERE source_id IS NULL;
CREATE INDEX search_entries_contributions_tsv ON search_entries USING GIN (tsv) WHERE source_id IS NOT NULL;
DROP INDEX search_entries_tsv;
