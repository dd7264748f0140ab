#!/usr/bin/env bash
# How much the inputs' construction costs: lines and `cargo build` CPU time (debug, the
# dependencies already built) of DynamoDB's every operation generated three ways
# (build-cost/input-styles.py): without setters, with the setters aws-union-codegen generates
# (by-value setters on the structures inputs reach), and with the alternative, a separate
# builder type per such structure (aws-sdk-rust's shape). Each build is run RUNS times (default
# 3); the table gives the median. Writes build-cost/work/inputs/results.md.
#
#   build-cost/inputs.sh        BOTOCORE_DATA: botocore's data directory (else the venv's)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
runs=${RUNS:-3}
work="$repo/build-cost/work/inputs"
mkdir -p "$work"
if [[ -z "${BOTOCORE_DATA:-}" ]]; then
  BOTOCORE_DATA=$(target/conformance-venv/bin/python -c 'import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))')
fi
cargo build --quiet -p aws-union-codegen
target/debug/aws-union-codegen --model "$BOTOCORE_DATA"/dynamodb/2012-08-10/service-2.json* \
  --docs facts --out "$work/generated.rs"
python3 build-cost/input-styles.py "$work/generated.rs" "$work" >&2
operations=$(grep -c '^impl ::aws_union_client::operation::Operation for ' "$work/generated.rs")

crate="$work/crate"
mkdir -p "$crate/src"
printf '%s\n' '[package]' 'name = "input-styles"' 'version = "0.0.0"' 'edition = "2021"' \
  'publish = false' '' '[workspace]' '' '[dependencies]' \
  "aws-union = { path = \"$repo\", features = [\"json\"] }" \
  "aws-union-client = { path = \"$repo/client\" }" > "$crate/Cargo.toml"
[[ -f "$crate/Cargo.lock" ]] || cp Cargo.lock "$crate/Cargo.lock"
echo 'pub mod dynamodb;' > "$crate/src/lib.rs"
export CARGO_TARGET_DIR="$work/target" CARGO_INCREMENTAL=0
cp "$work/none.rs" "$crate/src/dynamodb.rs"
cargo build --quiet --offline --manifest-path "$crate/Cargo.toml" # the dependencies, once

# cpu STYLE: the CPU seconds (user + sys) of building the crate with that style, one run; a
# build that fails stops the script with its errors.
cpu() {
  cp "$work/$1.rs" "$crate/src/dynamodb.rs"
  touch "$crate/src/lib.rs"
  local TIMEFORMAT='%U %S' took
  took=$( { time cargo build --quiet --offline --manifest-path "$crate/Cargo.toml" 2>"$work/build.err" ; } 2>&1 ) \
    || { cat "$work/build.err" >&2; exit 1; }
  echo "$took" | awk '{printf "%.2f\n", $1 + $2}'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

{
  echo "DynamoDB, every operation ($operations), \`cargo build\` (debug) of the module's crate alone, median of $runs runs, $(date -u +%Y-%m-%d), $(nproc) cores:"
  echo
  echo "| inputs built with | lines | lines per operation over none | CPU s | CPU s per operation over none |"
  echo "|---|---|---|---|---|"
  base_lines=$(wc -l < "$work/none.rs")
  base_cpu=""
  for style in none setters builders; do
    times=$(for _ in $(seq "$runs"); do cpu "$style"; done | median)
    lines=$(wc -l < "$work/$style.rs")
    [[ -z "$base_cpu" ]] && base_cpu=$times
    per_line=$(echo "scale=1; ($lines - $base_lines) / $operations" | bc)
    per_cpu=$(echo "scale=3; ($times - $base_cpu) / $operations" | bc)
    echo "| $style | $lines | $per_line | $times | $per_cpu |"
  done
} | tee "$work/results.md"
