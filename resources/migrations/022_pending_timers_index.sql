-- Only pending timers are looked up by due time (the ticker's "what is due", the next wake-up, the
-- count of open timers). The index kept every timer ever fired or cancelled and rewrote the entry of
-- each one fired: now firing or cancelling a timer only drops its entry, and the index stays as
-- small as the work still to do (issue 5, performance: the restart catch-up).
DROP INDEX IF EXISTS timers_due;
CREATE INDEX timers_due ON timers(due_at) WHERE state = 'pending';
