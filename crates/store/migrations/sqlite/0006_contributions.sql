-- Contributions of participants (proposals and comments during co-creation) and supports.
CREATE TABLE contributions (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id         INTEGER NOT NULL REFERENCES plans(id),
    kind            TEXT NOT NULL,
    theme_id        INTEGER REFERENCES themes(id),
    parent_id       INTEGER REFERENCES contributions(id),
    author_id       INTEGER NOT NULL REFERENCES users(id),
    title           TEXT NOT NULL DEFAULT '',
    body            TEXT NOT NULL,
    -- A form's one-time key: a double click or a resent form stores the contribution once.
    idempotency_key TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    UNIQUE (author_id, idempotency_key)
);
CREATE INDEX contributions_by_plan ON contributions(plan_id);
CREATE INDEX contributions_by_parent ON contributions(parent_id);
CREATE INDEX contributions_by_author ON contributions(author_id);

CREATE TABLE contribution_supports (
    contribution_id INTEGER NOT NULL REFERENCES contributions(id) ON DELETE CASCADE,
    user_id         INTEGER NOT NULL REFERENCES users(id),
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (contribution_id, user_id)
);
