#!/usr/bin/env bash
# End to end: firmographics import, enrichment at intake, and an HTTP enrichment pass through the
# real leadrelayctl binary against a small JSON server on a free loopback port.
set -euo pipefail
CTL="$1"
dir=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$dir"' EXIT
db="$dir/enrich.db"
"$CTL" --db "$db" init >/dev/null

printf 'Website,Company Name,Headcount,Industry,Annual Revenue,Country\n' >"$dir/firmo.csv"
printf 'https://www.acme.com/,Acme Inc,51-200,Software,$2.5M,United States\n' >>"$dir/firmo.csv"
printf 'nonsense,Broken,many,,,\n' >>"$dir/firmo.csv"
summary=$("$CTL" --db "$db" import firmographics "$dir/firmo.csv")
python3 - "$summary" <<'PY'
import json, sys
s = json.loads(sys.argv[1])
assert s["rows"] == 2 and s["created"] == 1 and s["rejected"] == 1, s
assert s["errors"][0]["row"] == 2, s
PY

# A lead at acme.com without a company name gets it from the table as it arrives; a typed one stays.
printf 'Email,First Name,Company\nann@acme.com,Ann,\nbob@acme.com,Bob,ACME typed\ncid@globex.io,Cid,\n' >"$dir/leads.csv"
"$CTL" --db "$db" import leads "$dir/leads.csv" >/dev/null
"$CTL" --db "$db" export leads --format json >"$dir/leads.json"
python3 - "$dir/leads.json" <<'PY'
import json, sys
leads = {l["email"]: l for l in json.load(open(sys.argv[1]))}
assert leads["ann@acme.com"]["company"] == "Acme Inc", leads["ann@acme.com"]
assert leads["bob@acme.com"]["company"] == "ACME typed", leads["bob@acme.com"]
assert leads["cid@globex.io"]["company"] == "", leads["cid@globex.io"]
PY

# The HTTP provider: globex.io is known to the service, anything else is 404.
cat >"$dir/server.py" <<'PY'
import http.server, json, sys, urllib.parse
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        domain = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query).get("domain", [""])[0]
        if domain == "globex.io":
            body, code = json.dumps({"name": "Globex", "employees": "1.2k", "country": "DE"}).encode(), 200
        else:
            body, code = b'{"error":"not found"}', 404
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
s = http.server.HTTPServer(("127.0.0.1", 0), H)
print(s.server_port, flush=True)
s.serve_forever()
PY
python3 "$dir/server.py" >"$dir/port" &
server=$!
for _ in $(seq 50); do [ -s "$dir/port" ] && break; sleep 0.1; done
port=$(cat "$dir/port")
summary=$("$CTL" --db "$db" enrich --provider http --url "http://127.0.0.1:$port/c?domain={domain}" --timeout-ms 3000)
python3 - "$summary" <<'PY'
import json, sys
s = json.loads(sys.argv[1])
assert s["tried"] == 1 and s["enriched"] == 1 and s["failed"] == 0, s  # acme.com is complete
assert s["lead_fields_filled"] == 2, s  # cid's company name and country
PY
"$CTL" --db "$db" export leads --format json >"$dir/leads.json"
python3 - "$dir/leads.json" <<'PY'
import json, sys
leads = {l["email"]: l for l in json.load(open(sys.argv[1]))}
assert leads["cid@globex.io"]["company"] == "Globex", leads["cid@globex.io"]
PY
# Asked recently: a second pass asks nobody.
summary=$("$CTL" --db "$db" enrich --provider http --url "http://127.0.0.1:$port/c?domain={domain}")
python3 -c 'import json,sys; s=json.loads(sys.argv[1]); assert s["tried"] == 0, s' "$summary"

# Bad command lines.
set +e
"$CTL" --db "$db" enrich --provider http --url "http://127.0.0.1:$port/no-placeholder" 2>/dev/null
[ $? -eq 2 ] || { echo "a URL without {domain} should exit 2"; exit 1; }
"$CTL" --db "$db" enrich --provider magic 2>/dev/null; [ $? -eq 2 ] || { echo "unknown provider should exit 2"; exit 1; }
"$CTL" --db "$db" import firmographics "$dir/missing.csv" 2>/dev/null
[ $? -eq 1 ] || { echo "missing file should exit 1"; exit 1; }
set -e
echo "enrich end to end: ok"
