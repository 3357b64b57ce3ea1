-- The shipped sales pipeline (requirements §7). Admins edit stages and probabilities later;
-- these rows are only the defaults.
INSERT INTO pipelines (id, name) VALUES (1, 'Sales');
INSERT INTO stages (pipeline_id, name, position, probability, kind, rot_days) VALUES
    (1, 'New Lead',          1,   5, 'open',    7),
    (1, 'Attempted Contact', 2,  10, 'open',    7),
    (1, 'Connected',         3,  15, 'open',   10),
    (1, 'Discovery Booked',  4,  20, 'open',   14),
    (1, 'Proposal Sent',     5,  60, 'open',   14),
    (1, 'Negotiation',       6,  80, 'open',   30),
    (1, 'Closed Won',        7, 100, 'won',     0),
    (1, 'Closed Lost',       8,   0, 'lost',    0),
    (1, 'Invalid',           9,   0, 'invalid', 0);
