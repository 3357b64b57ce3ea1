-- The timers' state CHECK as comparisons instead of an IN list. SQLite checks an IN list of three
-- or more constants through a temporary b-tree it builds anew for every insert and every state
-- change: that was two fifths of marking a fired timer done, and an arrival schedules three
-- timers. The rule and the rows stay the same; SQLite cannot alter a CHECK, so the table is rebuilt.
CREATE TABLE timers_rebuilt (
    id         INTEGER PRIMARY KEY,
    due_at     INTEGER NOT NULL,
    kind       TEXT    NOT NULL,
    lead_id    INTEGER,
    deal_id    INTEGER,
    payload    TEXT    NOT NULL DEFAULT '{}',
    state      TEXT    NOT NULL DEFAULT 'pending'
               CHECK (state = 'pending' OR state = 'done' OR state = 'cancelled'),
    dedupe_key TEXT    UNIQUE,
    attempts   INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    fired_at   INTEGER NOT NULL DEFAULT 0
);
INSERT INTO timers_rebuilt (id, due_at, kind, lead_id, deal_id, payload, state, dedupe_key, attempts, created_at,
                            fired_at)
    SELECT id, due_at, kind, lead_id, deal_id, payload, state, dedupe_key, attempts, created_at, fired_at FROM timers;
DROP TABLE timers;
ALTER TABLE timers_rebuilt RENAME TO timers;
CREATE INDEX timers_due ON timers(state, due_at);
CREATE INDEX timers_lead ON timers(lead_id);
CREATE INDEX timers_deal_state ON timers(deal_id, state);
