-- Metrics (requirements §8, issue 7): one row of facts per lead, derived from the event log,
-- activities, deals and the lead row, kept up to date incrementally (see MetricsRepository::refresh
-- and docs/metrics.md). The dashboard reads periods of this table instead of scanning the event log.
-- Every instant is UTC epoch milliseconds; 0 = "not reached".

-- Clustered by creation time: a period of leads is one contiguous range of the table.
CREATE TABLE metric_lead_facts (
    created_at       INTEGER NOT NULL,
    lead_id          INTEGER NOT NULL,
    owner_id         INTEGER,
    source           TEXT    NOT NULL DEFAULT '',
    campaign         TEXT    NOT NULL DEFAULT '',
    first_touch_at   INTEGER NOT NULL DEFAULT 0, -- first real touch at or after created_at
    touch_business_ms INTEGER NOT NULL DEFAULT -1, -- created → first touch within the owner's business hours; -1 = none
    left_new_at      INTEGER NOT NULL DEFAULT 0, -- first status change away from New
    mql_at           INTEGER NOT NULL DEFAULT 0, -- first reached MQL (or better)
    sql_at           INTEGER NOT NULL DEFAULT 0, -- first reached SQL (or better)
    meeting_at       INTEGER NOT NULL DEFAULT 0, -- first meeting booked
    opp_at           INTEGER NOT NULL DEFAULT 0, -- first deal created
    won_at           INTEGER NOT NULL DEFAULT 0, -- first deal closed won
    PRIMARY KEY (created_at, lead_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX metric_lead_facts_lead ON metric_lead_facts(lead_id);
-- Leads still in New at a given instant (queue velocity) without reading every lead.
CREATE INDEX metric_lead_facts_new ON metric_lead_facts(left_new_at, created_at);

-- How far each source table has been folded into the facts (highest row id seen).
CREATE TABLE metric_watermarks (
    name  TEXT    PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;

-- Closed deals of a period (win rate, cycle, won value) and deals expected to close in a month
-- (forecast vs actual) without reading every deal.
CREATE INDEX deals_closed ON deals(closed_at);
CREATE INDEX deals_expected_close ON deals(expected_close_at);
-- Meetings of a period by their status (hold and no-show rates).
CREATE INDEX meetings_status_starts ON meetings(status, starts_at);
