#!/usr/bin/env bash
# Webhook latency benchmark (issue 3): starts the release `leadrelayctl serve` on a fresh store on
# a free loopback port and sends 10,000 POST /v1/submissions over one keep-alive HTTP/1.1
# connection (tests/bench/load/WebhookLoad.cpp). Prints p50/p99/max from request to committed 202
# (target p99 ≤ 5 ms).
#
#   scripts/bench-webhook.sh [--requests N]
#   LEADRELAY_BENCH_BUILD=build/h4 scripts/bench-webhook.sh   # binaries of another build dir
set -euo pipefail
cd "$(dirname "$0")/.."

build=${LEADRELAY_BENCH_BUILD:-build/bench}
ctl=${LEADRELAYCTL:-$build/app/leadrelayctl}
load=$build/tests/bench/leadrelay_webhook_load
if [ ! -x "$ctl" ] || [ ! -x "$load" ]; then
    if [ "$build" = build/bench ]; then
        cmake --preset bench >/dev/null
        cmake --build --preset bench -j "$(nproc)" --target leadrelayctl leadrelay_webhook_load
    else
        cmake --build "$build" -j 2 --target leadrelayctl leadrelay_webhook_load
    fi
fi
work=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

"$ctl" --db "$work/webhook.db" init >/dev/null
"$ctl" --db "$work/webhook.db" serve --port 0 --token bench-token >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do grep -qs Listening "$work/serve.log" && break; sleep 0.1; done
port=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/serve.log" | head -1)
[ -n "$port" ] || { cat "$work/serve.log" >&2; exit 1; }
"$load" --port "$port" --token bench-token --requests 10000 "$@"
kill "$server"
wait "$server" 2>/dev/null || true
server=
leads=$(sqlite3 "$work/webhook.db" "SELECT count(*) FROM leads")
echo "webhook: $leads leads in the store after the run"
