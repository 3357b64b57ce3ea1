-- Possible duplicates and reversible merges (issue 3, dedup and merge).

-- Pairs a manager marked "Not a duplicate": never offered again. lead_a < lead_b.
CREATE TABLE duplicate_dismissals (
    lead_a  INTEGER NOT NULL,
    lead_b  INTEGER NOT NULL,
    user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    at      INTEGER NOT NULL,
    PRIMARY KEY (lead_a, lead_b),
    CHECK (lead_a < lead_b)
);

-- One row per manual merge: enough to undo it exactly.
-- survivor_before / survivor_after: the survivor's merged columns before and after (JSON object);
-- absorbed_row: every column of the absorbed lead (JSON object);
-- children: ids of the rows moved from the absorbed lead to the survivor, per table (JSON object).
CREATE TABLE lead_merges (
    id              INTEGER PRIMARY KEY,
    survivor_id     INTEGER NOT NULL,
    absorbed_id     INTEGER NOT NULL,
    user_id         INTEGER REFERENCES users(id) ON DELETE SET NULL,
    at              INTEGER NOT NULL,
    survivor_name   TEXT    NOT NULL DEFAULT '',
    absorbed_name   TEXT    NOT NULL DEFAULT '',
    survivor_before TEXT    NOT NULL,
    survivor_after  TEXT    NOT NULL,
    absorbed_row    TEXT    NOT NULL,
    children        TEXT    NOT NULL,
    undone_at       INTEGER NOT NULL DEFAULT 0,
    undone_by       INTEGER REFERENCES users(id) ON DELETE SET NULL,
    restored_id     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX lead_merges_at ON lead_merges(at, id);
CREATE INDEX lead_merges_survivor ON lead_merges(survivor_id, at);
CREATE INDEX lead_merges_absorbed ON lead_merges(absorbed_id);

-- Addresses of absorbed leads: intake dedup still finds the person by the old address.
CREATE TABLE lead_email_aliases (
    email_norm TEXT    PRIMARY KEY,
    lead_id    INTEGER NOT NULL,
    merge_id   INTEGER NOT NULL REFERENCES lead_merges(id) ON DELETE CASCADE
);
CREATE INDEX lead_email_aliases_lead ON lead_email_aliases(lead_id);

-- Blocking key of the duplicate finder: leads sharing a phone number.
CREATE INDEX leads_phone ON leads(phone) WHERE phone <> '';

-- Events stay append-only in content; a merge (and its undo) may only move an event to
-- another lead. Every other column is still refused.
DROP TRIGGER IF EXISTS events_append_only;
CREATE TRIGGER events_append_only BEFORE UPDATE ON events
WHEN NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.type IS NOT OLD.type
     OR NEW.deal_id IS NOT OLD.deal_id OR NEW.user_id IS NOT OLD.user_id OR NEW.payload IS NOT OLD.payload
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;
