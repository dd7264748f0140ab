#!/usr/bin/env bash
# (d) of build-cost/run.sh (`PARTS=models build-cost/run.sh` runs this): clean builds, debug and
# release, of the generated full model of DynamoDB and of Bedrock Runtime (types only: a crate
# of the generated module and `aws-union`) against aws-sdk-dynamodb and
# aws-sdk-bedrockruntime with `default-features = false`, side by side in one run. Writes the
# section "Generated full models" of docs/build-cost-results.md and keeps the rest of the file.
#
#   build-cost/models.sh               BOTOCORE_DATA: botocore's data directory (else the one
#                                      of /work/venv-botocore or target/conformance-venv)
#   TABLE_ONLY=1 build-cost/models.sh  rewrite the section from the last run's measurements
#   CODEGEN=path/to/aws-union-codegen  use that generator binary instead of building it
set -euo pipefail
cd "$(dirname "$0")"
here="$(pwd)"
work="$here/work"
crates="$here/crates"
results="$work/results-models"
services=(dynamodb bedrockruntime)
log() { printf '==> %s\n' "$*" >&2; }
# shellcheck source=clean-build.sh
source "$here/clean-build.sh"

if [[ -z "${TABLE_ONLY:-}" ]]; then
  if [[ -z "${BOTOCORE_DATA:-}" ]]; then
    BOTOCORE_DATA=$(cd "$here/.." && source conformance/botocore.sh && echo "$BOTOCORE_DATA")
  fi
  [[ -d "${BOTOCORE_DATA:-}" ]] || { echo "set BOTOCORE_DATA to botocore's data directory" >&2; exit 2; }
  codegen="${CODEGEN:-}"
  if [[ -z "$codegen" ]]; then
    (cd "$here/.." && cargo build --quiet --release -p aws-union-codegen)
    codegen="${CARGO_TARGET_DIR:-$here/../target}/release/aws-union-codegen"
  fi
  declare -A model=([dynamodb]=dynamodb/2012-08-10 [bedrockruntime]=bedrock-runtime/2023-09-30)
  for s in "${services[@]}"; do
    log "generate the full model: $s"
    "$codegen" --model "$BOTOCORE_DATA/${model[$s]}/service-2.json.gz" --docs facts \
      --out "$crates/types-ours-$s/src/model.rs"
  done
  for s in "${services[@]}"; do
    for side in ours sdk; do
      log "cargo fetch: types-$side-$s"
      (cd "$crates/types-$side-$s" && cargo fetch --quiet)
    done
  done

  rm -rf "$results"
  mkdir -p "$results"
  target="$work/target-clean-models"
  # Side by side: ours, then the SDK, per service and profile.
  for s in "${services[@]}"; do
    for profile in debug release; do
      for side in ours sdk; do
        clean_build "types-$side-$s" "$profile" "$target"
      done
    done
  done
  rm -rf "$target"
  wc -l <"$crates/types-ours-dynamodb/src/model.rs" >"$results/dynamodb.lines"
  wc -l <"$crates/types-ours-bedrockruntime/src/model.rs" >"$results/bedrockruntime.lines"
fi

verdict() { awk -v r="$1" -v l="$2" 'BEGIN { print (r <= l ? "met" : "NOT met") }'; } # on the rounded ratio shown
version() { grep -A1 "^name = \"$1\"" "$crates/types-sdk-$2/Cargo.lock" | sed -n 's/version = "\(.*\)"/\1/p'; }

section="$(
  echo "## Generated full models against aws-sdk-rust (types only)"
  echo
  echo "Written by \`PARTS=models build-cost/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'): $(rustc -V), $(nproc) cores, one"
  echo "clean build each into a fresh target dir, ours then the SDK, under \`nice -n 19\` on a shared"
  echo "machine. Seconds: wall (CPU = user + sys). Goal: ours ÷ SDK ≤ 0.25 in CPU time (the figure"
  echo "other load on the machine disturbs least), debug and release."
  echo
  echo "| service | ours: generated full model | SDK, \`default-features = false\` | profile | ours s | SDK s | load (ours, SDK) | ours ÷ SDK (wall) | (CPU) | goal ≤ 0.25 (CPU) |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  for s in "${services[@]}"; do
    for profile in debug release; do
      o="types-ours-$s" k="types-sdk-$s"
      r="$(ratio "$(wall "$o-$profile")" "$(wall "$k-$profile")")"
      rc="$(ratio "$(cpu_raw "$o-$profile")" "$(cpu_raw "$k-$profile")")"
      echo "| $s | $(cat "$results/$s.lines") lines, $(cat "$results/$o.crates") crates | aws-sdk-$s $(version "aws-sdk-$s" "$s"), $(cat "$results/$k.crates") crates | $profile | $(wall "$o-$profile") ($(cpu "$o-$profile")) | $(wall "$k-$profile") ($(cpu "$k-$profile")) | $(load "$o-$profile"), $(load "$k-$profile") | $r | $rc | $(verdict "$rc" 0.25) |"
    done
  done
  echo
  echo "Ours: a library crate whose only module is the generated full model (\`aws-union-codegen"
  echo "--docs facts\`, every shape of the service), depending on \`aws-union\` alone (feature \`json\`"
  echo "for Bedrock Runtime's documents). SDK: a library crate that depends on the SDK"
  echo "crate with \`default-features = false\` (no HTTP client, no TLS, no tokio) and re-exports it."
  echo "\"crates\": packages in the dependency graph (\`cargo tree -e normal\`), the crate itself included."
)"
write_section "Generated full models against aws-sdk-rust" "$section"
