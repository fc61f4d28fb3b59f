-- The country's other open government portals, their last background check, and the
-- commitments that link to them.
CREATE TABLE portals (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    kind            TEXT NOT NULL,
    name            TEXT NOT NULL,
    description     TEXT NOT NULL,
    url             TEXT NOT NULL,
    feed_url        TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    checked_at      INTEGER,
    reachable       BOOLEAN,
    http_status     INTEGER,
    problem         TEXT,
    newest_entry_on TEXT
);
CREATE TABLE commitment_portals (
    commitment_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    portal_id     INTEGER NOT NULL REFERENCES portals(id) ON DELETE CASCADE,
    PRIMARY KEY (commitment_id, portal_id)
);
CREATE INDEX commitment_portals_portal ON commitment_portals (portal_id);
