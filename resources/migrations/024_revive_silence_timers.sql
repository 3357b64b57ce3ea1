-- A re-score that found the same silence cancelled the lead's silence timer and then scheduled the
-- same key again, which kept the cancelled row: the lead lost the timer that marks it ghosted. The
-- newest silence timer of each existing lead left without a pending one is pending again; one that
-- is already due fires at the next start and scores the lead as it should have been scored.
UPDATE timers SET state = 'pending', attempts = 0
WHERE state = 'cancelled'
  AND id IN (SELECT max(id) FROM timers WHERE kind = 'scoring.silence' AND lead_id IS NOT NULL GROUP BY lead_id)
  AND lead_id IN (SELECT id FROM leads)
  AND NOT EXISTS (SELECT 1 FROM timers p
                  WHERE p.lead_id = timers.lead_id AND p.kind = 'scoring.silence' AND p.state = 'pending');
