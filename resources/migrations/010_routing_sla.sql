-- Route and respond (requirements §4–5, issue 5): routing state, assignment trail, SLA clocks,
-- notifications and the outgoing webhook outbox. Routing rules and SLA policies are documents in
-- `rules` (kinds 'routing' and 'sla'); ladder steps are rows in `timers`.

-- Named accounts: a lead whose company domain is listed goes to the account's owner.
CREATE TABLE target_accounts (
    domain     TEXT    PRIMARY KEY COLLATE NOCASE,
    owner_id   INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name       TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);

-- Round robin: the last user a target handed a lead to (persistent across restarts).
CREATE TABLE routing_pointers (
    target       TEXT    PRIMARY KEY,
    last_user_id INTEGER NOT NULL DEFAULT 0,
    updated_at   INTEGER NOT NULL
);

-- Users routing may treat as senior (referrals go to them by default).
CREATE TABLE user_routing (
    user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    senior  INTEGER NOT NULL DEFAULT 0
);

-- Every owner change with its reason trail ("rule 3 Territory DE → team DACH, round robin, …").
CREATE TABLE lead_assignments (
    id               INTEGER PRIMARY KEY,
    lead_id          INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    user_id          INTEGER REFERENCES users(id) ON DELETE SET NULL,
    previous_user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    cause            TEXT    NOT NULL CHECK (cause IN ('new', 'sla_breach', 'out_of_office', 'deactivated',
                                                       'manual', 'fallback')),
    rule_name        TEXT    NOT NULL DEFAULT '',
    reason           TEXT    NOT NULL,
    at               INTEGER NOT NULL
);
CREATE INDEX lead_assignments_lead ON lead_assignments(lead_id, at);
CREATE INDEX lead_assignments_cause ON lead_assignments(cause, at);

-- Open leads per owner, kept by triggers so that capacity checks and least-loaded routing read one
-- row instead of counting a rep's leads. Open = new, attempting or connected.
CREATE TABLE user_load (
    user_id    INTEGER PRIMARY KEY,
    open_leads INTEGER NOT NULL DEFAULT 0
);
INSERT INTO user_load (user_id, open_leads)
    SELECT owner_id, count(*) FROM leads
    WHERE owner_id IS NOT NULL AND status IN ('new', 'attempting', 'connected') GROUP BY owner_id;
CREATE TRIGGER leads_load_insert AFTER INSERT ON leads
WHEN new.owner_id IS NOT NULL AND new.status IN ('new', 'attempting', 'connected') BEGIN
    INSERT INTO user_load (user_id, open_leads) VALUES (new.owner_id, 1)
        ON CONFLICT(user_id) DO UPDATE SET open_leads = open_leads + 1;
END;
CREATE TRIGGER leads_load_delete AFTER DELETE ON leads
WHEN old.owner_id IS NOT NULL AND old.status IN ('new', 'attempting', 'connected') BEGIN
    UPDATE user_load SET open_leads = open_leads - 1 WHERE user_id = old.owner_id;
END;
CREATE TRIGGER leads_load_update AFTER UPDATE OF owner_id, status ON leads
WHEN (old.owner_id IS NOT new.owner_id) OR (old.status IS NOT new.status) BEGIN
    UPDATE user_load SET open_leads = open_leads - 1
        WHERE user_id = old.owner_id AND old.status IN ('new', 'attempting', 'connected');
    INSERT INTO user_load (user_id, open_leads)
        SELECT new.owner_id, 1 WHERE new.owner_id IS NOT NULL AND new.status IN ('new', 'attempting', 'connected')
        ON CONFLICT(user_id) DO UPDATE SET open_leads = open_leads + 1;
END;

-- One SLA clock per lead: started at assignment, stopped at the first real touch.
CREATE TABLE sla_clocks (
    lead_id     INTEGER PRIMARY KEY REFERENCES leads(id) ON DELETE CASCADE,
    policy      TEXT    NOT NULL,
    owner_id    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    started_at  INTEGER NOT NULL,
    target_ms   INTEGER NOT NULL,
    nudge_at    INTEGER NOT NULL,
    due_at      INTEGER NOT NULL,
    reassign_at INTEGER NOT NULL,
    generation  INTEGER NOT NULL DEFAULT 1,
    stopped_at  INTEGER NOT NULL DEFAULT 0,
    breached_at INTEGER NOT NULL DEFAULT 0,
    last_step   TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX sla_clocks_running ON sla_clocks(stopped_at, due_at);
CREATE INDEX sla_clocks_owner ON sla_clocks(owner_id, stopped_at);

-- The in-app notification centre: only things that need action.
CREATE TABLE notifications (
    id      INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    lead_id INTEGER REFERENCES leads(id) ON DELETE CASCADE,
    kind    TEXT    NOT NULL,
    text    TEXT    NOT NULL,
    at      INTEGER NOT NULL,
    read_at INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX notifications_user ON notifications(user_id, read_at, at);

-- Outgoing webhook messages (Slack-compatible {"text": …}); retried with backoff, then dead.
CREATE TABLE webhook_outbox (
    id              INTEGER PRIMARY KEY,
    url             TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    state           TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'dead')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT    NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX webhook_outbox_due ON webhook_outbox(state, next_attempt_at);
