-- Metrics aggregates (issue 7, performance): a dashboard refresh reads one row per UTC day, owner
-- and lead source instead of one row per lead. Both tables are rebuilt from metric_lead_facts in the
-- transaction of MetricsRepository::refresh() that writes the facts (docs/metrics.md, "Where the
-- figures come from"). Days are UTC days since the epoch; owner 0 = no owner.

-- The facts of the leads created on `day` with that owner and source: counts, and the exact sorted
-- durations (little-endian int64 milliseconds) the medians, p90s and means are taken from.
CREATE TABLE metric_lead_days (
    day         INTEGER NOT NULL,
    owner_id    INTEGER NOT NULL,
    source      TEXT    NOT NULL,
    leads       INTEGER NOT NULL,
    mql         INTEGER NOT NULL,
    sql_leads   INTEGER NOT NULL,
    opps        INTEGER NOT NULL,
    won         INTEGER NOT NULL,
    meetings    INTEGER NOT NULL,
    wall_ms     BLOB    NOT NULL, -- created → first touch of the touched leads
    business_ms BLOB    NOT NULL, -- the same within the owner's working hours
    new_ms      BLOB    NOT NULL, -- created → left New, of the leads that left it
    PRIMARY KEY (day, owner_id, source)
) WITHOUT ROWID;

-- Queue velocity: leads that entered New on `day` (their creation day) minus those that left it then
-- (the later of creation and leaving day). The leads in New at the end of day D are the sum of `net`
-- over every day up to D.
CREATE TABLE metric_queue_days (
    day      INTEGER NOT NULL,
    owner_id INTEGER NOT NULL,
    source   TEXT    NOT NULL,
    net      INTEGER NOT NULL,
    PRIMARY KEY (day, owner_id, source)
) WITHOUT ROWID;

-- The facts of one owner's day, for rebuilding an aggregate row.
CREATE INDEX metric_lead_facts_owner ON metric_lead_facts(owner_id, created_at);

-- Leads deleted (erased, merged away) or changed in a column the facts copy, without an event:
-- refolded by the next refresh.
CREATE TABLE metric_dirty_leads (lead_id INTEGER PRIMARY KEY);
CREATE TRIGGER metric_lead_deleted AFTER DELETE ON leads
BEGIN
    INSERT OR IGNORE INTO metric_dirty_leads (lead_id) VALUES (old.id);
END;
CREATE TRIGGER metric_lead_changed AFTER UPDATE ON leads
WHEN old.owner_id IS NOT new.owner_id OR old.source IS NOT new.source OR old.utm_campaign IS NOT new.utm_campaign
    OR old.status IS NOT new.status OR old.created_at IS NOT new.created_at
    OR old.first_touch_at IS NOT new.first_touch_at
BEGIN
    INSERT OR IGNORE INTO metric_dirty_leads (lead_id) VALUES (new.id);
END;

-- The next refresh folds every lead again, which builds the aggregates.
DELETE FROM metric_watermarks;
