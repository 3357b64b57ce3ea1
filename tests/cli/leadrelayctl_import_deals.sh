#!/usr/bin/env bash
# leadrelayctl import deals, end to end: a messy CRM export (BOM, semicolons, CRLF, M/D/YYYY and ISO
# dates, won/lost rows without a reason, a bad row), the JSON summary, the exit codes, and the deals
# that land in the store.
set -euo pipefail
CTL=${1:?usage: $0 path/to/leadrelayctl}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/deals.db"
fail() { echo "FAIL: $*" >&2; exit 1; }

"$CTL" --db "$DB" init >/dev/null

printf '\xEF\xBB\xBFDeal - ID;Deal - Title;Deal - Stage;Deal - Value;Deal - Owner;Deal - Organization;Deal - Deal created;Deal - Won time;Deal - Lost reason\r\n' > "$WORK/pipedrive.csv"
printf '1;Alpha;Proposal made;"12.500,00";ann@example.com;Alpha GmbH;9/1/2026;;\r\n' >> "$WORK/pipedrive.csv"
printf '2;Beta;Won;4000;ann@example.com;Beta AG;2026-08-01;2026-10-05;\r\n' >> "$WORK/pipedrive.csv"
printf '3;Gamma;Lost;900;Bob Stone;Alpha GmbH;2026-07-01;2026-09-01;\r\n' >> "$WORK/pipedrive.csv"
printf '4;Delta;Haggling;900;Bob Stone;Delta SA;2026-07-01;;\r\n' >> "$WORK/pipedrive.csv"

set +e
OUT=$("$CTL" --db "$DB" import deals "$WORK/pipedrive.csv" --stage-map "Won=Closed Won" --stage-map "Lost=Closed Lost")
CODE=$?
set -e
[ "$CODE" -eq 0 ] || fail "import exited $CODE"
echo "$OUT" | python3 -c '
import json, sys
s = json.load(sys.stdin)
assert s["rows"] == 4, s
assert s["created"] == 3, s
assert s["quarantined"] == 1, s
assert s["history"] == 2, s
assert s["companies_created"] == 2, s
assert s["owners_created"] == 2, s
assert s["errors"][0]["row"] == 4 and "Haggling" in s["errors"][0]["reason"], s
assert any("history" in n for n in s["notes"]), s
' || fail "summary: $OUT"

LIST=$("$CTL" --db "$DB" deals list --format json)
echo "$LIST" | python3 -c '
import json, sys
deals = {d["title"]: d for d in json.load(sys.stdin)}
assert deals["Alpha"]["stage"] == "Proposal Sent", deals["Alpha"]
assert deals["Beta"]["stage"] == "Closed Won", deals["Beta"]
assert deals["Gamma"]["stage"] == "Closed Lost", deals["Gamma"]
assert "Delta" not in deals
' || fail "deals list: $LIST"

# Importing the same file again creates nothing new.
OUT=$("$CTL" --db "$DB" import deals "$WORK/pipedrive.csv" --stage-map "Won=Closed Won" --stage-map "Lost=Closed Lost")
echo "$OUT" | python3 -c 'import json,sys; s=json.load(sys.stdin); assert s["created"]==0 and s["merged"]==3, s' \
    || fail "re-import: $OUT"

# Wrong command lines exit 2; a stage map to a stage that does not exist exits 1.
set +e
"$CTL" --db "$DB" import deals >/dev/null 2>&1; [ $? -eq 2 ] || fail "missing file should exit 2"
"$CTL" --db "$DB" import deals "$WORK/pipedrive.csv" --stage-map "nonsense" >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad --stage-map should exit 2"
"$CTL" --db "$DB" import deals "$WORK/pipedrive.csv" --stage-map "Won=Champagne" >/dev/null 2>&1; [ $? -eq 1 ] || fail "unknown target stage should exit 1"
set -e
echo "ok"
