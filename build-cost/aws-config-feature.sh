#!/usr/bin/env bash
# Clean-build cost of cleanrooms-runtime's `aws-config` feature: the same program built with
# the default `client` feature (crates/ours-client) and with `aws-config`
# (crates/ours-client-aws-config), debug and release, each into a fresh target dir, under
# `nice -n 19`, dependencies fetched first and builds run --offline. Prints a Markdown table;
# build-cost/aws-config-feature.md keeps the last one.
#
#   build-cost/aws-config-feature.sh
set -euo pipefail
cd "$(dirname "$0")"
here="$(pwd)"
work="$here/work/aws-config-feature"
mkdir -p "$work"

crates=(ours-client ours-client-aws-config)
for crate in "${crates[@]}"; do
  (cd "crates/$crate" && cargo fetch --quiet)
done

echo "| program | crates | profile | wall s | CPU s (user + sys) | load |"
echo "|---|---|---|---|---|---|"
for crate in "${crates[@]}"; do
  count=$(cd "crates/$crate" && cargo tree -e normal --prefix none --offline | sort -u | wc -l)
  for profile in debug release; do
    target="$work/target-$crate-$profile"
    rm -rf "$target"
    flags=(--offline --quiet)
    [[ "$profile" == release ]] && flags+=(--release)
    load=$(cut -d' ' -f1,2 /proc/loadavg)
    start=$(date +%s.%N)
    (cd "crates/$crate" && CARGO_TARGET_DIR="$target" /usr/bin/time -f '%U %S' -o "$work/$crate-$profile.cpu" \
      nice -n 19 cargo build "${flags[@]}")
    end=$(date +%s.%N)
    wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
    cpu=$(awk '{ printf "%.1f", $1 + $2 }' "$work/$crate-$profile.cpu")
    echo "| $crate | $count | $profile | $wall | $cpu | $load |"
    rm -rf "$target"
  done
done
