#!/usr/bin/env bash
# End to end, as a user runs it: the real leadrelayctl binary ($1) against a database in a
# temporary folder — init, demo, users, export (JSON and CSV, parsed by Python), and the exit codes
# of a wrong command line (2) and of a file that is not a database (1, file untouched).
set -euo pipefail

ctl="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/store.db"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# Whole outputs first: `grep -q` stops reading at the first match, and with pipefail the writer's
# SIGPIPE on a long text would fail the pipe.
"$ctl" --version >"$work/version.out" || fail "--version exit code"
grep -q '^leadrelayctl ' "$work/version.out" || fail "--version"
"$ctl" --help >"$work/help.out" || fail "--help exit code"
grep -q 'export leads' "$work/help.out" || fail "--help"

"$ctl" --db "$db" init >"$work/init.out"
grep -q 'Schema version: ' "$work/init.out" || fail "init prints the schema version"
[ -f "$db" ] || fail "init creates the database"

"$ctl" --db "$db" demo --leads 400 --seed 11 >"$work/demo.out"
grep -q 'Leads:' "$work/demo.out" || fail "demo prints a summary"

# The database can also come from the environment.
LEADRELAY_DB="$db" "$ctl" users list --format json >"$work/users.json"
python3 - "$work/users.json" <<'PY'
import json, sys
users = json.load(open(sys.argv[1], encoding="utf-8"))
assert len(users) == 11, len(users)
assert sum(u["role"] == "rep" for u in users) == 8
assert sum(u["out_of_office"] for u in users) == 1
PY

"$ctl" --db "$db" export leads --format json >"$work/leads.json"
python3 - "$work/leads.json" <<'PY'
import json, re, sys
leads = json.load(open(sys.argv[1], encoding="utf-8"))
assert len(leads) == 400, len(leads)
keys = {"id", "email", "first_name", "last_name", "company", "company_domain", "phone", "country", "language",
        "source", "form_id", "status", "owner", "created_at", "title", "utm_source", "utm_medium", "utm_campaign",
        "landing_page", "form_type", "submitted_at", "first_touch_at"}
iso = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
for lead in leads:
    assert keys <= lead.keys(), keys - lead.keys()
    assert isinstance(lead["id"], int)
    assert lead["owner"].endswith("@leadrelay.example"), lead["owner"]
    assert iso.match(lead["created_at"]), lead["created_at"]
    assert lead["first_touch_at"] is None or iso.match(lead["first_touch_at"])
bulgarian = [l for l in leads if l["country"] == "BG"]
assert bulgarian and all(re.search("[\u0400-\u04FF]", l["first_name"]) for l in bulgarian)
print(len(leads))
PY

"$ctl" --db "$db" export leads --format csv >"$work/leads.csv"
python3 - "$work/leads.csv" "$work/leads.json" <<'PY'
import csv, json, sys
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))
leads = json.load(open(sys.argv[2], encoding="utf-8"))
assert rows[0][:3] == ["id", "email", "first_name"], rows[0]
assert len(rows) == len(leads) + 1
for row, lead in zip(rows[1:], leads):
    record = dict(zip(rows[0], row))
    assert record["email"] == lead["email"] and record["company"] == lead["company"]
PY

# A rep's view holds only their own leads.
"$ctl" --db "$db" export leads --as ivan.petrov@leadrelay.example >"$work/ivan.json"
python3 - "$work/ivan.json" <<'PY'
import json, sys
leads = json.load(open(sys.argv[1], encoding="utf-8"))
assert leads and all(l["owner"] == "ivan.petrov@leadrelay.example" for l in leads)
PY

# The same seed and the same pinned "now" give the same data set.
"$ctl" --db "$work/a.db" demo --leads 150 --seed 3 --now 2026-11-23T09:00:00Z >/dev/null
"$ctl" --db "$work/b.db" demo --leads 150 --seed 3 --now 2026-11-23T09:00:00Z >/dev/null
"$ctl" --db "$work/a.db" export leads --format csv >"$work/a.csv"
"$ctl" --db "$work/b.db" export leads --format csv >"$work/b.csv"
cmp -s "$work/a.csv" "$work/b.csv" || fail "demo is deterministic"

# A wrong command line: exit 2, usage on stderr, nothing on stdout.
set +e
"$ctl" --db "$db" frobnicate >"$work/out" 2>"$work/err"
code=$?
set -e
[ "$code" -eq 2 ] || fail "unknown command exits with 2, not $code"
grep -q 'Usage: leadrelayctl' "$work/err" || fail "usage on stderr"
[ ! -s "$work/out" ] || fail "nothing on stdout"

set +e
"$ctl" --db "$db" export leads --format xml >"$work/out" 2>"$work/err"
code=$?
set -e
[ "$code" -eq 2 ] || fail "invalid option value exits with 2, not $code"

# A file that is not a database: exit 1 with a message, the file untouched.
printf 'Shopping list: milk, eggs, a CRM.\n' >"$work/notes.db"
cp "$work/notes.db" "$work/notes.orig"
set +e
"$ctl" --db "$work/notes.db" users list >"$work/out" 2>"$work/err"
code=$?
set -e
[ "$code" -eq 1 ] || fail "garbage file exits with 1, not $code"
grep -q 'not a LeadRelay database' "$work/err" || fail "garbage file message"
cmp -s "$work/notes.db" "$work/notes.orig" || fail "garbage file changed"
[ ! -e "$work/notes.db-wal" ] || fail "garbage file got a WAL"

echo "leadrelayctl end to end: OK"
