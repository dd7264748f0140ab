#!/usr/bin/env bash
# Where a clean debug build of one crate spends its CPU time: each `rustc` run is timed
# (user + sys) through a RUSTC_WRAPPER and summed by crate name, largest first. Used for the
# split in README.md ("Build cost of the full models"); the machine's load is printed too.
#
#   build-cost/split.sh build-cost/crates/types-ours-bedrockruntime [cargo build flags]
set -euo pipefail
if [[ -n "${SPLIT_LOG:-}" && "$(basename "${1:-}")" == rustc* ]]; then
  # As cargo's RUSTC_WRAPPER (rustc and its arguments follow): one line "crate cpu_seconds".
  rustc="$1"
  shift
  name=rustc prev=
  for arg in "$@"; do
    [[ "$prev" == --crate-name ]] && name="$arg"
    prev="$arg"
  done
  TIMEFORMAT='%U %S'
  { time "$rustc" "$@" 2>&3; } 3>&2 2>"$SPLIT_LOG.$$" && status=0 || status=$?
  echo "$name $(tail -n 1 "$SPLIT_LOG.$$" | awk '{print $1 + $2}')" >>"$SPLIT_LOG"
  head -n -1 "$SPLIT_LOG.$$" >&2
  rm -f "$SPLIT_LOG.$$"
  exit "$status"
fi
crate="$(cd "${1:?usage: $0 CRATE_DIR [cargo build flags]}" && pwd)"
shift
self="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
work="$(cd "$(dirname "$0")" && pwd)/work/split"
rm -rf "$work"
mkdir -p "$work"
export SPLIT_LOG="$work/rustc.log"
printf 'load average %s\n' "$(cut -d' ' -f1 /proc/loadavg)"
(cd "$crate" && RUSTC_WRAPPER="$self" CARGO_TARGET_DIR="$work/target" nice -n 19 \
  cargo build --offline "$@" >/dev/null 2>&1)
awk '{cpu[$1] += $2; total += $2} END {
  for (c in cpu) printf "%-28s %6.2f\n", c, cpu[c] | "sort -k2 -nr"
  close("sort -k2 -nr")
  printf "%-28s %6.2f\n", "total", total
}' "$SPLIT_LOG"
rm -rf "$work/target"
