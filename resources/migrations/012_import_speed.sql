-- Import speed (issue 3): the lead search index is written once per transaction, not per row.
--
-- Until now three triggers wrote leads_fts for every inserted, updated or deleted lead. FTS5
-- flushes its pending terms into a new on-disk segment at every statement savepoint, so an
-- import of 1,000 rows made 1,000 tiny segments (and merged them) — a third of the import's time.
--
-- Now the triggers only note the lead in leads_fts_pending (a plain table), together with the
-- values the index holds for it, if any. The outermost Transaction's commit (see
-- LeadRepository::indexPendingSearch) indexes every noted lead in three statements:
--   1. 'delete' the noted old values of leads that were indexed (updated or deleted leads);
--   2. index the current values of every noted lead that still exists;
--   3. empty leads_fts_pending.
-- It runs inside the transaction that changed the leads, so the index is never behind a
-- committed lead. The first note for a lead wins (INSERT OR IGNORE): it holds what the index
-- holds until the next commit. Lead ids never change (UPDATE never sets leads.id).

DROP TRIGGER leads_fts_insert;
DROP TRIGGER leads_fts_update;
DROP TRIGGER leads_fts_delete;

CREATE TABLE leads_fts_pending (
    id           INTEGER PRIMARY KEY, -- leads.id
    indexed      INTEGER NOT NULL,    -- 1: leads_fts holds the values below for this id; 0: nothing
    first_name   TEXT,
    last_name    TEXT,
    email        TEXT,
    company_name TEXT
);

CREATE TRIGGER leads_fts_note_insert AFTER INSERT ON leads BEGIN
    INSERT OR IGNORE INTO leads_fts_pending (id, indexed) VALUES (new.id, 0);
END;

-- Only when a searched column really changes: a merge or an edit that rewrites a row with the
-- same names costs the index nothing.
CREATE TRIGGER leads_fts_note_update AFTER UPDATE OF first_name, last_name, email, company_name ON leads
WHEN old.first_name IS NOT new.first_name OR old.last_name IS NOT new.last_name
  OR old.email IS NOT new.email OR old.company_name IS NOT new.company_name
BEGIN
    INSERT OR IGNORE INTO leads_fts_pending (id, indexed, first_name, last_name, email, company_name)
    VALUES (old.id, 1, old.first_name, old.last_name, old.email, old.company_name);
END;

CREATE TRIGGER leads_fts_note_delete AFTER DELETE ON leads BEGIN
    INSERT OR IGNORE INTO leads_fts_pending (id, indexed, first_name, last_name, email, company_name)
    VALUES (old.id, 1, old.first_name, old.last_name, old.email, old.company_name);
END;
