#!/usr/bin/env bash
# What `ctest -R '^fuzz$'` runs: every fuzz target for a few seconds (fuzz/run.sh).
#   fuzz/smoke.sh OUT_DIR SECONDS
set -euo pipefail
out=${1:?usage: fuzz/smoke.sh OUT_DIR SECONDS}
exec "$(dirname "$0")/run.sh" "${2:-4}" "$out"
