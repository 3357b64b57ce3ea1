-- LeadRelay schema v1: the whole life of a lead.
-- Instants are UTC epoch milliseconds (INTEGER). Lists are comma-separated codes.
-- A shipped migration is never edited: add 002_….sql instead.

CREATE TABLE teams (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    manager_id  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    territories TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL
);

CREATE TABLE users (
    id                INTEGER PRIMARY KEY,
    name              TEXT    NOT NULL,
    email             TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    role              TEXT    NOT NULL CHECK (role IN ('rep', 'manager', 'admin')),
    team_id           INTEGER REFERENCES teams(id) ON DELETE SET NULL,
    territories       TEXT    NOT NULL DEFAULT '',
    languages         TEXT    NOT NULL DEFAULT '',
    segment           TEXT    NOT NULL DEFAULT '',
    capacity          INTEGER NOT NULL DEFAULT 50 CHECK (capacity >= 0),
    time_zone         TEXT    NOT NULL DEFAULT 'UTC',
    work_start_minute INTEGER NOT NULL DEFAULT 540,
    work_end_minute   INTEGER NOT NULL DEFAULT 1080,
    work_days         INTEGER NOT NULL DEFAULT 31,
    active            INTEGER NOT NULL DEFAULT 1,
    created_at        INTEGER NOT NULL
);
CREATE INDEX users_team ON users(team_id);

