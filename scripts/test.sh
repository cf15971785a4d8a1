#!/usr/bin/env bash
# Quick start, part 2: set up, then lint, type-check and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${BILINGUA_SKIP_SETUP:-}" ] || bash scripts/setup.sh  # .ci/run has set up already
if [ -z "${BILINGUA_STANZA_DIR:-}" ] && [ -d ../shared/models/stanza ]; then
  export BILINGUA_STANZA_DIR="$PWD/../shared/models/stanza"
fi
.venv/bin/ruff check src tests benchmarks
.venv/bin/ruff format --check src tests benchmarks
.venv/bin/mypy
status=0
.venv/bin/python -m pytest "$@" || status=$?
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: failing on purpose" >&2
  exit 1
fi
exit "$status"
