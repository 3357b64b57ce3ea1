#!/usr/bin/env bash
# One command: install dependencies, build with warnings as errors and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
jobs=$(nproc)

# Core alone, without Gui/Widgets: proves the dependency direction at build time.
cmake --preset core-only -DLEADRELAY_WERROR=ON -DLEADRELAY_BUILD_TESTS=OFF >/dev/null
cmake --build --preset core-only --target leadrelay_core -j "$jobs"

cmake --preset ci >/dev/null
cmake --build --preset ci -j "$jobs"
export QT_QPA_PLATFORM=offscreen
ctest --preset ci
