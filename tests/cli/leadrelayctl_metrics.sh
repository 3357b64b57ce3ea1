#!/usr/bin/env bash
# End to end: `leadrelayctl metrics` on a demo store — stable keys, consistent figures, role scoping
# (--as a rep gives exactly that rep's row of the admin's breakdown) and exit codes.
set -euo pipefail
CTL="$1"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db="$dir/metrics.db"
"$CTL" --db "$db" demo --leads 600 --days 60 --now 2026-11-23T09:00:00Z >/dev/null
period=(--from 2026-09-24 --to 2026-11-23T09:00:00Z)

"$CTL" --db "$db" metrics "${period[@]}" --format json >"$dir/all.json"
"$CTL" --db "$db" metrics "${period[@]}" --as ivan.petrov@leadrelay.example >"$dir/ivan.json"
"$CTL" --db "$db" metrics "${period[@]}" --team Europe --format json >"$dir/europe.json"
python3 - "$dir/all.json" "$dir/ivan.json" "$dir/europe.json" <<'PY'
import json, sys
all_, ivan, europe = (json.load(open(p)) for p in sys.argv[1:4])
for key in ["speed_to_lead_median_s", "mql_to_sql_rate", "sql_to_opp_rate", "hold_rate", "duplicate_rate",
            "win_rate", "won_value", "avg_won_value", "cycle_median_days", "cycle_mean_days", "reps",
            "speed_to_lead_business_median_s", "left_in_new_end_of_day", "forecast_vs_actual", "attribution"]:
    assert key in all_, key
assert all_["leads"] > 300, all_["leads"]
assert all_["leads"] >= all_["mql"] >= all_["sql"] >= all_["opportunities"] >= all_["won_leads"], all_
assert sum(r["leads"] for r in all_["reps"]) == all_["leads"]
assert sum(r["deals_won"] for r in all_["reps"]) == all_["deals_won"]
assert abs(sum(r["won_value"] for r in all_["reps"]) - all_["won_value"]) < 0.01
assert all_["speed_to_lead_median_s"] > 0 and all_["speed_to_lead_p90_s"] >= all_["speed_to_lead_median_s"]
if all_["deals_won"]:
    assert abs(all_["avg_won_value"] * all_["deals_won"] - all_["won_value"]) < 0.01
row = next(r for r in all_["reps"] if r["email"] == "ivan.petrov@leadrelay.example")
assert ivan["leads"] == row["leads"] > 0, (ivan["leads"], row)
assert ivan["speed_to_lead_median_s"] == row["speed_to_lead_median_s"]
assert ivan["deals_won"] == row["deals_won"]
assert [r["email"] for r in ivan["reps"] if r["leads"]] == ["ivan.petrov@leadrelay.example"]
assert 0 < europe["leads"] < all_["leads"]
PY

# Exit codes: a bad date is a usage error (2), an unknown team a failure (1).
set +e
"$CTL" --db "$db" metrics --from yesterday-ish >/dev/null 2>&1; code=$?
[ "$code" -eq 2 ] || { echo "bad date: exit $code"; exit 1; }
"$CTL" --db "$db" metrics --team Atlantis >/dev/null 2>&1; code=$?
[ "$code" -eq 1 ] || { echo "unknown team: exit $code"; exit 1; }
"$CTL" --db "$db" metrics --format csv >/dev/null 2>&1; code=$?
[ "$code" -eq 2 ] || { echo "csv: exit $code"; exit 1; }
echo ok
