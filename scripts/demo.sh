#!/usr/bin/env bash
# Quick start, part 1: set up, then analyse the bundled example article.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -z "${BILINGUA_STANZA_DIR:-}" ] && [ -d ../shared/models/stanza ]; then
  export BILINGUA_STANZA_DIR="$PWD/../shared/models/stanza"
fi
.venv/bin/bilingua analyze examples/article.txt "$@"
