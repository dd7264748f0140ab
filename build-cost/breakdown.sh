#!/usr/bin/env bash
# Where the clean debug build of the DynamoDB `GetItem` program goes, ours (GetItem, PutItem and
# Query) against aws-sdk-dynamodb + aws-config on ring: both built with `cargo build --timings`
# into fresh target dirs, one after the other, then build-cost/breakdown.py sums cargo's
# per-crate times over the crates both build, only ours builds, only the SDK's builds. Writes the
# section "DynamoDB: where the build time goes" of docs/build-cost-results.md and keeps the rest.
#
#   build-cost/breakdown.sh               after build-cost/dynamodb.sh (which writes the generated
#                                         module of crates/ddb-ours-three/src/dynamodb.rs)
#   TABLE_ONLY=1 build-cost/breakdown.sh  rewrite the section from the last run's reports
set -euo pipefail
cd "$(dirname "$0")"
here="$(pwd)"
# shellcheck source=clean-build.sh
source "$here/clean-build.sh"
work="$here/work/breakdown"
ours=ddb-ours-three
sdk=ddb-sdk-ring
[[ -f "crates/$ours/src/dynamodb.rs" ]] ||
  { echo "crates/$ours/src/dynamodb.rs is missing: run build-cost/dynamodb.sh first" >&2; exit 2; }

if [[ -z "${TABLE_ONLY:-}" ]]; then
  rm -rf "$work"
  mkdir -p "$work"
  for c in "$ours" "$sdk"; do
    echo "==> clean debug build with --timings: $c" >&2
    cut -d' ' -f1 /proc/loadavg >"$work/$c.load"
    (cd "crates/$c" && CARGO_TARGET_DIR="$work/target-$c" cargo build --offline --quiet --timings \
      >"$work/$c.log" 2>&1)
    cp "$(ls "$work/target-$c"/cargo-timings/cargo-timing-2*.html | head -n 1)" "$work/$c.html"
    rm -rf "$work/target-$c"
  done
  date -u '+%Y-%m-%d %H:%M UTC' >"$work/date"
fi

section="$(
  echo "## DynamoDB: where the build time goes"
  echo
  echo "Written by \`build-cost/breakdown.sh\` on $(cat "$work/date"): $(rustc -V), $(nproc) cores,"
  echo "the debug clean builds of the \`GetItem\` program (load average $(cat "$work/$ours.load") and $(cat "$work/$sdk.load") when they started)."
  echo
  python3 "$here/breakdown.py" "$work/$ours.html" "$work/$sdk.html" \
    "the generated GetItem/PutItem/Query module on aws-union-client" \
    "aws-sdk-dynamodb + aws-config + aws-smithy-http-client on rustls with ring"
)"
write_section "DynamoDB: where the build time goes" "$section"
