#!/usr/bin/env bash
# Import benchmark (issue 3): a deterministic 1,000,000-row leads CSV through the whole
# journal → hygiene → dedup → enrich path of the release `leadrelayctl import leads` into a fresh
# store, and in the same run `sqlite3 .import` of the same file into a table with a unique
# (case-insensitive) email index. Prints both times and the ratio (target ≤ 4), and the floor of
# LeadRelay's own schema: the fewest writes an import must make into it, set-based in plain SQL.
#
#   scripts/bench-import.sh            # 1,000,000 rows (CSV generated once into build/bench/bench-data)
#   BENCH_IMPORT_ROWS=100000 scripts/bench-import.sh
#   LEADRELAYCTL=build/h4/app/leadrelayctl BENCH_DATA=/tmp/bench-data scripts/bench-import.sh   # another build
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${BENCH_IMPORT_ROWS:-1000000}
ctl=${LEADRELAYCTL:-build/bench/app/leadrelayctl}
data=${BENCH_DATA:-build/bench/bench-data}
if [ ! -x "$ctl" ]; then
    cmake --preset bench >/dev/null
    cmake --build --preset bench -j "$(nproc)" --target leadrelayctl
fi
command -v sqlite3 >/dev/null || { echo "bench-import: sqlite3 is missing (scripts/install-deps.sh)" >&2; exit 1; }
mkdir -p "$data"
csv="$data/leads-import-$rows.csv"
if [ ! -s "$csv" ]; then
    echo "bench-import: generating $csv (once)"
    python3 scripts/bench-gen-leads.py "$rows" "$csv.tmp"
    mv "$csv.tmp" "$csv"
fi
work=$(mktemp -d "$data/import-run.XXXXXX")
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
# Wall and CPU (user + system) seconds of one command, into the file named first.
timed() {
    local out=$1
    shift
    local TIMEFORMAT='%R %U %S'
    { time "$@" 2>>"$work/stderr.log"; } 2>"$out"
}

# 1. sqlite3 .import: the reference — parse the CSV and insert into one table with a unique email index.
sqlite3 "$work/baseline.db" <<'SQL' >/dev/null
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
CREATE TABLE leads (
    first_name TEXT, last_name TEXT, email TEXT COLLATE NOCASE UNIQUE ON CONFLICT IGNORE, company TEXT,
    website TEXT, phone TEXT, country TEXT, title TEXT, utm_source TEXT, utm_medium TEXT, utm_campaign TEXT,
    created TEXT);
SQL
sync
timed "$work/sqlite.time" sqlite3 "$work/baseline.db" -cmd "PRAGMA synchronous=NORMAL" ".import --csv --skip 1 '$csv' leads"
sqlite_rows=$(sqlite3 "$work/baseline.db" "SELECT count(*) FROM leads")

# 2. LeadRelay: journal every row, validate, normalise (names, E.164 phones), dedup/merge, companies,
#    events, open-deal attach — the real command a user runs.
"$ctl" --db "$work/leadrelay.db" init >/dev/null
sync
timed "$work/leadrelay.time" sh -c "\"$ctl\" --db \"$work/leadrelay.db\" import leads \"$csv\" --source bench >\"$work/summary.json\""
leads=$(sqlite3 "$work/leadrelay.db" "SELECT count(*) FROM leads")
pending=$(sqlite3 "$work/leadrelay.db" "SELECT count(*) FROM intake_journal WHERE state = 'pending'")

# 3. The floor of this store: the fewest writes an import must make into LeadRelay's own tables (the
#    raw row journaled, one lead per email with the indexes the inbox pages a million leads by, its
#    lead_created event, the journal row marked processed), done set-based in plain SQL in one
#    transaction each, with no hygiene, dedup rules, scoring or routing at all. No import into this
#    schema can be faster; it shows how much of the target the schema alone takes.
"$ctl" --db "$work/floor.db" init >/dev/null
sync
timed "$work/floor.time" sqlite3 "$work/floor.db" <<SQL
PRAGMA synchronous=NORMAL;
PRAGMA temp_store=MEMORY;
PRAGMA cache_size=-262144;
CREATE TEMP TABLE staged (first_name, last_name, email, company, website, phone, country, title,
                          utm_source, utm_medium, utm_campaign, created);
