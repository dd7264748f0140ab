#!/usr/bin/env bash
# Every side-by-side measurement against aws-sdk-rust in one command, written to
# docs/peer-bench-results.md: the interleaved rounds of peer-bench/aws-models (DynamoDB Query's
# read and whole call, GetItem, Bedrock Runtime Converse), RUNS times with the load average
# before and after each run; then the Clean Rooms call in thread CPU time (benches/peer.rs),
# and the instruction counts of the DynamoDB reads and calls
# (aws-models/profile.sh) and of the Clean Rooms call (profile.sh) under callgrind.
#
#   peer-bench/run.sh              RUNS=3, ROUNDS=15 unless given
#   SKIP_CLEANROOMS=1 peer-bench/run.sh   leave out the Clean Rooms call
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../docs/peer-bench-results.md"
runs="${RUNS:-3}"
load() { cut -d' ' -f1-3 /proc/loadavg; }

cargo bench --quiet --manifest-path "$here/aws-models/Cargo.toml" --bench rounds --no-run
[[ -n "${SKIP_CLEANROOMS:-}" ]] || cargo bench --quiet --manifest-path "$here/Cargo.toml" --no-run
{
  echo "# peer-bench: measured"
  echo
  echo "Written by \`peer-bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'): $(rustc -V), $(nproc) cores,"
  echo "a shared machine (the load average, 1, 5 and 15 minutes, is given before and after each run)."
  echo "Peers: $(grep -A1 '^name = "aws-sdk-dynamodb"' "$here/aws-models/Cargo.lock" | sed -n 's/version = "\(.*\)"/aws-sdk-dynamodb \1/p'),"
  echo "$(grep -A1 '^name = "aws-sdk-bedrockruntime"' "$here/aws-models/Cargo.lock" | sed -n 's/version = "\(.*\)"/aws-sdk-bedrockruntime \1/p'),"
  echo "$(grep -A1 '^name = "aws-sdk-cleanrooms"' "$here/Cargo.lock" | sed -n 's/version = "\(.*\)"/aws-sdk-cleanrooms \1/p')."
  for ((r = 1; r <= runs; r++)); do
    echo
    echo "## Interleaved rounds, run $r of $runs"
    echo
    echo "Load average before: $(load)."
    cargo bench --quiet --manifest-path "$here/aws-models/Cargo.toml" --bench rounds 2>/dev/null
    echo
    echo "Load average after: $(load)."
  done
  echo
  echo "## Instructions per read or call (callgrind)"
  echo
  echo '```'
  "$here/aws-models/profile.sh"
  echo '```'
  if [[ -z "${SKIP_CLEANROOMS:-}" ]]; then
    echo
    echo "## The Clean Rooms call, thread CPU time (criterion)"
    echo
    echo "Load average before: $(load)."
    echo
    echo '```'
    cargo bench --quiet --manifest-path "$here/Cargo.toml" --bench peer -- 'CPU time' 2>/dev/null | grep -E '^update_protected_query|time:' || true
    echo '```'
    echo
    echo "Load average after: $(load)."
    echo
    echo "## The Clean Rooms call, instructions by step (callgrind)"
    echo
    echo '```'
    "$here/profile.sh"
    echo '```'
  fi
} >"$out.new"
mv "$out.new" "$out"
cat "$out"
