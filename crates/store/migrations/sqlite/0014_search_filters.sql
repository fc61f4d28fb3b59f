-- Search filters by theme, institution (a commitment's lead, a milestone's responsible) and
-- status (of a commitment or a milestone). Each server process rebuilds the index on its
-- first search, so existing rows get these values then.
ALTER TABLE search_entries ADD COLUMN theme_id INTEGER;
ALTER TABLE search_entries ADD COLUMN institution_id INTEGER;
ALTER TABLE search_entries ADD COLUMN status TEXT;
