#!/usr/bin/env bash
# One call under callgrind, by step: instructions per call for each phase of
# examples/profile_call.rs, and how many of them are SHA-256 (software under valgrind).
#
#   peer-bench/profile.sh [N]      # N runs of each phase, 1000 unless given
set -euo pipefail
n="${1:-1000}"
here="$(cd "$(dirname "$0")" && pwd)"
target="${CARGO_TARGET_DIR:-$here/target}"
cargo build --quiet --release --manifest-path "$here/Cargo.toml" --example profile_call
bin="$target/release/examples/profile_call"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

printf '%-32s %14s %14s\n' phase 'instr/call' 'of them SHA'
for phase in phase_call_ours phase_step_build phase_step_sign phase_step_parse \
    phase_step_parse_plain_serde phase_call_sdk_replay phase_call_sdk_fn; do
    valgrind --tool=callgrind --toggle-collect="profile_call::$phase" \
        --callgrind-out-file="$out/$phase.cg" "$bin" "$n" >/dev/null 2>&1
    total=$(callgrind_annotate "$out/$phase.cg" | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}')
    sha=$(callgrind_annotate --inclusive=yes "$out/$phase.cg" |
        awk '/sha2::sha256::compress256 / && !seen {gsub(",", "", $1); print $1; seen = 1}')
    printf '%-32s %14d %14d\n' "$phase" $((total / n)) $((${sha:-0} / n))
done