.import --csv --skip 1 '$csv' staged
BEGIN;
INSERT INTO intake_journal (received_at, channel, source, content_type, body)
SELECT 1, 'csv', 'bench', 'application/json',
       json_object('first_name', first_name, 'last_name', last_name, 'email', email, 'company', company,
                   'website', website, 'phone', phone, 'country', country, 'title', title,
                   'utm_source', utm_source, 'utm_medium', utm_medium, 'utm_campaign', utm_campaign)
FROM staged;
COMMIT;
BEGIN;
INSERT INTO leads (email, email_norm, first_name, last_name, title, company_name, phone, country, source,
                   utm_source, utm_medium, utm_campaign, form_id, submitted_at, score, score_class,
                   created_at, updated_at)
SELECT email, lower(email), first_name, last_name, title, company, phone, country, 'csv_import',
       utm_source, utm_medium, utm_campaign, 'bench', 1, abs(random() % 100), 'C', 1, 1
FROM staged WHERE email LIKE '%_@_%' GROUP BY lower(email);
INSERT INTO events (at, type, lead_id, payload)
SELECT 1, 'lead_created', id, json_object('source', 'csv_import', 'form_id', 'bench') FROM leads;
UPDATE intake_journal SET state = 'processed', processed_at = 2,
       lead_id = (SELECT id FROM leads WHERE email_norm = lower(json_extract(body, '\$.email')));
COMMIT;
SQL
floor_leads=$(sqlite3 "$work/floor.db" "SELECT count(*) FROM leads")
# Every journaled row with an address must have found its lead.
floor_unlinked=$(sqlite3 "$work/floor.db" "SELECT count(*) FROM intake_journal WHERE lead_id IS NULL
                                          AND json_extract(body, '\$.email') LIKE '%_@_%'")

python3 - "$rows" "$work/sqlite.time" "$work/leadrelay.time" "$sqlite_rows" "$leads" "$pending" "$work/summary.json" \
    "$work/floor.time" "$floor_leads" "$floor_unlinked" <<'PY'
import json, sys
rows = int(sys.argv[1])
base_wall, base_user, base_sys = map(float, open(sys.argv[2]).read().split())
ours_wall, ours_user, ours_sys = map(float, open(sys.argv[3]).read().split())
sqlite_rows, leads, pending = map(int, sys.argv[4:7])
s = json.load(open(sys.argv[7]))
base, ours = base_wall, ours_wall
base_cpu, ours_cpu = base_user + base_sys, ours_user + ours_sys
assert s["rows"] == rows and s["rows"] == s["created"] + s["merged"] + s["quarantined"], s
assert pending == 0, pending
print(f"import {rows} rows:")
print(f"  sqlite3 .import (unique email index): {base:8.2f} s  ({sqlite_rows} rows kept)")
print(f"  leadrelayctl import leads:            {ours:8.2f} s  ({rows / ours:,.0f} rows/s; created {s['created']}, "
      f"merged {s['merged']}, quarantined {s['quarantined']}; {leads} leads)")
print(f"  ratio: {ours / base:.2f} wall  (target <= 4); CPU seconds {ours_cpu:.2f} vs {base_cpu:.2f}, "
      f"ratio {ours_cpu / max(base_cpu, 0.001):.2f}")
floor_wall = float(open(sys.argv[8]).read().split()[0])
floor_leads, floor_unlinked = map(int, sys.argv[9:11])
assert floor_leads > 0 and floor_unlinked == 0, (floor_leads, floor_unlinked)
print(f"  floor of this store (the fewest writes into its tables, set-based SQL, no hygiene, scoring "
      f"or routing): {floor_wall:.2f} s "
      f"({floor_leads} leads), ratio {floor_wall / base:.2f}")
PY
