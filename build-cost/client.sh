#!/usr/bin/env bash
# (e) of build-cost/run.sh (`PARTS=client build-cost/run.sh` runs this): clean builds, debug
# and release, of aws-union-client (the runtime of generated operations) against the runtime
# aws-sdk-* crates are built on, side by side in one run:
#
# - client-pure: aws-union-client with `default-features = false` (operation contract,
#   protocols, endpoint rules engine, retry decisions), against sdk-runtime:
#   aws-smithy-runtime (`client`, `rt-tokio`) + aws-runtime + aws-sigv4, no HTTPS client;
# - client-whole: aws-union-client with its default features (also SigV4, the configuration,
#   the signed, retried, time-limited call over hyper + rustls with ring), against
#   sdk-runtime-https: sdk-runtime + aws-smithy-http-client on rustls with ring.
#
# Writes the section "aws-union-client against the aws-sdk-* runtime" of docs/build-cost-results.md
# and keeps the rest of the file.
#
#   build-cost/client.sh
#   TABLE_ONLY=1 build-cost/client.sh   rewrite the section from the last run's measurements
set -euo pipefail
cd "$(dirname "$0")"
here="$(pwd)"
work="$here/work"
crates="$here/crates"
results="$work/results-client"
pairs=("client-pure sdk-runtime" "client-whole sdk-runtime-https")
log() { printf '==> %s\n' "$*" >&2; }
# shellcheck source=clean-build.sh
source "$here/clean-build.sh"

if [[ -z "${TABLE_ONLY:-}" ]]; then
  for pair in "${pairs[@]}"; do
    for c in $pair; do
      log "cargo fetch: $c"
      (cd "$crates/$c" && cargo fetch --quiet)
    done
  done
  rm -rf "$results"
  mkdir -p "$results"
  target="$work/target-clean-client"
  # Side by side: ours, then the SDK's, per pair and profile.
  for pair in "${pairs[@]}"; do
    for profile in debug release; do
      for c in $pair; do
        clean_build "$c" "$profile" "$target"
      done
    done
  done
  rm -rf "$target"
fi

version() { grep -A1 "^name = \"$1\"$" "$crates/sdk-runtime-https/Cargo.lock" | sed -n 's/version = "\(.*\)"/\1/p'; }

section="$(
  echo "## aws-union-client against the aws-sdk-* runtime"
  echo
  echo "Written by \`PARTS=client build-cost/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'): $(rustc -V), $(nproc) cores, one"
  echo "clean build each into a fresh target dir, ours then the SDK's, under \`nice -n 19\` on a"
  echo "shared machine. Seconds: wall (CPU = user + sys, the figure other load disturbs least)."
  echo "Peers: aws-smithy-runtime $(version aws-smithy-runtime), aws-runtime $(version aws-runtime), aws-sigv4 $(version aws-sigv4), aws-smithy-http-client $(version aws-smithy-http-client)."
  echo
  echo "| ours | crates | SDK runtime | crates | profile | ours s | SDK s | load (ours, SDK) | ours ÷ SDK (wall) | (CPU) |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  for pair in "${pairs[@]}"; do
    read -r o k <<<"$pair"
    for profile in debug release; do
      r="$(ratio "$(wall "$o-$profile")" "$(wall "$k-$profile")")"
      rc="$(ratio "$(cpu_raw "$o-$profile")" "$(cpu_raw "$k-$profile")")"
      echo "| $o | $(cat "$results/$o.crates") | $k | $(cat "$results/$k.crates") | $profile | $(wall "$o-$profile") ($(cpu "$o-$profile")) | $(wall "$k-$profile") ($(cpu "$k-$profile")) | $(load "$o-$profile"), $(load "$k-$profile") | $r | $rc |"
    done
  done
  echo
  echo "client-pure: aws-union-client with \`default-features = false\`; client-whole: with its"
  echo "default features (the client on hyper + rustls with ring). sdk-runtime: aws-smithy-runtime"
  echo "(\`client\`, \`rt-tokio\`) + aws-runtime + aws-sigv4, what every aws-sdk-* crate is built on;"
  echo "sdk-runtime-https: the same with aws-smithy-http-client on rustls with ring. Each is a"
  echo "small program using the crates (build-cost/crates/). \"crates\": packages in the dependency"
  echo "graph (\`cargo tree -e normal\`), the program itself included."
)"
write_section "aws-union-client against the aws-sdk-* runtime" "$section"
