-- The search index's fingerprint reads the newest change of each searchable table on every
-- search. Without these it scanned whole rows (commitments carry every text in four
-- languages): 1.8 ms of each search on SQLite; with them, 0.01 ms.
CREATE INDEX plans_by_updated_at ON plans (updated_at);
CREATE INDEX commitments_by_updated_at ON commitments (updated_at);
CREATE INDEX milestones_by_updated_at ON milestones (updated_at);
CREATE INDEX meetings_by_updated_at ON meetings (updated_at);
CREATE INDEX news_posts_by_updated_at ON news_posts (updated_at);
CREATE INDEX documents_withdrawn ON documents (withdrawn_at) WHERE withdrawn_at IS NOT NULL;
