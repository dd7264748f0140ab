#!/usr/bin/env bash
# Regenerates the service modules of aws-union-services from the pinned botocore (docs from the
# model's facts only, the operations the tests and examples call). With --check, writes nothing
# and fails when a checked-in module differs from what the generator gives, by a single byte.
#
#   services/regenerate.sh [--check]
set -euo pipefail
cd "$(dirname "$0")/.."

check=false
case "${1:-}" in
  "") ;;
  --check) check=true ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

# The same pinned botocore, in the same venv, as conformance/run.sh.
source conformance/botocore.sh
DATA=$BOTOCORE_DATA

# module | service model (under botocore's data directory) | operations | other generator flags
SERVICES=(
  "dynamodb|dynamodb/2012-08-10|CreateTable DeleteTable DescribeTable PutItem GetItem UpdateItem DeleteItem Query Scan BatchWriteItem"
  "sqs|sqs/2012-11-05|CreateQueue GetQueueUrl SendMessage ReceiveMessage DeleteMessage DeleteQueue"
  "secretsmanager|secretsmanager/2017-10-17|CreateSecret GetSecretValue ListSecrets DeleteSecret"
  "kms|kms/2014-11-01|CreateKey Encrypt Decrypt ListKeys"
  "lambda|lambda/2015-03-31|CreateFunction GetFunction ListFunctions DeleteFunction TagResource ListTags"
  "logs|logs/2014-03-28|CreateLogGroup CreateLogStream PutLogEvents GetLogEvents FilterLogEvents DeleteLogGroup"
  # CloudWatch offers rpcv2Cbor (moto serves it only as JSON): the CBOR client of the loopback
  # test, and the CBOR parsers the fuzz crate's `parse_generated` target reads responses with.
  "cloudwatch|cloudwatch/2010-08-01|ListMetrics GetMetricData PutMetricData DescribeAlarms|--protocol cbor"
)

cargo build --quiet -p aws-union-codegen
bin="${CARGO_TARGET_DIR:-target}/debug/aws-union-codegen"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

status=0
for entry in "${SERVICES[@]}"; do
  IFS='|' read -r module service operations flags <<<"$entry"
  model=$(ls "$DATA/$service"/service-2.json* | head -n 1)
  file="services/src/$module.rs"
  fresh="$tmp/$module.rs"
  args=()
  for operation in $operations; do
    args+=(--operation "$operation")
  done
  # shellcheck disable=SC2206 # $flags is a list of flags, or nothing
  args+=(${flags:-})
  "$bin" --model "$model" "${args[@]}" --docs facts --out "$fresh"
  if $check; then
    if cmp -s "$fresh" "$file"; then
      echo "up to date: $file"
    else
      echo "differs from the generator's output: $file (run services/regenerate.sh)" >&2
      diff -u "$file" "$fresh" | head -n 40 >&2 || true
      status=1
    fi
  else
    cp "$fresh" "$file"
    echo "written: $file ($service: $operations)"
  fi
done
exit "$status"
