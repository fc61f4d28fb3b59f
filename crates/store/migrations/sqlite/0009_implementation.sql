-- Implementation tracking: progress updates with evidence, indicator measurements, reminders
-- sent, independent assessments, and personal API tokens for ministries.

CREATE TABLE progress_updates (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    milestone_id INTEGER NOT NULL REFERENCES milestones(id) ON DELETE CASCADE,
    author_id    INTEGER REFERENCES users(id),
    status       TEXT NOT NULL,
    percent      INTEGER NOT NULL,
    narrative    TEXT NOT NULL,
    reported_on  TEXT NOT NULL,
    reason       TEXT,
    evidence     TEXT NOT NULL DEFAULT '[]',
    review       TEXT NOT NULL,
    reviewed_by  INTEGER REFERENCES users(id),
    reviewed_at  INTEGER,
    created_at   INTEGER NOT NULL
);
CREATE INDEX progress_by_milestone ON progress_updates(milestone_id, id);
CREATE INDEX progress_by_review ON progress_updates(review);

CREATE TABLE measurement_reports (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    author_id    INTEGER REFERENCES users(id),
    value        TEXT NOT NULL,
    measured_on  TEXT NOT NULL,
    source       TEXT,
    review       TEXT NOT NULL,
    reviewed_by  INTEGER REFERENCES users(id),
    reviewed_at  INTEGER,
    created_at   INTEGER NOT NULL
);
CREATE INDEX measurements_by_review ON measurement_reports(review);

-- One row per reminder e-mail: the same reminder is never sent twice.
CREATE TABLE reminders_sent (
    milestone_id INTEGER NOT NULL REFERENCES milestones(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    due_on       TEXT NOT NULL,
    recipient    TEXT NOT NULL,
    sent_at      INTEGER NOT NULL,
    PRIMARY KEY (milestone_id, kind, due_on, recipient)
);

CREATE TABLE assessments (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    commitment_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    reviewer_id   INTEGER REFERENCES users(id),
    scale         TEXT NOT NULL,
    levels        TEXT NOT NULL,
    assessed_on   TEXT NOT NULL,
    report_url    TEXT,
    created_at    INTEGER NOT NULL
);
CREATE INDEX assessments_by_commitment ON assessments(commitment_id);

-- Personal API tokens: only the SHA-256 of the token is kept; each is scoped to one
-- institution the user reports for.
CREATE TABLE api_tokens (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id        INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    token_hash     TEXT NOT NULL UNIQUE,
    institution_id INTEGER NOT NULL REFERENCES institutions(id),
    created_at     INTEGER NOT NULL,
    last_used_at   INTEGER,
    revoked_at     INTEGER
);
CREATE INDEX api_tokens_by_user ON api_tokens(user_id);
