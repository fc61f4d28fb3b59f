-- Nothing to change on SQLite: its catalogue and contributions already have a full-text
-- index each (search_fts, search_fts_contributions). PostgreSQL splits its word index here.
SELECT 1;
