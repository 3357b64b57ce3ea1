-- The rules that fired in each lead's newest score, as " rule_id rule_id … " (issue 4, performance):
-- after a change of the scoring rules, a re-score reads only the leads the change can affect, e.g.
-- those that fired a rule whose points changed, found by instr() without reading every breakdown.
-- NULL means "not known": such a lead is always re-scored. Leads never scored stay NULL; so does a
-- lead whose stored breakdown is not valid JSON.
ALTER TABLE leads ADD COLUMN score_rules TEXT;
UPDATE leads SET score_rules = (
    SELECT CASE WHEN json_valid(s.breakdown) THEN
               ' ' || coalesce((SELECT group_concat(json_extract(j.value, '$.rule'), ' ')
                                FROM json_each(s.breakdown) j), '') || ' '
           END
    FROM lead_scores s WHERE s.lead_id = leads.id ORDER BY s.id DESC LIMIT 1);
