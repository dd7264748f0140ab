#!/usr/bin/env bash
# Regenerates the CloudWatch module in rpcv2Cbor that the `parse_generated` fuzz target reads
# responses with (fuzz/src/services/cloudwatch_cbor.rs), from the pinned botocore installed in
# the venv the conformance suite and services/regenerate.sh use (conformance/botocore.sh).
#
#   fuzz/regenerate-cbor.sh           # rewrite it
#   fuzz/regenerate-cbor.sh --check   # fail if the checked-in file differs
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=fuzz/src/services/cloudwatch_cbor.rs

check=false
case "${1-}" in
  "") ;;
  --check) check=true ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

# The same pinned botocore, in the same venv, as conformance/run.sh.
source conformance/botocore.sh
model="$BOTOCORE_DATA/cloudwatch/2010-08-01/service-2.json"
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
