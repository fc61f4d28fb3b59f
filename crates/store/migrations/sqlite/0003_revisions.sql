-- Every saved version of a commitment's design, kept whole so any two can be compared.
CREATE TABLE revisions (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    commitment_id  INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    author_id      INTEGER REFERENCES users(id),
    created_at     INTEGER NOT NULL,
    changed_fields TEXT NOT NULL,
    design         TEXT NOT NULL
);
CREATE INDEX revisions_by_commitment ON revisions(commitment_id, id);
