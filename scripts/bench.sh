#!/usr/bin/env bash
# Builds the Google Benchmark programs in release mode and prints the figures.
# The 1,000,000-lead store is generated once into build/bench/bench-data and reused.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset bench >/dev/null
cmake --build --preset bench -j "$(nproc)"
export QT_QPA_PLATFORM=offscreen
exec ./build/bench/tests/bench/leadrelay_bench --benchmark_counters_tabular=true "$@"
