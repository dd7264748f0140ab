#!/usr/bin/env bash
# Regenerates the examples' models from the pinned botocore, with docs from the model's facts
# only. With --check, writes nothing and fails when a checked-in model differs from what the
# generator gives, by a single byte.
#
#   examples/models/regenerate.sh [--check]
set -euo pipefail
cd "$(dirname "$0")/../.."

check=false
case "${1:-}" in
  "") ;;
  --check) check=true ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

# The same pinned botocore, in the same venv, as conformance/run.sh.
source conformance/botocore.sh
DATA=$BOTOCORE_DATA

# checked-in file | service model (under botocore's data directory) | operation | how strings are held
MODELS=(
  "examples/models/bedrock_converse.rs|bedrock-runtime/2023-09-30|Converse|owned"
  "examples/models/bedrock_converse_borrowed.rs|bedrock-runtime/2023-09-30|Converse|borrowed"
  "examples/models/dynamodb_query.rs|dynamodb/2012-08-10|Query|owned"
  "examples/models/dynamodb_query_borrowed.rs|dynamodb/2012-08-10|Query|borrowed"
)

cargo build --quiet -p aws-union-codegen
bin="${CARGO_TARGET_DIR:-target}/debug/aws-union-codegen"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

status=0
for entry in "${MODELS[@]}"; do
  IFS='|' read -r file service operation strings <<<"$entry"
  model=$(ls "$DATA/$service"/service-2.json* | head -n 1)
  fresh="$tmp/$(basename "$file")"
  # Body types only: the examples read and write the bodies themselves.
  "$bin" --model "$model" --operation "$operation" --docs facts --strings "$strings" --types-only \
    --out "$fresh"
  if $check; then
    if cmp -s "$fresh" "$file"; then
      echo "up to date: $file"
    else
      echo "differs from the generator's output: $file" >&2
      diff -u "$file" "$fresh" | head -n 40 >&2 || true
      status=1
    fi
  else
    cp "$fresh" "$file"
    echo "written: $file ($service, $operation, $strings strings)"
  fi
done
if [[ $status -ne 0 ]]; then
  echo "run examples/models/regenerate.sh to update the checked-in models" >&2
fi
exit $status
