#!/usr/bin/env bash
# Qualify benchmark (issue 4): scoring one lead in memory with the default rules (median ns per
# lead, target ≤ 2 µs), and re-scoring 1,000,000 stored leads after a rule change, end to end with
# writes, next to `sqlite3 .import` of the same rows into a table with a unique email index,
# measured in the same run (ratio, target ≤ 3). The scored store and its CSV are generated once
# into <build>/bench-data/rescore-N.{db,csv}.
#
#   scripts/bench-rescore.sh                          # build/bench (the release preset)
#   BENCH_BUILD=build/hb1 scripts/bench-rescore.sh    # another build folder with leadrelay_bench
#   LEADRELAY_BENCH_RESCORE_LEADS=100000 scripts/bench-rescore.sh
set -euo pipefail
cd "$(dirname "$0")/.."

build=${BENCH_BUILD:-build/bench}
bench="$build/tests/bench/leadrelay_bench"
if [ ! -x "$bench" ]; then
    cmake --preset bench >/dev/null
    cmake --build --preset bench -j "$(nproc)" --target leadrelay_bench
    bench=build/bench/tests/bench/leadrelay_bench
fi
command -v sqlite3 >/dev/null || { echo "bench-rescore: sqlite3 is missing (scripts/install-deps.sh)" >&2; exit 1; }
echo "machine load: $(uptime)"
export QT_QPA_PLATFORM=offscreen
exec "$bench" --benchmark_filter='BM_ScoreOneLead|BM_RescoreAllLeadsAfterRuleChange' \
    --benchmark_counters_tabular=true "$@"
