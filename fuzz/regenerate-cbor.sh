#!/usr/bin/env bash
# Regenerates the CloudWatch module in rpcv2Cbor that the `parse_generated` fuzz target reads
# responses with (fuzz/src/services/cloudwatch_cbor.rs), from the pinned botocore installed in
# the venv the conformance suite and services/regenerate.sh use.
#
#   fuzz/regenerate-cbor.sh           # rewrite it
#   fuzz/regenerate-cbor.sh --check   # fail if the checked-in file differs
set -euo pipefail
cd "$(dirname "$0")/.."

BOTOCORE_VERSION=1.44.8
VENV=target/conformance-venv
OUT=fuzz/src/services/cloudwatch_cbor.rs

check=false
case "${1-}" in
  "") ;;
  --check) check=true ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

if [[ ! -x "$VENV/bin/python" ]]; then
  python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c "import botocore, sys; sys.exit(botocore.__version__ != '$BOTOCORE_VERSION')" 2>/dev/null; then
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "botocore==$BOTOCORE_VERSION"
fi
data=$("$VENV/bin/python" -c 'import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))')
model="$data/cloudwatch/2010-08-01/service-2.json"
[[ -f "$model" ]] || model="$model.gz"

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
cargo run --quiet -p aws-union-codegen -- --model "$model" --protocol cbor \
  --operation GetMetricData --operation ListMetrics --operation DescribeAlarms \
  --docs facts --out "$tmp"
if $check; then
  if cmp -s "$tmp" "$OUT"; then
    echo "$OUT matches botocore $BOTOCORE_VERSION's model"
  else
    echo "$OUT is not what botocore $BOTOCORE_VERSION's model generates; run $0" >&2
    exit 1
  fi
else
  cp "$tmp" "$OUT"
  echo "wrote $OUT"
fi
