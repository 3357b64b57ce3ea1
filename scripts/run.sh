#!/usr/bin/env bash
# One command: install dependencies, build LeadRelay and start it on its embedded SQLite store.
# The first start on a new database fills it with demo data. Extra arguments go to the app
# (e.g. --lang bg, --db /path/to/leadrelay.db, --user mia.keller@leadrelay.example).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target leadrelay leadrelayctl
exec ./build/release/app/leadrelay "$@"
