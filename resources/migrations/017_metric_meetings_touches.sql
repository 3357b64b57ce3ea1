-- Metrics aggregates, part two (issue 7, performance): held and no-show meetings per UTC day, owner
-- and lead source, and the marketing touches of the leads with a won deal. A dashboard refresh
-- reads these instead of joining every meeting and every won lead's events to the facts.
-- Both are rebuilt by MetricsRepository::refresh() in its transaction (docs/metrics.md, "Where the
-- figures come from").

CREATE TABLE metric_meeting_days (
    day      INTEGER NOT NULL, -- UTC day of starts_at (days since the epoch, rounded down)
    owner_id INTEGER NOT NULL, -- 0 = no owner
    source   TEXT    NOT NULL, -- the lead's source from its facts ('' = none)
    held     INTEGER NOT NULL,
    no_show  INTEGER NOT NULL,
    PRIMARY KEY (day, owner_id, source)
) WITHOUT ROWID;

-- Days whose meeting aggregates must be rebuilt: meetings added, changed or deleted (by any
-- process), and the days of the meetings of every refolded lead (its source may have changed).
CREATE TABLE metric_dirty_meeting_days (day INTEGER PRIMARY KEY);
CREATE TRIGGER metric_meeting_added AFTER INSERT ON meetings
BEGIN
    INSERT OR IGNORE INTO metric_dirty_meeting_days (day) VALUES (CASE WHEN new.starts_at >= 0 THEN new.starts_at / 86400000 ELSE -((86399999 - new.starts_at) / 86400000) END);
END;
CREATE TRIGGER metric_meeting_deleted AFTER DELETE ON meetings
BEGIN
    INSERT OR IGNORE INTO metric_dirty_meeting_days (day) VALUES (CASE WHEN old.starts_at >= 0 THEN old.starts_at / 86400000 ELSE -((86399999 - old.starts_at) / 86400000) END);
END;
CREATE TRIGGER metric_meeting_changed AFTER UPDATE ON meetings
WHEN old.starts_at IS NOT new.starts_at OR old.status IS NOT new.status OR old.owner_id IS NOT new.owner_id
    OR old.lead_id IS NOT new.lead_id
BEGIN
    INSERT OR IGNORE INTO metric_dirty_meeting_days (day) VALUES (CASE WHEN old.starts_at >= 0 THEN old.starts_at / 86400000 ELSE -((86399999 - old.starts_at) / 86400000) END);
    INSERT OR IGNORE INTO metric_dirty_meeting_days (day) VALUES (CASE WHEN new.starts_at >= 0 THEN new.starts_at / 86400000 ELSE -((86399999 - new.starts_at) / 86400000) END);
END;
INSERT OR IGNORE INTO metric_dirty_meeting_days (day) SELECT DISTINCT CASE WHEN starts_at >= 0 THEN starts_at / 86400000
    ELSE -((86399999 - starts_at) / 86400000) END FROM meetings;

-- Touches that can be credited with won revenue (lead created, form submitted, page viewed, email
-- clicked), of the leads whose facts say they were won, with the channel each names.
CREATE TABLE metric_touches (
    lead_id  INTEGER NOT NULL,
    at       INTEGER NOT NULL,
    event_id INTEGER NOT NULL,
    channel  TEXT    NOT NULL,
    PRIMARY KEY (lead_id, at, event_id)
) WITHOUT ROWID;
INSERT INTO metric_touches (lead_id, at, event_id, channel)
SELECT e.lead_id, e.at, e.id,
       CASE e.type WHEN 'page_view' THEN 'website' WHEN 'email_click' THEN 'email'
       ELSE coalesce(nullif(json_extract(e.payload, '$.source'), ''), l.source, '') END
FROM metric_lead_facts f CROSS JOIN events e ON e.lead_id = f.lead_id LEFT JOIN leads l ON l.id = e.lead_id
WHERE f.won_at > 0 AND e.type IN ('lead_created', 'form_submit', 'page_view', 'email_click');

-- Meetings, deals and events look their lead's source and campaign up in the facts, once per row:
-- an index that holds them answers without a second descent into the facts table. (The unique
-- index on lead_id stays: it lets SQLite drop a join to the facts no column of which is used.)
CREATE INDEX metric_lead_facts_lead_source ON metric_lead_facts(lead_id, source, campaign, owner_id);
