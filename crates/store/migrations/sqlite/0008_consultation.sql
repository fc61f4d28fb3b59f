-- Public consultation on a frozen draft, reasoned responses, moderation, adoption of the
-- final plan and the append-only audit log.

-- A frozen version of the draft plan (JSON snapshot) open for comments between two dates.
CREATE TABLE consultations (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id    INTEGER NOT NULL REFERENCES plans(id),
    opens_on   TEXT NOT NULL,
    closes_on  TEXT NOT NULL,
    snapshot   TEXT NOT NULL,
    frozen_at  INTEGER NOT NULL,
    created_by INTEGER REFERENCES users(id)
);
CREATE INDEX consultations_by_plan ON consultations(plan_id);

-- Comments on a consultation name it and the place they are about: the whole plan (''), a
-- commitment, a section or one paragraph of the frozen text.
ALTER TABLE contributions ADD COLUMN consultation_id INTEGER REFERENCES consultations(id);
ALTER TABLE contributions ADD COLUMN target TEXT NOT NULL DEFAULT '';
-- Moderation: a hidden contribution stays as a tombstone with its public reason.
ALTER TABLE contributions ADD COLUMN hidden_reason TEXT;
ALTER TABLE contributions ADD COLUMN hidden_at INTEGER;
-- Pre-moderation: a first contribution waits for a moderator before it is public.
ALTER TABLE contributions ADD COLUMN pending INTEGER NOT NULL DEFAULT 0;
CREATE INDEX contributions_by_consultation ON contributions(consultation_id);

-- The reasoned response to a contribution: drafted (by a sub-commission or the
-- secretariat), public once published.
CREATE TABLE contribution_responses (
    contribution_id INTEGER PRIMARY KEY REFERENCES contributions(id),
    status          TEXT NOT NULL,
    merged_into     INTEGER REFERENCES commitments(id),
    justification   TEXT NOT NULL,
    revision_id     INTEGER REFERENCES revisions(id),
    drafted_by      INTEGER REFERENCES users(id),
    drafted_at      INTEGER NOT NULL,
    published_by    INTEGER REFERENCES users(id),
    published_at    INTEGER
);

CREATE TABLE contribution_reports (
    contribution_id INTEGER NOT NULL REFERENCES contributions(id),
    user_id         INTEGER NOT NULL REFERENCES users(id),
    reason          TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (contribution_id, user_id)
);

-- A voluntary participant profile, only ever shown aggregated.
CREATE TABLE participant_profiles (
    user_id    INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    sector     TEXT NOT NULL DEFAULT '',
    gender     TEXT NOT NULL DEFAULT '',
    region     TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL
);

-- The final plan's adoption; an override of unanswered contributions is public.
CREATE TABLE plan_adoptions (
    plan_id         INTEGER PRIMARY KEY REFERENCES plans(id),
    adopted_at      INTEGER NOT NULL,
    adopted_by      INTEGER REFERENCES users(id),
    unanswered      INTEGER NOT NULL,
    override_reason TEXT
);

-- Append-only; each entry carries the hash of the one before it, so a removed or edited
-- entry breaks the chain.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        INTEGER NOT NULL,
    actor_id  INTEGER REFERENCES users(id),
    action    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    detail    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
