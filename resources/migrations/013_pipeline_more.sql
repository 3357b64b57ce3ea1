-- Pipeline, part two (issue 6): deals imported from other CRMs, the pipeline automation rules,
-- and monthly forecast snapshots for forecast accuracy.

-- What was sold (imports carry it; the detail panel shows it).
ALTER TABLE deals ADD COLUMN product TEXT NOT NULL DEFAULT '';
-- The fact that moves a deal into a stage by itself (DealAutomation); never opens or elapsed time.
ALTER TABLE stages ADD COLUMN entered_on_fact TEXT NOT NULL DEFAULT ''
    CHECK (entered_on_fact IN ('', 'meeting_booked', 'contract_signed', 'bounce'));
UPDATE stages SET entered_on_fact = 'meeting_booked' WHERE pipeline_id = 1 AND name = 'Discovery Booked';
UPDATE stages SET entered_on_fact = 'contract_signed' WHERE pipeline_id = 1 AND name = 'Closed Won';
UPDATE stages SET entered_on_fact = 'bounce' WHERE pipeline_id = 1 AND name = 'Invalid';

-- A re-import of the same export finds the deals it created by the other CRM's id.
CREATE INDEX deals_external_id ON deals(external_id) WHERE external_id <> '';
-- Velocity and conversion read the stage history by stage and time.
CREATE INDEX deal_stage_history_stage ON deal_stage_history(to_stage_id, at);
-- Open timers of one deal (cancelled when the deal moves on).
CREATE INDEX timers_deal_state ON timers(deal_id, state);

-- Forecast accuracy: once per month (and per pipeline and owner) the weighted open pipeline
-- expected to close in that month, as it stood at the start of the month. "Actual" is what
-- closed won in the month (deals.closed_at), so accuracy = actual / weighted.
--   month          'yyyy-MM' the snapshot forecasts
--   taken_at       when it was taken (UTC ms); the first snapshot of a month is kept
--   owner_id       the deal owner; 0 for deals without an owner
--   deal_count, value_cents, weighted_cents: open deals expected to close in `month`
--   currency       the one currency of those deals, '' when they mix currencies
CREATE TABLE forecast_snapshots (
    id             INTEGER PRIMARY KEY,
    month          TEXT    NOT NULL,
    pipeline_id    INTEGER NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
    owner_id       INTEGER NOT NULL DEFAULT 0,
    taken_at       INTEGER NOT NULL,
    deal_count     INTEGER NOT NULL DEFAULT 0,
    value_cents    INTEGER NOT NULL DEFAULT 0,
    weighted_cents INTEGER NOT NULL DEFAULT 0,
    currency       TEXT    NOT NULL DEFAULT '',
    UNIQUE (month, pipeline_id, owner_id)
);
CREATE INDEX forecast_snapshots_month ON forecast_snapshots(month);

-- The shipped pipeline automation (requirements §7), an editable rules document (kind
-- 'pipeline_automation'): the ghost-buster for stalled deals, the Negotiation alert, the
-- check-in after a deal lost for timing (90 days) or budget (180 days), and the hand-off tasks
-- (known keys are translated task titles; other text is used as written) and the account review
-- after a won deal.
INSERT INTO rules (kind, version, document, active, created_at) VALUES ('pipeline_automation', 1, '{
  "ghost_buster": {"enabled": true, "unchanged_days": 30, "silent_days": 14, "grace_days": 3,
                   "lost_reason": "no_response"},
  "negotiation_alert": {"enabled": true},
  "lost_check_in": {"enabled": true, "days": {"timing": 90, "budget": 180}},
  "won": {"enabled": true, "handoff_tasks": ["kickoff_call", "onboarding_handoff", "billing_details"],
          "review_after_days": 182}
}', 1, 0);
