#!/usr/bin/env bash
# (f) of build-cost/run.sh (`PARTS=dynamodb build-cost/run.sh` runs this): a program that makes
# one DynamoDB `GetItem` call over HTTPS, ours against aws-sdk-dynamodb + aws-config, both on
# rustls with ring, side by side in one run:
#
# - ddb-ours-all: the generated DynamoDB module with every operation (`aws-union-codegen
#   --docs facts`) on aws-union-client;
# - ddb-ours-three: the same with `GetItem`, `PutItem` and `Query` only;
# - ddb-sdk-ring: aws-sdk-dynamodb (`default-features = false`) + aws-config + aws-smithy-http-client
#   on rustls with ring.
#
# For each, debug and release: the clean build (fresh target dir), then the service's own part
# (what one more service adds once the runtime is built): ours, the program's crate alone
# rebuilt after `touch src/dynamodb.rs`; the SDK, the aws-sdk-dynamodb crate (and the
# program) rebuilt after `cargo clean -p aws-sdk-dynamodb`; both with `CARGO_INCREMENTAL=0`. In
# release, the size of the binary stripped. Writes the section "DynamoDB: a program that makes
# the call" of docs/build-cost-results.md and keeps the rest of the file.
#
#   build-cost/dynamodb.sh             BOTOCORE_DATA: botocore's data directory (else the one
#                                      of target/conformance-venv)
#   TABLE_ONLY=1 build-cost/dynamodb.sh  rewrite the section from the last run's measurements
#   CODEGEN=path/to/aws-union-codegen  use that generator binary instead of building it
set -euo pipefail
cd "$(dirname "$0")"
here="$(pwd)"
work="$here/work"
crates="$here/crates"
results="$work/results-dynamodb"
programs=(ddb-ours-all ddb-ours-three ddb-sdk-ring)
log() { printf '==> %s\n' "$*" >&2; }
# shellcheck source=clean-build.sh
source "$here/clean-build.sh"

# own_part CRATE PROFILE TARGET: the service's own part rebuilt in TARGET (after a clean build),
# measured as $results/CRATE-PROFILE-own.
own_part() {
  local c="$1" profile="$2" target="$3"
  local flags=(--offline)
  [[ "$profile" == release ]] && flags+=(--release)
  # Path dependencies are built incrementally in debug: built once without, untimed, so that
  # the timed build compiles the program's own crate only.
  (cd "$crates/$c" && CARGO_INCREMENTAL=0 CARGO_TARGET_DIR="$target" cargo build --quiet "${flags[@]}")
  if [[ "$c" == ddb-sdk-* ]]; then
    (cd "$crates/$c" && CARGO_TARGET_DIR="$target" cargo clean --offline --quiet "${flags[@]:1}" -p aws-sdk-dynamodb)
  else
    touch "$crates/$c/src/dynamodb.rs"
  fi
  log "the service's own part, $profile: $c"
  CARGO_INCREMENTAL=0 CARGO_TARGET_DIR="$target" measure "$results/$c-$profile-own" "$crates/$c" cargo build "${flags[@]}"
}

if [[ -z "${TABLE_ONLY:-}" ]]; then
  if [[ -z "${BOTOCORE_DATA:-}" ]]; then
    venv="$here/../target/conformance-venv"
    [[ -x "$venv/bin/python" ]] &&
      BOTOCORE_DATA=$("$venv/bin/python" -c 'import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))')
  fi
  [[ -d "${BOTOCORE_DATA:-}" ]] || { echo "set BOTOCORE_DATA to botocore's data directory" >&2; exit 2; }
  codegen="${CODEGEN:-}"
  if [[ -z "$codegen" ]]; then
    (cd "$here/.." && cargo build --quiet --release -p aws-union-codegen)
    codegen="${CARGO_TARGET_DIR:-$here/../target}/release/aws-union-codegen"
  fi
  model=$(ls "$BOTOCORE_DATA"/dynamodb/2012-08-10/service-2.json* | head -n 1)
  log "generate DynamoDB: every operation, and GetItem, PutItem, Query"
  "$codegen" --model "$model" --docs facts --out "$crates/ddb-ours-all/src/dynamodb.rs"
  "$codegen" --model "$model" --operation GetItem --operation PutItem --operation Query \
    --docs facts --out "$crates/ddb-ours-three/src/dynamodb.rs"
  for c in "${programs[@]}"; do
    log "cargo fetch: $c"
    (cd "$crates/$c" && cargo fetch --quiet)
  done
  rm -rf "$results"
  mkdir -p "$results"
  target="$work/target-clean-dynamodb"
  for profile in debug release; do
    for c in "${programs[@]}"; do
      clean_build "$c" "$profile" "$target"
      own_part "$c" "$profile" "$target"
      if [[ "$profile" == release ]]; then
        strip -o "$results/$c.stripped" "$target/release/$c"
        stat -c %s "$results/$c.stripped" >"$results/$c.size"
        rm "$results/$c.stripped"
      fi
    done
  done
  rm -rf "$target"
  for c in ddb-ours-all ddb-ours-three; do
    wc -l <"$crates/$c/src/dynamodb.rs" >"$results/$c.lines"
  done
