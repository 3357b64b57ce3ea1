-- Pipeline rules (requirements §7, issue 6): the fields a deal needs before it may enter a stage
-- (exit criteria of the stage before it) and the probability a deal drops to when it sits in a
-- stage too long. Admins edit these later; the rows below are the defaults of the shipped pipeline.
ALTER TABLE stages ADD COLUMN required_fields TEXT NOT NULL DEFAULT '';
ALTER TABLE stages ADD COLUMN stale_after_days INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stages ADD COLUMN stale_probability INTEGER NOT NULL DEFAULT 0
    CHECK (stale_probability BETWEEN 0 AND 100);

UPDATE stages SET required_fields = 'value,decision_maker' WHERE pipeline_id = 1 AND name = 'Proposal Sent';
UPDATE stages SET required_fields = 'vat_id,billing_email' WHERE pipeline_id = 1 AND name = 'Closed Won';
UPDATE stages SET required_fields = 'lost_reason' WHERE pipeline_id = 1 AND name = 'Closed Lost';
UPDATE stages SET stale_after_days = 30, stale_probability = 10 WHERE pipeline_id = 1 AND name = 'Negotiation';

-- The board reads one stage at a time, optionally for one owner, oldest in stage first.
CREATE INDEX deals_stage_owner ON deals(stage_id, owner_id, stage_entered_at);
