-- Enrichment: the local firmographics table (the embedded default provider, imported by an admin
-- from CSV), per-field provenance of lead fields filled by enrichment (company fields already have
-- company_field_sources), and the enrichment attempts per company and provider, so that a slow
-- provider (HTTP) is not asked again about the same company too soon.

CREATE TABLE firmographics (
    domain      TEXT    PRIMARY KEY COLLATE NOCASE,
    name        TEXT    NOT NULL DEFAULT '',
    employees   INTEGER NOT NULL DEFAULT 0,
    industry    TEXT    NOT NULL DEFAULT '',
    revenue     INTEGER NOT NULL DEFAULT 0,
    country     TEXT    NOT NULL DEFAULT '',
    linkedin    TEXT    NOT NULL DEFAULT '',
    imported_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE lead_field_sources (
    lead_id    INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    field      TEXT    NOT NULL,
    source     TEXT    NOT NULL,
    fetched_at INTEGER NOT NULL,
    PRIMARY KEY (lead_id, field)
) WITHOUT ROWID;

CREATE TABLE enrichment_attempts (
    company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    provider   TEXT    NOT NULL,
    tried_at   INTEGER NOT NULL,
    outcome    TEXT    NOT NULL CHECK (outcome IN ('filled', 'nothing_new', 'not_found', 'error')),
    error      TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (company_id, provider)
) WITHOUT ROWID;
