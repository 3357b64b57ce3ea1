-- Admin intake review (issue 3): quarantined entries can be discarded (a new journal state), the
-- first body of an amended entry is kept, every reject is remembered even after a fix, and admins
-- keep their own domain lists on top of the shipped ones.
-- A shipped migration is never edited: add 005_….sql instead.

-- SQLite cannot widen a CHECK constraint in place: rebuild intake_journal, keeping every row,
-- its ids, the index and the triggers.
CREATE TABLE intake_journal_v4 (
    id            INTEGER PRIMARY KEY,
    received_at   INTEGER NOT NULL,
    channel       TEXT    NOT NULL CHECK (channel IN ('webhook', 'csv', 'manual', 'event')),
    source        TEXT    NOT NULL DEFAULT '',
    content_type  TEXT    NOT NULL DEFAULT '',
    body          BLOB    NOT NULL,
    state         TEXT    NOT NULL DEFAULT 'pending'
                  CHECK (state IN ('pending', 'processed', 'quarantined', 'failed', 'discarded')),
    reason        TEXT    NOT NULL DEFAULT '',
    lead_id       INTEGER,
    attempts      INTEGER NOT NULL DEFAULT 0,
    processed_at  INTEGER NOT NULL DEFAULT 0,
    rejected_at   INTEGER NOT NULL DEFAULT 0, -- first time it was quarantined or failed; 0 = never
    original_body BLOB,                       -- the body as received, once an admin amended it
    discarded_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    discarded_at  INTEGER NOT NULL DEFAULT 0
);
INSERT INTO intake_journal_v4 (id, received_at, channel, source, content_type, body, state, reason, lead_id,
                               attempts, processed_at, rejected_at)
    SELECT id, received_at, channel, source, content_type, body, state, reason, lead_id, attempts, processed_at,
           CASE WHEN state IN ('quarantined', 'failed') THEN max(processed_at, received_at, 1) ELSE 0 END
    FROM intake_journal;
DROP TABLE intake_journal;
ALTER TABLE intake_journal_v4 RENAME TO intake_journal;

CREATE INDEX intake_journal_state ON intake_journal(state, id);
-- Submissions per form over a period (rejects by form), read from the index alone.
CREATE INDEX intake_journal_received ON intake_journal(received_at, source, rejected_at);
-- The admin's review list: partial indexes hold only rejected rows, so accepted submissions pay nothing.
-- (count of 100,000 open rejects among 300,000 rows: 0.5 s with the state index, 20 ms with these)
CREATE INDEX intake_journal_rejects_received ON intake_journal(state, received_at, id) WHERE rejected_at > 0;
CREATE INDEX intake_journal_rejects_source ON intake_journal(state, source, id) WHERE rejected_at > 0;
CREATE INDEX intake_journal_rejects_reason ON intake_journal(state, reason, id) WHERE rejected_at > 0;

-- A reject stays counted against its form after an admin fixed it.
CREATE TRIGGER intake_journal_rejected AFTER UPDATE OF state ON intake_journal
WHEN new.state IN ('quarantined', 'failed') AND new.rejected_at = 0 BEGIN
    UPDATE intake_journal SET rejected_at = max(new.processed_at, new.received_at, 1) WHERE id = new.id;
END;
-- The body as received survives any number of fixes.
CREATE TRIGGER intake_journal_keep_original AFTER UPDATE OF body ON intake_journal
WHEN old.original_body IS NULL AND new.body IS NOT old.body BEGIN
    UPDATE intake_journal SET original_body = old.body WHERE id = new.id;
END;

-- Domains and addresses admins add on top of resources/data/email-domains.
--   disposable: throwaway domain (quarantine);   free_mail: personal mail, no company domain;
--   allowed: a company domain even if a shipped list says otherwise;   blocked_address: junk address.
CREATE TABLE hygiene_lists (
    id       INTEGER PRIMARY KEY,
    list     TEXT    NOT NULL CHECK (list IN ('disposable', 'free_mail', 'allowed', 'blocked_address')),
    value    TEXT    NOT NULL,
    note     TEXT    NOT NULL DEFAULT '',
    added_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    added_at INTEGER NOT NULL,
    UNIQUE (list, value)
);
-- Bumped on every change, so every process validating submissions sees an edit at once.
CREATE TABLE hygiene_lists_revision (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    revision INTEGER NOT NULL
);
INSERT INTO hygiene_lists_revision (id, revision) VALUES (1, 1);
CREATE TRIGGER hygiene_lists_inserted AFTER INSERT ON hygiene_lists BEGIN
    UPDATE hygiene_lists_revision SET revision = revision + 1 WHERE id = 1;
END;
CREATE TRIGGER hygiene_lists_deleted AFTER DELETE ON hygiene_lists BEGIN
    UPDATE hygiene_lists_revision SET revision = revision + 1 WHERE id = 1;
END;
CREATE TRIGGER hygiene_lists_updated AFTER UPDATE ON hygiene_lists BEGIN
    UPDATE hygiene_lists_revision SET revision = revision + 1 WHERE id = 1;
END;
