-- Action plans, themes, commitments, milestones and indicators (the OGP model).
-- Dates are ISO 8601 text (YYYY-MM-DD). Multilingual texts are JSON objects keyed by locale.
ALTER TABLE institutions ADD COLUMN normalized_name TEXT;
CREATE INDEX institutions_by_normalized_name ON institutions(normalized_name);

CREATE TABLE plans (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    slug        TEXT NOT NULL UNIQUE,
    member      TEXT NOT NULL,
    member_code TEXT,
    number      INTEGER NOT NULL,
    title       TEXT NOT NULL,
    starts_on   TEXT,
    ends_on     TEXT,
    ogp_id      TEXT UNIQUE,
    phases      TEXT NOT NULL DEFAULT '[]',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE themes (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id  INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    key      TEXT NOT NULL,
    title    TEXT NOT NULL,
    position INTEGER NOT NULL,
    UNIQUE (plan_id, key)
);

CREATE TABLE commitments (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    code                TEXT NOT NULL UNIQUE,
    plan_id             INTEGER NOT NULL REFERENCES plans(id),
    theme_id            INTEGER REFERENCES themes(id),
    number              TEXT,
    status              TEXT NOT NULL,
    texts               TEXT NOT NULL,
    lead_institution_id INTEGER REFERENCES institutions(id),
    ogp_values          TEXT NOT NULL DEFAULT '[]',
    policy_areas        TEXT NOT NULL DEFAULT '[]',
    assessment          TEXT NOT NULL DEFAULT '{}',
    starts_on           TEXT,
    ends_on             TEXT,
    source_url          TEXT,
    ogp_row             TEXT,
    ogp_digest          TEXT,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
);
CREATE INDEX commitments_by_plan ON commitments(plan_id);
CREATE INDEX commitments_by_lead ON commitments(lead_institution_id);

CREATE TABLE commitment_supporters (
    commitment_id  INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    institution_id INTEGER NOT NULL REFERENCES institutions(id),
    PRIMARY KEY (commitment_id, institution_id)
);
CREATE INDEX supporters_by_institution ON commitment_supporters(institution_id);

CREATE TABLE milestones (
    id                         INTEGER PRIMARY KEY AUTOINCREMENT,
    commitment_id              INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    position                   INTEGER NOT NULL,
    output                     TEXT NOT NULL,
    starts_on                  TEXT,
    due_on                     TEXT,
    responsible_institution_id INTEGER REFERENCES institutions(id),
    status                     TEXT NOT NULL,
    percent                    INTEGER NOT NULL,
    created_at                 INTEGER NOT NULL,
    updated_at                 INTEGER NOT NULL
);
CREATE INDEX milestones_by_commitment ON milestones(commitment_id);

CREATE TABLE indicators (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    commitment_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    name          TEXT NOT NULL,
    unit          TEXT NOT NULL,
    baseline      TEXT,
    target        TEXT,
    measurements  TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX indicators_by_commitment ON indicators(commitment_id);
