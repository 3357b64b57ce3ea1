#!/usr/bin/env bash
# Builds the benchmarks in release mode and prints the figures:
#   1. import: 1,000,000-row CSV through `leadrelayctl import leads` vs `sqlite3 .import` (ratio)
#   2. webhook: 10,000 POSTs to `leadrelayctl serve`, p50/p99/max latency to the committed 202
#   3. the Google Benchmark programs in tests/bench (the 1,000,000-lead store is generated once
#      into build/bench/bench-data and reused)
#   4. the metrics dashboard (tests/bench/MetricsBench.cpp): refresh of every tile and chart over
#      1,000,000 leads and 10,000,000 events; the store is generated once into
#      build/bench/bench-data/metrics-1000000-vN.db (N = schema version) and reused.
#      Only these: ./scripts/bench.sh --benchmark_filter=Dashboard
# Arguments go to the Google Benchmark program. BENCH_SKIP="import webhook ui" skips parts.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset bench >/dev/null
cmake --build --preset bench -j "$(nproc)"
skip=" ${BENCH_SKIP:-} "
[[ "$skip" == *" import "* ]] || ./scripts/bench-import.sh
[[ "$skip" == *" webhook "* ]] || ./scripts/bench-webhook.sh
[[ "$skip" == *" ui "* ]] && exit 0
export QT_QPA_PLATFORM=offscreen
exec ./build/bench/tests/bench/leadrelay_bench --benchmark_counters_tabular=true "$@"
