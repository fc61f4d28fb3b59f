-- Corrections to the forum register: a meeting can be cancelled, a document withdrawn
-- (with a public reason; the record and the file are kept).
ALTER TABLE meetings ADD COLUMN status TEXT NOT NULL DEFAULT 'scheduled';
ALTER TABLE documents ADD COLUMN withdrawn_at BIGINT;
ALTER TABLE documents ADD COLUMN withdrawn_reason TEXT;
