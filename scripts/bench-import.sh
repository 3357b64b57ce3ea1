#!/usr/bin/env bash
# Import benchmark (issue 3): a deterministic 1,000,000-row leads CSV through the whole
# journal → hygiene → dedup → enrich path of the release `leadrelayctl import leads` into a fresh
# store, and in the same run `sqlite3 .import` of the same file into a table with a unique
# (case-insensitive) email index. Prints both times and the ratio (target ≤ 4).
#
#   scripts/bench-import.sh            # 1,000,000 rows (CSV generated once into build/bench/bench-data)
#   BENCH_IMPORT_ROWS=100000 scripts/bench-import.sh
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${BENCH_IMPORT_ROWS:-1000000}
ctl=${LEADRELAYCTL:-build/bench/app/leadrelayctl}
data=build/bench/bench-data
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

# 1. sqlite3 .import: the floor — parse the CSV and insert into one table with a unique email index.
sqlite3 "$work/baseline.db" <<'SQL' >/dev/null
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
CREATE TABLE leads (
    first_name TEXT, last_name TEXT, email TEXT COLLATE NOCASE UNIQUE ON CONFLICT IGNORE, company TEXT,
    website TEXT, phone TEXT, country TEXT, title TEXT, utm_source TEXT, utm_medium TEXT, utm_campaign TEXT,
    created TEXT);
SQL
sync
t0=$(now)
sqlite3 "$work/baseline.db" -cmd "PRAGMA synchronous=NORMAL" ".import --csv --skip 1 '$csv' leads" 2>"$work/sqlite.err"
t1=$(now)
sqlite_rows=$(sqlite3 "$work/baseline.db" "SELECT count(*) FROM leads")

# 2. LeadRelay: journal every row, validate, normalise (names, E.164 phones), dedup/merge, companies,
#    events, open-deal attach — the real command a user runs.
"$ctl" --db "$work/leadrelay.db" init >/dev/null
sync
t2=$(now)
"$ctl" --db "$work/leadrelay.db" import leads "$csv" --source bench >"$work/summary.json"
t3=$(now)
leads=$(sqlite3 "$work/leadrelay.db" "SELECT count(*) FROM leads")
pending=$(sqlite3 "$work/leadrelay.db" "SELECT count(*) FROM intake_journal WHERE state = 'pending'")

python3 - "$rows" "$t0" "$t1" "$t2" "$t3" "$sqlite_rows" "$leads" "$pending" "$work/summary.json" <<'PY'
import json, sys
rows = int(sys.argv[1])
t0, t1, t2, t3 = map(float, sys.argv[2:6])
sqlite_rows, leads, pending = map(int, sys.argv[6:9])
s = json.load(open(sys.argv[9]))
base, ours = t1 - t0, t3 - t2
assert s["rows"] == rows and s["rows"] == s["created"] + s["merged"] + s["quarantined"], s
assert pending == 0, pending
print(f"import {rows} rows:")
print(f"  sqlite3 .import (unique email index): {base:8.2f} s  ({sqlite_rows} rows kept)")
print(f"  leadrelayctl import leads:            {ours:8.2f} s  ({rows / ours:,.0f} rows/s; created {s['created']}, "
      f"merged {s['merged']}, quarantined {s['quarantined']}; {leads} leads)")
print(f"  ratio: {ours / base:.2f}  (target <= 4)")
PY
