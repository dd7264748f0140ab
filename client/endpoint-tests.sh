#!/usr/bin/env bash
# Runs botocore 1.44.8's endpoint tests (every case of every service, from the sdist fetched
# into target/botocore-sdist/ on first use) through aws-union-client's rules engine, and prints
# the passed/run cases per protocol as Markdown tables: first the 423 JSON/CBOR services
# (grouped by the model's own `metadata.protocol`), then the other services (S3, EC2, …), then
# botocore's own suites of its rules engine (one small rule set per function or feature).
# Also checks that every JSON/CBOR rule set resolves the same from its compact form.
#
#   client/endpoint-tests.sh
set -euo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! cargo test --quiet -p aws-union-client --test endpoint_rules --test endpoint_compact \
  -- --nocapture --test-threads 1 >"$log" 2>&1; then
  cat "$log" >&2
  echo "endpoint tests failed" >&2
  exit 1
fi

# The tests print a title line ending in `:`, then `  protocol  passed/run` lines up to `total`.
awk '
  # (`--quiet` prints a `.` per finished test, maybe in front of a title.)
  /botocore [0-9.]+ .*:$/            { title = $0; sub(/^\.*/, "", title); sub(/:$/, "", title); printing = 1
                                       printf "\n%s\n\n| %s | cases passed |\n|---|---:|\n", title, (title ~ /suites/ ? "suite" : "protocol"); next }
  printing && $1 == "total"          { printf "| **total** | **%s** |\n", $2; printing = 0; next }
  printing && NF == 2                { printf "| %s | %s |\n", $1, $2 }
  /^compact rule sets of /           { compact = $0 }
  END                                { if (compact) printf "\n%s\n", compact }
' "$log"
