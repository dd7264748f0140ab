#!/usr/bin/env bash
# The botocore conformance suite: our `decode` example against botocore's own restJson1 parser
# on generated UpdateProtectedQuery response bodies. Exits non-zero on any disagreement.
#
#   conformance/run.sh [-n 6000] [--seed 20261125]
set -euo pipefail
cd "$(dirname "$0")/.."

source conformance/botocore.sh

cargo build --release --example decode
export PYTHONDONTWRITEBYTECODE=1
"$VENV/bin/python" conformance/conformance.py --decoder target/release/examples/decode "$@"
