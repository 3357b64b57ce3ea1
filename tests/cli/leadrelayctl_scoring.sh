#!/usr/bin/env bash
# End to end: leads are scored at import, events move scores, leads explain says why.
set -euo pipefail
CTL="$1"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db="$dir/scoring.db"
"$CTL" --db "$db" init >/dev/null

printf 'Email,Title,Employees,Form type\r\n' >"$dir/leads.csv"
printf 'maria@acme-soft.de,CEO,120,demo_request\r\n' >>"$dir/leads.csv"
printf 'kid@gmail.com,Student,,newsletter\r\n' >>"$dir/leads.csv"
"$CTL" --db "$db" import leads "$dir/leads.csv" --map "Employees=employees" --map "Form type=form_type" >/dev/null

# An event before the person exists waits for them; a bad one is refused with a reason.
cat >"$dir/events.jsonl" <<'JSON'
{"email":"maria@acme-soft.de","type":"page_view","url":"https://x.io/pricing","at":"2026-11-20T10:00:00Z"}
{"email":"later@acme-soft.de","type":"page_view","url":"https://x.io/pricing"}
{"email":"maria@acme-soft.de","type":"telepathy"}
not json at all
JSON
summary=$("$CTL" --db "$db" import events "$dir/events.jsonl" 2>"$dir/err.txt")
python3 - "$summary" "$dir/err.txt" <<'PY'
import json, sys
s = json.loads(sys.argv[1])
assert s == {"events": 4, "attached": 1, "kept": 1, "rejected": 2, "failed": 0}, s
err = open(sys.argv[2], encoding="utf-8").read()
assert "telepathy" in err and "Event 4" in err, err
PY

"$CTL" --db "$db" export leads --format json >"$dir/leads.json"
python3 - "$dir/leads.json" <<'PY'
import json, sys
leads = {l["email"]: l for l in json.load(open(sys.argv[1], encoding="utf-8"))}
maria = leads["maria@acme-soft.de"]
assert (maria["score"], maria["fit"], maria["intent"], maria["timing"]) == (70, 35, 35, 0), maria
assert maria["class"] == "sql" and maria["next_step"] == "hand_off_now", maria
kid = leads["kid@gmail.com"]
assert kid["score"] == 0 and kid["class"] == "disqualified" and kid["next_step"] == "recycle", kid
PY

text=$("$CTL" --db "$db" leads explain maria@acme-soft.de)
grep -q "score 70 (SQL)" <<<"$text" || { echo "$text"; exit 1; }
grep -q "+25.*Demo request form" <<<"$text" || { echo "$text"; exit 1; }
grep -q "Pricing page visit" <<<"$text" || { echo "$text"; exit 1; }
json=$("$CTL" --db "$db" leads explain maria@acme-soft.de --format json)
python3 - "$json" <<'PY'
import json, sys
why = json.loads(sys.argv[1])
assert why["score"] == 70 and why["rules_version"] == 1, why
assert [b["rule"] for b in why["breakdown"]] == ["demo_request", "pricing_page", "company_size", "c_level"], why
PY

set +e
"$CTL" --db "$db" leads explain nobody@nowhere.de 2>/dev/null; [ $? -eq 1 ] || { echo "unknown lead should exit 1"; exit 1; }
"$CTL" --db "$db" leads explain 2>/dev/null; [ $? -eq 2 ] || { echo "missing lead should exit 2"; exit 1; }
"$CTL" --db "$db" import events "$dir/missing.jsonl" 2>/dev/null; [ $? -eq 1 ] || { echo "missing file should exit 1"; exit 1; }
set -e
echo ok
