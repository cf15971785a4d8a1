#!/usr/bin/env bash
# Regenerate the report screenshots in docs/ (needs chromium and chromedriver: apt-get install
# chromium chromium-driver). Usage: bash scripts/screenshots.sh [DIRECTORY]
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python -m tests.screenshots "$@"
