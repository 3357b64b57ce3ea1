-- Events and timers are found by deal only when they have one (issue 5, performance): most events
-- and every SLA timer belong to a lead alone, and each still cost an entry (NULL, …) in the deal
-- indexes, written with the row and rewritten when a timer changes state. Queries asking for
-- "deal_id = ?" use the partial indexes as before.
DROP INDEX IF EXISTS events_deal;
CREATE INDEX events_deal ON events(deal_id, at) WHERE deal_id IS NOT NULL;
DROP INDEX IF EXISTS timers_deal_state;
CREATE INDEX timers_deal_state ON timers(deal_id, state) WHERE deal_id IS NOT NULL;
