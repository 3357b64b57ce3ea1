#!/usr/bin/env bash
# End to end: CSV import and the webhook through the real leadrelayctl binary.
set -euo pipefail
CTL="$1"
dir=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$dir"' EXIT
db="$dir/intake.db"
"$CTL" --db "$db" init >/dev/null

# A messy European Excel export: BOM, semicolons, CRLF, a quoted newline, a junk row, a duplicate.
printf '\xef\xbb\xbfE-Mail;Imię;Nazwisko;Firma;Telefon;Kraj\r\n' >"$dir/leads.csv"
printf 'jan@firma.pl;jan;KOWALSKI;"Firma\r\nsp. z o.o.";601 234 567;PL\r\n' >>"$dir/leads.csv"
printf 'test@test.com;Test;Test;;;PL\r\n' >>"$dir/leads.csv"
printf 'JAN+promo@firma.pl;Jan;Kowalski;;;PL\r\n' >>"$dir/leads.csv"
summary=$("$CTL" --db "$db" import leads "$dir/leads.csv" --source event)
python3 - "$summary" <<'PY'
import json, sys
s = json.loads(sys.argv[1])
assert s["rows"] == 3 and s["created"] == 1 and s["merged"] == 1 and s["quarantined"] == 1, s
assert s["rows"] == s["created"] + s["merged"] + s["quarantined"]
assert s["errors"][0]["row"] == 2 and "test" in s["errors"][0]["reason"], s
PY

# Bad command lines and files.
set +e
"$CTL" --db "$db" import leads "$dir/missing.csv" 2>/dev/null; [ $? -eq 1 ] || { echo "missing file should exit 1"; exit 1; }
"$CTL" --db "$db" import leads "$dir/leads.csv" --map nonsense 2>/dev/null; [ $? -eq 2 ] || { echo "bad --map should exit 2"; exit 1; }
"$CTL" --db "$db" import 2>/dev/null; [ $? -eq 2 ] || { echo "import without what should exit 2"; exit 1; }
set -e

# The webhook on a free loopback port.
"$CTL" --db "$db" serve --port 0 --token tok >"$dir/serve.log" 2>&1 &
server=$!
for _ in $(seq 50); do grep -q Listening "$dir/serve.log" && break; sleep 0.1; done
port=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\).*/\1/p' "$dir/serve.log" | head -1)
[ -n "$port" ] || { cat "$dir/serve.log"; exit 1; }
url="http://127.0.0.1:$port/v1/submissions"
code() { curl -s -o "$dir/body" -w '%{http_code}' "$@"; }
[ "$(code -X POST -H 'Content-Type: application/json' -H 'Authorization: Bearer tok' \
    -d '{"email":"ivan@firma.bg","first_name":"иван","country":"BG"}' "$url")" = 202 ]
python3 -c 'import json,sys; b=json.load(open(sys.argv[1])); assert b["status"]=="created" and b["lead_id"], b' "$dir/body"
[ "$(code -X POST -H 'Content-Type: application/json' -d '{}' "$url")" = 401 ]
[ "$(code -X POST -H 'Content-Type: text/plain' -H 'Authorization: Bearer tok' -d 'x' "$url")" = 415 ]
[ "$(code -X POST -H 'Content-Type: application/json' -H 'Authorization: Bearer tok' -d '{"email":' "$url")" = 400 ]
head -c 70000 /dev/zero | tr '\0' 'a' | sed 's/^/{"email":"/; s/$/"}/' >"$dir/big.json"
[ "$(code -X POST -H 'Content-Type: application/json' -H 'Authorization: Bearer tok' --data-binary @"$dir/big.json" "$url")" = 413 ]
[ "$(code "http://127.0.0.1:$port/v1/health")" = 200 ]
kill -9 "$server"; wait "$server" 2>/dev/null || true; server=

# After kill -9 the store opens and every accepted lead is there.
count=$("$CTL" --db "$db" export leads --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
[ "$count" = 2 ] || { echo "expected 2 leads, got $count"; exit 1; }
echo "intake end-to-end: ok"
