#!/usr/bin/env bash
# Instructions per read or call under callgrind for the DynamoDB contenders of benches/rounds.rs
# (examples/profile_read.rs): steadier than time on a shared machine.
#
#   peer-bench/aws-models/profile.sh [N]     # N runs of each phase, 5 unless given
#   PHASES="read_generated read_ceiling" peer-bench/aws-models/profile.sh
set -euo pipefail
n="${1:-5}"
here="$(cd "$(dirname "$0")" && pwd)"
target="${CARGO_TARGET_DIR:-$here/target}"
cargo build --quiet --release --manifest-path "$here/Cargo.toml" --example profile_read
bin="$target/release/examples/profile_read"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
phases="${PHASES:-read_generated read_generated_borrowed read_ceiling query_ours_large query_ours_tiny query_sdk_large query_sdk_tiny get_item_ours get_item_sdk}"

printf '%-26s %14s\n' phase 'instr/run'
for phase in $phases; do
    valgrind --tool=callgrind --toggle-collect='profile_read::phase' \
        --callgrind-out-file="$out/$phase.cg" "$bin" "$phase" "$n" >/dev/null 2>&1
    total=$(callgrind_annotate "$out/$phase.cg" | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}')
    printf '%-26s %14d\n' "$phase" $((total / n))
done
