-- Qualify (issue 4): score history with its explanation, filters by class, and behaviour events of
-- people not known yet. A shipped migration is never edited: add a later one instead.

-- Every score a lead had: the explanation (breakdown: JSON list of {rule, name, axis, points, fact,
-- at}) and the rule-set version that produced it. A row is added only when the outcome changed.
CREATE TABLE lead_scores (
    id            INTEGER PRIMARY KEY,
    lead_id       INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    at            INTEGER NOT NULL,
    score         INTEGER NOT NULL,
    fit           INTEGER NOT NULL,
    intent        INTEGER NOT NULL,
    timing        INTEGER NOT NULL,
    score_class   TEXT    NOT NULL,
    next_step     TEXT    NOT NULL,
    rules_version INTEGER NOT NULL,
    reason        TEXT    NOT NULL DEFAULT '',
    breakdown     TEXT    NOT NULL DEFAULT '[]'
);
CREATE INDEX lead_scores_lead ON lead_scores(lead_id, id);

-- The lead list filters by class and sorts by score within it.
CREATE INDEX leads_class_score ON leads(score_class, score, id);

-- Behaviour events (page_view, email_open, …) whose person is not a lead yet keep the dedup key of
-- their email in the payload; intake attaches them when the person appears.
CREATE INDEX events_unattached ON events(json_extract(payload, '$.email_key')) WHERE lead_id IS NULL;
