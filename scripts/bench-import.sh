#!/usr/bin/env bash
# Import benchmark (issue 3): a deterministic 1,000,000-row leads CSV through the whole
# journal → hygiene → dedup → enrich path of the release `leadrelayctl import leads` into a fresh
# store, and in the same run `sqlite3 .import` of the same file into a table with a unique
# (case-insensitive) email index. Prints both times and the ratio (target ≤ 4).
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
timed "$work/sqlite.time" sqlite3 "$work/baseline.db" -cmd "PRAGMA synchronous=NORMAL" ".import --csv --skip 1 '$csv' leads"
sqlite_rows=$(sqlite3 "$work/baseline.db" "SELECT count(*) FROM leads")

# 2. LeadRelay: journal every row, validate, normalise (names, E.164 phones), dedup/merge, companies,
#    events, open-deal attach — the real command a user runs.
"$ctl" --db "$work/leadrelay.db" init >/dev/null
sync
timed "$work/leadrelay.time" sh -c "\"$ctl\" --db \"$work/leadrelay.db\" import leads \"$csv\" --source bench >\"$work/summary.json\""
leads=$(sqlite3 "$work/leadrelay.db" "SELECT count(*) FROM leads")
pending=$(sqlite3 "$work/leadrelay.db" "SELECT count(*) FROM intake_journal WHERE state = 'pending'")

python3 - "$rows" "$work/sqlite.time" "$work/leadrelay.time" "$sqlite_rows" "$leads" "$pending" "$work/summary.json" <<'PY'
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
PY
