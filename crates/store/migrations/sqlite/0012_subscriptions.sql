-- Following a plan, a theme or a commitment by e-mail, with one-click unsubscribe.
ALTER TABLE outbox ADD COLUMN unsubscribe TEXT;
CREATE TABLE subscriptions (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id        INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    target_kind    TEXT NOT NULL,
    target_id      INTEGER NOT NULL,
    frequency      TEXT NOT NULL,
    -- Only lets its holder stop this subscription, so it is kept as is for the e-mails.
    token          TEXT NOT NULL UNIQUE,
    -- News up to this instant has been sent (or was there before the subscription).
    notified_until INTEGER NOT NULL,
    last_sent_at   INTEGER,
    created_at     INTEGER NOT NULL,
    UNIQUE (user_id, target_kind, target_id)
);
