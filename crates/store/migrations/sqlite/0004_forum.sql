-- The multi-stakeholder forum (Popolo model) and the document repository.
-- Instants are seconds since the Unix epoch; dates are ISO 8601 text; texts are JSON by locale.
CREATE TABLE bodies (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    slug       TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL,
    name       TEXT NOT NULL,
    parent_id  INTEGER REFERENCES bodies(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- The plan themes a body drafts; its members get drafting rights on them.
CREATE TABLE body_themes (
    body_id  INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    PRIMARY KEY (body_id, theme_id)
);
CREATE INDEX body_themes_by_theme ON body_themes(theme_id);

-- Seats (Popolo posts): one per role and body.
CREATE TABLE seats (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    role    TEXT NOT NULL,
    UNIQUE (body_id, role)
);

CREATE TABLE people (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT NOT NULL,
    email        TEXT,
    email_public INTEGER NOT NULL DEFAULT 0,
    user_id      INTEGER REFERENCES users(id),
    created_at   INTEGER NOT NULL
);
CREATE INDEX people_by_user ON people(user_id);

CREATE TABLE memberships (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id      INTEGER NOT NULL REFERENCES people(id),
    body_id        INTEGER NOT NULL REFERENCES bodies(id),
    seat_id        INTEGER NOT NULL REFERENCES seats(id),
    institution_id INTEGER REFERENCES institutions(id),
    starts_on      TEXT NOT NULL,
    ends_on        TEXT,
    created_at     INTEGER NOT NULL
);
CREATE INDEX memberships_by_body ON memberships(body_id);
CREATE INDEX memberships_by_person ON memberships(person_id);

CREATE TABLE meetings (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    body_id     INTEGER REFERENCES bodies(id),
    kind        TEXT NOT NULL,
    title       TEXT NOT NULL,
    starts_at   INTEGER NOT NULL,
    ends_at     INTEGER NOT NULL,
    time_zone   TEXT NOT NULL,
    place       TEXT,
    online_url  TEXT,
    agenda      TEXT NOT NULL DEFAULT '{}',
    minutes     TEXT NOT NULL DEFAULT '{}',
    -- Participants who are not members, as a JSON array of [branch, count].
    outside     TEXT NOT NULL DEFAULT '[]',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX meetings_by_start ON meetings(starts_at);

CREATE TABLE meeting_attendees (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people(id),
    PRIMARY KEY (meeting_id, person_id)
);

CREATE TABLE recommendations (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    status     TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '{}',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX recommendations_by_meeting ON recommendations(meeting_id);

CREATE TABLE recommendation_commitments (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
    commitment_id     INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    PRIMARY KEY (recommendation_id, commitment_id)
);
CREATE INDEX recommendation_commitments_by_commitment ON recommendation_commitments(commitment_id);

CREATE TABLE documents (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT NOT NULL,
    title        TEXT NOT NULL,
    language     TEXT NOT NULL,
    published_on TEXT NOT NULL,
    -- Either a stored file (object_key and its facts) or a link.
    object_key   TEXT UNIQUE,
    file_name    TEXT,
    content_type TEXT,
    size         INTEGER,
    sha256       TEXT,
    url          TEXT,
    meeting_id   INTEGER REFERENCES meetings(id),
    body_id      INTEGER REFERENCES bodies(id),
    uploaded_by  INTEGER REFERENCES users(id),
    created_at   INTEGER NOT NULL,
    CHECK ((object_key IS NULL) <> (url IS NULL))
);
CREATE INDEX documents_by_date ON documents(published_on);
CREATE INDEX documents_by_meeting ON documents(meeting_id);
