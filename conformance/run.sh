#!/usr/bin/env bash
# The botocore conformance suite: our `decode` example against botocore's own restJson1 parser
# on generated UpdateProtectedQuery response bodies. Exits non-zero on any disagreement.
#
#   conformance/run.sh [-n 6000] [--seed 20261125]
set -euo pipefail
cd "$(dirname "$0")/.."

# Verified with `pip index versions botocore` (latest on PyPI when the suite was written); it
# carries every 2025+ member of the model.
BOTOCORE_VERSION=1.44.8
VENV=target/conformance-venv

if [[ ! -x "$VENV/bin/python" ]]; then
  python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c "import botocore, sys; sys.exit(botocore.__version__ != '$BOTOCORE_VERSION')" 2>/dev/null; then
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "botocore==$BOTOCORE_VERSION"
fi

cargo build --release --example decode
export PYTHONDONTWRITEBYTECODE=1
"$VENV/bin/python" conformance/conformance.py --decoder target/release/examples/decode "$@"
