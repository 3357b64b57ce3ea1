#!/usr/bin/env bash
# End to end: routing, the SLA ladder and touches through the real leadrelayctl binary, and a
# kill -9 of `serve` that loses no SLA timer.
set -euo pipefail
CTL="$1"
dir=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$dir"' EXIT

# simulate: one policy of 10 minutes, Hans on holiday, a touch at +3m, one lead left alone.
cat >"$dir/scenario.json" <<'JSON'
{"start": "2026-11-23T09:00:00Z", "run_until": "+20m",
 "users": [{"name": "Mia", "role": "manager", "team": "DACH"},
           {"name": "Hans", "role": "rep", "team": "DACH", "languages": ["de"], "countries": ["DE"],
            "out_of_office": [["2026-11-20", "2026-11-30"]]},
           {"name": "Greta", "role": "rep", "team": "DACH", "languages": ["de"], "countries": ["DE"]},
           {"name": "Karl", "role": "rep", "team": "DACH", "languages": ["de"], "countries": ["DE"]}],
 "rules": {"sla": {"policies": [{"key": "all", "name": "All", "target_minutes": 10}]}},
 "leads": [{"at": "+0s", "email": "k@firma.de", "country": "DE", "language": "de"},
           {"at": "+1m", "email": "z@kunde.de", "country": "DE", "language": "de"}],
 "touches": [{"at": "+3m", "email": "k@firma.de", "type": "call"}]}
JSON
"$CTL" simulate "$dir/scenario.json" >"$dir/timeline.json"
python3 - "$dir/timeline.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))["timeline"]
types = [(e["type"], e["lead"], e["user"], e["at"][11:19]) for e in t]
assert ("assigned", "k@firma.de", "Greta", "09:00:00") in types, types
assert ("touch", "k@firma.de", "Greta", "09:03:00") in types, types
assert ("nudge", "z@kunde.de", "Karl", "09:06:00") in types, types
assert ("manager_alert", "z@kunde.de", "Mia", "09:11:00") in types, types
assert ("reassigned", "z@kunde.de", "Greta", "09:16:00") in types, types
assert ("incident", "z@kunde.de", "Karl", "09:16:00") in types, types
assert not any(e[0] == "nudge" and e[1] == "k@firma.de" for e in types), types
assert [e["at"] for e in t] == sorted(e["at"] for e in t)
PY
set +e
"$CTL" simulate "$dir/missing.json" 2>/dev/null; [ $? -eq 1 ] || { echo "missing scenario should exit 1"; exit 1; }
set -e

# A store with a team: a webhook lead is routed, gets a task and three ladder timers.
db="$dir/route.db"
"$CTL" --db "$db" init >/dev/null
"$CTL" --db "$db" users add --name "Mia Keller" --email mia@x.example --role manager >/dev/null
"$CTL" --db "$db" users add --name "Ivan Petrov" --email ivan@x.example --role rep --languages bg >/dev/null
"$CTL" --db "$db" serve --port 0 >"$dir/serve.log" 2>&1 &
server=$!
for _ in $(seq 50); do grep -q Listening "$dir/serve.log" && break; sleep 0.1; done
port=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\).*/\1/p' "$dir/serve.log" | head -1)
[ -n "$port" ] || { cat "$dir/serve.log"; exit 1; }
curl -s -o /dev/null -X POST -H 'Content-Type: application/json' \
    -d '{"email":"anna@firma.bg","first_name":"Anna","last_name":"Nowak","form_type":"demo_request"}' \
    "http://127.0.0.1:$port/v1/submissions"
kill -9 "$server"
wait "$server" 2>/dev/null || true
server=
"$CTL" --db "$db" tasks list --as ivan@x.example >"$dir/tasks.json"
python3 - "$dir/tasks.json" <<'PY'
import json, sys
tasks = json.load(open(sys.argv[1]))["tasks"]
assert len(tasks) == 1 and tasks[0]["title"].startswith("Call Anna Nowak"), tasks
PY
"$CTL" --db "$db" timers list --lead 1 | python3 -c '
import json, sys
t = json.load(sys.stdin)["timers"]
sla = [x for x in t if x["kind"].startswith("sla.")]
assert sorted(x["kind"] for x in sla) == ["sla.alert", "sla.nudge", "sla.reassign"], t
assert all(x["state"] == "pending" for x in sla), t'
# After the kill, far in the future: every overdue step fires once, in order.
"$CTL" --db "$db" timers fire --now 2099-01-01T00:00:00Z | python3 -c '
import json, sys
r = json.load(sys.stdin)
assert r["fired"] >= 3 and r["failed"] == 0, r'
"$CTL" --db "$db" routing explain 1 | python3 -c '
import json, sys
r = json.load(sys.stdin)
assert r["reason"].startswith("rule "), r'
# Ivan no longer owns it: core refuses his touch (exit 1); Mia's call stops the new clock.
set +e
"$CTL" --db "$db" leads touch 1 --type call --as ivan@x.example >/dev/null 2>&1; [ $? -eq 1 ] || { echo "a rep touched another's lead"; exit 1; }
set -e
"$CTL" --db "$db" leads touch 1 --type call --outcome connected --as mia@x.example >/dev/null
echo ok
