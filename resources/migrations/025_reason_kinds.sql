-- Quarantine reasons in the reader's language (issue 3): a reason is stored as the source text of
-- its words with their arguments (core/common/Words), and translated when shown. reason_key is the
-- kind of a reject (the words without their arguments: "… is a disposable mail domain" for every
-- such address), which the Intake page groups and filters by. A reason stored before is plain text
-- in one language and is its own kind.
-- A shipped migration is never edited: add 026_….sql instead.

ALTER TABLE intake_journal ADD COLUMN reason_key TEXT NOT NULL DEFAULT '';
UPDATE intake_journal SET reason_key = reason WHERE rejected_at > 0 AND state IN ('quarantined', 'failed', 'discarded');
DROP INDEX IF EXISTS intake_journal_rejects_reason;
CREATE INDEX intake_journal_rejects_reason ON intake_journal(state, reason_key, id) WHERE rejected_at > 0;