fi

verdict() { awk -v r="$1" -v l="$2" 'BEGIN { print (r <= l ? "met" : "NOT met") }'; } # on the rounded ratio shown
version() { grep -A1 "^name = \"$1\"$" "$crates/ddb-sdk-ring/Cargo.lock" | sed -n 's/version = "\(.*\)"/\1/p'; }
mib() { awk -v b="$(cat "$results/$1.size")" 'BEGIN { printf "%.2f", b / 1048576 }'; }

section="$(
  echo "## DynamoDB: a program that makes the call"
  echo
  echo "Written by \`PARTS=dynamodb build-cost/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'): $(rustc -V), $(nproc) cores,"
  echo "one clean build each into a fresh target dir, under \`nice -n ${NICENESS:-19}\` on a shared machine."
  echo "Seconds: wall (CPU = user + sys, the figure other load disturbs least; goals are judged on it)."
  echo "Peer: aws-sdk-dynamodb $(version aws-sdk-dynamodb), aws-config $(version aws-config), aws-smithy-http-client $(version aws-smithy-http-client) on rustls with ring."
  echo
  echo "| program | crates | profile | clean build s | load | ÷ SDK (CPU) | goal | the service's own part s | ÷ SDK's (CPU) | goal |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  k=ddb-sdk-ring
  for profile in debug release; do
    for c in "${programs[@]}"; do
      case "$c" in
        ddb-ours-all) label="ours, every operation ($(cat "$results/$c.lines") lines)" goal=0.3 own_goal=0.15 ;;
        ddb-ours-three) label="ours, GetItem/PutItem/Query ($(cat "$results/$c.lines") lines)" goal=0.2 own_goal=0.05 ;;
        *) label="aws-sdk-dynamodb + aws-config" goal="" own_goal="" ;;
      esac
      if [[ -n "$goal" ]]; then
        r="$(ratio "$(cpu_raw "$c-$profile")" "$(cpu_raw "$k-$profile")")"
        ro="$(ratio "$(cpu_raw "$c-$profile-own")" "$(cpu_raw "$k-$profile-own")")"
        cells="$r | ≤ $goal: $(verdict "$r" "$goal") | $(wall "$c-$profile-own") ($(cpu "$c-$profile-own")) | $ro | ≤ $own_goal: $(verdict "$ro" "$own_goal")"
      else
        cells=" | | $(wall "$c-$profile-own") ($(cpu "$c-$profile-own")) | | "
      fi
      echo "| $label | $(cat "$results/$c.crates") | $profile | $(wall "$c-$profile") ($(cpu "$c-$profile")) | $(load "$c-$profile") | $cells |"
    done
  done
  echo
  echo "Release binary, stripped (\`strip\`): ours with GetItem/PutItem/Query $(mib ddb-ours-three) MiB,"
  echo "with every operation $(mib ddb-ours-all) MiB; aws-sdk-dynamodb + aws-config $(mib ddb-sdk-ring) MiB:"
  rb="$(ratio "$(cat "$results/ddb-ours-three.size")" "$(cat "$results/ddb-sdk-ring.size")")"
  echo "$rb ÷ the SDK's (goal ≤ 0.5: $(verdict "$rb" 0.5)). Each program makes one \`GetItem\` call, so"
  echo "the linker keeps the code of that call only: the three-operation program is the one-\`GetItem\` binary."
  echo
  echo "Ours: credentials and region from the environment (\`Config::load_from_env\` without the"
  echo "\`aws-config\` feature); the SDK: aws-config's default chain. \"the service's own part\": ours,"
  echo "the program's crate (the generated module) rebuilt after \`touch src/dynamodb.rs\`; the SDK,"
  echo "aws-sdk-dynamodb and the program rebuilt after \`cargo clean -p aws-sdk-dynamodb\`; both"
  echo "\`CARGO_INCREMENTAL=0\`, the rest of the build in place. \"crates\": packages in the dependency"
  echo "graph (\`cargo tree -e normal\`), the program included."
)"
write_section "DynamoDB: a program that makes the call" "$section"
