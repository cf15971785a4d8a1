#!/usr/bin/env bash
# Create .venv (if missing) and install bilingua with its test tools, offline-friendly.
# torch is installed first, pinned to the CPU wheel, so that stanza does not pull a CUDA build.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
export PIP_DISABLE_PIP_VERSION_CHECK=1
.venv/bin/python -m pip install --quiet "torch==2.13.0"
.venv/bin/python -m pip install --quiet -e ".[stanza,dev,dask]"