CREATE TABLE user_absences (
    id        INTEGER PRIMARY KEY,
    user_id   INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    starts_at INTEGER NOT NULL,
    ends_at   INTEGER NOT NULL CHECK (ends_at > starts_at),
    reason    TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX user_absences_user ON user_absences(user_id, starts_at);

CREATE TABLE companies (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL DEFAULT '',
    domain     TEXT    UNIQUE COLLATE NOCASE,
    industry   TEXT    NOT NULL DEFAULT '',
    employees  INTEGER NOT NULL DEFAULT 0,
    revenue    INTEGER NOT NULL DEFAULT 0,
    country    TEXT    NOT NULL DEFAULT '',
    linkedin   TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Enrichment provenance: where each company field came from, and when.
CREATE TABLE company_field_sources (
    company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    field      TEXT    NOT NULL,
    source     TEXT    NOT NULL,
    fetched_at INTEGER NOT NULL,
    PRIMARY KEY (company_id, field)
);

CREATE TABLE leads (
    id             INTEGER PRIMARY KEY,
    email          TEXT    NOT NULL DEFAULT '',
    email_norm     TEXT    NOT NULL DEFAULT '',
    first_name     TEXT    NOT NULL DEFAULT '',
    last_name      TEXT    NOT NULL DEFAULT '',
    title          TEXT    NOT NULL DEFAULT '',
    company_name   TEXT    NOT NULL DEFAULT '',
    company_id     INTEGER REFERENCES companies(id) ON DELETE SET NULL,
    phone          TEXT    NOT NULL DEFAULT '',
    country        TEXT    NOT NULL DEFAULT '',
    language       TEXT    NOT NULL DEFAULT '',
    source         TEXT    NOT NULL,
    status         TEXT    NOT NULL DEFAULT 'new',
    owner_id       INTEGER REFERENCES users(id) ON DELETE SET NULL,
    utm_source     TEXT    NOT NULL DEFAULT '',
    utm_medium     TEXT    NOT NULL DEFAULT '',
    utm_campaign   TEXT    NOT NULL DEFAULT '',
    landing_page   TEXT    NOT NULL DEFAULT '',
    form_id        TEXT    NOT NULL DEFAULT '',
    form_type      TEXT    NOT NULL DEFAULT '',
    submitted_at   INTEGER NOT NULL DEFAULT 0,
    question       TEXT    NOT NULL DEFAULT '',
    budget         TEXT    NOT NULL DEFAULT '',
    authority      TEXT    NOT NULL DEFAULT '',
    need           TEXT    NOT NULL DEFAULT '',
    timeline       TEXT    NOT NULL DEFAULT '',
    score          INTEGER NOT NULL DEFAULT 0,
    fit            INTEGER NOT NULL DEFAULT 0,
    intent         INTEGER NOT NULL DEFAULT 0,
    timing         INTEGER NOT NULL DEFAULT 0,
    score_class    TEXT    NOT NULL DEFAULT '',
    next_step      TEXT    NOT NULL DEFAULT '',
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    first_touch_at INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX leads_created ON leads(created_at, id);
CREATE INDEX leads_owner ON leads(owner_id, created_at);
CREATE INDEX leads_status ON leads(status, created_at);
CREATE INDEX leads_source ON leads(source, created_at);
CREATE INDEX leads_email_norm ON leads(email_norm);
CREATE INDEX leads_company ON leads(company_id);
CREATE INDEX leads_last_name ON leads(last_name COLLATE NOCASE, first_name COLLATE NOCASE, id);
CREATE INDEX leads_company_name ON leads(company_name COLLATE NOCASE, id);
CREATE INDEX leads_score ON leads(score, id);

-- Prefix search over names, email and company (the lead list's search box).
CREATE VIRTUAL TABLE leads_fts USING fts5(
    first_name, last_name, email, company_name,
    content='leads', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER leads_fts_insert AFTER INSERT ON leads BEGIN
    INSERT INTO leads_fts(rowid, first_name, last_name, email, company_name)
    VALUES (new.id, new.first_name, new.last_name, new.email, new.company_name);
END;
CREATE TRIGGER leads_fts_delete AFTER DELETE ON leads BEGIN
    INSERT INTO leads_fts(leads_fts, rowid, first_name, last_name, email, company_name)
    VALUES ('delete', old.id, old.first_name, old.last_name, old.email, old.company_name);
END;
CREATE TRIGGER leads_fts_update AFTER UPDATE OF first_name, last_name, email, company_name ON leads BEGIN
    INSERT INTO leads_fts(leads_fts, rowid, first_name, last_name, email, company_name)
    VALUES ('delete', old.id, old.first_name, old.last_name, old.email, old.company_name);
    INSERT INTO leads_fts(rowid, first_name, last_name, email, company_name)
    VALUES (new.id, new.first_name, new.last_name, new.email, new.company_name);
END;

CREATE TABLE pipelines (
    id   INTEGER PRIMARY KEY,
    name TEXT    NOT NULL UNIQUE
);

CREATE TABLE stages (
    id          INTEGER PRIMARY KEY,
    pipeline_id INTEGER NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    probability INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
    kind        TEXT    NOT NULL DEFAULT 'open' CHECK (kind IN ('open', 'won', 'lost', 'invalid')),
    rot_days    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (pipeline_id, name)
);

CREATE TABLE deals (
    id                INTEGER PRIMARY KEY,
    pipeline_id       INTEGER NOT NULL REFERENCES pipelines(id),
    stage_id          INTEGER NOT NULL REFERENCES stages(id),
    lead_id           INTEGER REFERENCES leads(id) ON DELETE SET NULL,
    company_id        INTEGER REFERENCES companies(id) ON DELETE SET NULL,
    owner_id          INTEGER REFERENCES users(id) ON DELETE SET NULL,
    title             TEXT    NOT NULL,
    value_cents       INTEGER NOT NULL DEFAULT 0 CHECK (value_cents >= 0),
    currency          TEXT    NOT NULL DEFAULT 'EUR',
    expected_close_at INTEGER NOT NULL DEFAULT 0,
    decision_maker    TEXT    NOT NULL DEFAULT '',
    vat_id            TEXT    NOT NULL DEFAULT '',
    billing_email     TEXT    NOT NULL DEFAULT '',
    lost_reason       TEXT    NOT NULL DEFAULT '',
    next_step         TEXT    NOT NULL DEFAULT '',
    external_id       TEXT    NOT NULL DEFAULT '',
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    stage_entered_at  INTEGER NOT NULL,
    engaged_at        INTEGER NOT NULL DEFAULT 0,
    closed_at         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX deals_stage ON deals(stage_id, stage_entered_at);
CREATE INDEX deals_owner ON deals(owner_id);
CREATE INDEX deals_lead ON deals(lead_id);
CREATE INDEX deals_company ON deals(company_id);

CREATE TABLE deal_stage_history (
    id            INTEGER PRIMARY KEY,
    deal_id       INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    from_stage_id INTEGER REFERENCES stages(id),
    to_stage_id   INTEGER NOT NULL REFERENCES stages(id),
    user_id       INTEGER REFERENCES users(id) ON DELETE SET NULL,
    at            INTEGER NOT NULL
);
CREATE INDEX deal_stage_history_deal ON deal_stage_history(deal_id, at);

CREATE TABLE activities (
    id      INTEGER PRIMARY KEY,
    lead_id INTEGER REFERENCES leads(id) ON DELETE CASCADE,
    deal_id INTEGER REFERENCES deals(id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    kind    TEXT    NOT NULL CHECK (kind IN ('call', 'email', 'meeting', 'note', 'sms')),
    outcome TEXT    NOT NULL DEFAULT '',
    body    TEXT    NOT NULL DEFAULT '',
    at      INTEGER NOT NULL
);
CREATE INDEX activities_lead ON activities(lead_id, at);
CREATE INDEX activities_deal ON activities(deal_id, at);

CREATE TABLE tasks (
    id         INTEGER PRIMARY KEY,
    lead_id    INTEGER REFERENCES leads(id) ON DELETE CASCADE,
    deal_id    INTEGER REFERENCES deals(id) ON DELETE CASCADE,
    owner_id   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    title      TEXT    NOT NULL,
    kind       TEXT    NOT NULL DEFAULT 'follow_up',
    due_at     INTEGER NOT NULL,
    done_at    INTEGER NOT NULL DEFAULT 0,
    outcome    TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);
CREATE INDEX tasks_owner_open ON tasks(owner_id, done_at, due_at);
CREATE INDEX tasks_lead ON tasks(lead_id);

CREATE TABLE meetings (
    id         INTEGER PRIMARY KEY,
    lead_id    INTEGER REFERENCES leads(id) ON DELETE CASCADE,
    deal_id    INTEGER REFERENCES deals(id) ON DELETE CASCADE,
    owner_id   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    title      TEXT    NOT NULL DEFAULT '',
    starts_at  INTEGER NOT NULL,
    ends_at    INTEGER NOT NULL,
    status     TEXT    NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'held', 'no_show', 'cancelled')),
    created_at INTEGER NOT NULL
);
CREATE INDEX meetings_lead ON meetings(lead_id);
CREATE INDEX meetings_starts ON meetings(starts_at);

-- Append-only: the history every metric and timeline is computed from.
CREATE TABLE events (
    id      INTEGER PRIMARY KEY,
    at      INTEGER NOT NULL,
    type    TEXT    NOT NULL,
    lead_id INTEGER,
    deal_id INTEGER,
    user_id INTEGER,
    payload TEXT    NOT NULL DEFAULT '{}'
);
CREATE INDEX events_lead ON events(lead_id, at);
CREATE INDEX events_deal ON events(deal_id, at);
CREATE INDEX events_type ON events(type, at);
CREATE TRIGGER events_append_only BEFORE UPDATE ON events BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    user_id   INTEGER,
    entity    TEXT    NOT NULL,
    entity_id INTEGER NOT NULL,
    action    TEXT    NOT NULL,
    field     TEXT    NOT NULL DEFAULT '',
    old_value TEXT    NOT NULL DEFAULT '',
    new_value TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, at);
CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Scoring, routing, SLA, cadence, workflow and pipeline rules as versioned JSON documents.
CREATE TABLE rules (
    id         INTEGER PRIMARY KEY,
    kind       TEXT    NOT NULL,
    version    INTEGER NOT NULL,
    document   TEXT    NOT NULL,
    active     INTEGER NOT NULL DEFAULT 0,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (kind, version)
);

-- Durable timers: SLA steps, cadence steps, reminders. Claimed in a transaction, fired once.
CREATE TABLE timers (
    id         INTEGER PRIMARY KEY,
    due_at     INTEGER NOT NULL,
    kind       TEXT    NOT NULL,
    lead_id    INTEGER,
    deal_id    INTEGER,
    payload    TEXT    NOT NULL DEFAULT '{}',
    state      TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'cancelled')),
    dedupe_key TEXT    UNIQUE,
    attempts   INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    fired_at   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX timers_due ON timers(state, due_at);
CREATE INDEX timers_lead ON timers(lead_id);

-- Every submission, raw, before any processing.
CREATE TABLE intake_journal (
    id           INTEGER PRIMARY KEY,
    received_at  INTEGER NOT NULL,
    channel      TEXT    NOT NULL CHECK (channel IN ('webhook', 'csv', 'manual', 'event')),
    source       TEXT    NOT NULL DEFAULT '',
    content_type TEXT    NOT NULL DEFAULT '',
    body         BLOB    NOT NULL,
    state        TEXT    NOT NULL DEFAULT 'pending'
                 CHECK (state IN ('pending', 'processed', 'quarantined', 'failed')),
    reason       TEXT    NOT NULL DEFAULT '',
    lead_id      INTEGER,
    attempts     INTEGER NOT NULL DEFAULT 0,
    processed_at INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX intake_journal_state ON intake_journal(state, id);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
