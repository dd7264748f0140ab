#!/usr/bin/env bash
# Runs the generator over the newest model of every service in botocore's data directory and
# counts: generated (JSON/CBOR), refused (XML/query protocols, as they must be), failed (a bug).
# Each model is generated twice and the two outputs must be the same bytes (determinism), and
# `rustfmt --check` must leave it as generated (rustfmt-clean). Then
# every generated module is compiled with `cargo check`, in crates of --chunk services each
# (a module a service) under target/all-models/. Exits non-zero when any JSON/CBOR model fails
# to generate, differs between the two runs, or does not check.
#
#   BOTOCORE_DATA=/path/to/botocore/data codegen/all-models.sh [--docs facts] [--keep DIR] \
#       [--chunk 60] [--no-check] [--strings owned|borrowed]
# Without BOTOCORE_DATA, the data directory of the botocore in /work/venv-botocore (or
# target/conformance-venv) is used.
set -euo pipefail
cd "$(dirname "$0")/.."

docs=model
strings=owned
keep=""
chunk=60
check=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --docs) docs="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    --chunk) chunk="$2"; shift 2 ;;
    --no-check) check=0; shift ;;
    --strings) strings="$2"; shift 2 ;;
    *) echo "usage: $0 [--docs model|facts] [--keep DIR] [--chunk N] [--no-check] [--strings owned|borrowed]" >&2; exit 2 ;;
  esac
done

if [[ -z "${BOTOCORE_DATA:-}" ]]; then
  for venv in /work/venv-botocore target/conformance-venv; do
    if [[ -x "$venv/bin/python" ]]; then
      BOTOCORE_DATA=$("$venv/bin/python" -c 'import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))')
      break
    fi
  done
fi
[[ -d "${BOTOCORE_DATA:-}" ]] || { echo "set BOTOCORE_DATA to botocore's data directory" >&2; exit 2; }

cargo build --quiet --release -p aws-union-codegen
bin="${CARGO_TARGET_DIR:-target}/release/aws-union-codegen"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
[[ -n "$keep" ]] && mkdir -p "$keep"

started=$SECONDS
generated=0 refused=0 failed=0 differ=0 unformatted=0 items=0 lines=0
services=()
for service_dir in "$BOTOCORE_DATA"/*/; do
  service=$(basename "$service_dir")
  model=$(ls -d "$service_dir"*/service-2.json* 2>/dev/null | sort | tail -n 1 || true)
  [[ -n "$model" ]] || continue
  target="$out/$service.rs"
  if "$bin" --model "$model" --docs "$docs" --strings "$strings" --out "$target" 2>"$out/err"; then
    generated=$((generated + 1))
    services+=("$service")
    if ! "$bin" --model "$model" --docs "$docs" --strings "$strings" --out "$out/again.rs" 2>/dev/null || ! cmp -s "$target" "$out/again.rs"; then
      differ=$((differ + 1))
      echo "NOT DETERMINISTIC $service: a second run gave different bytes" >&2
    fi
    if ! rustfmt --edition 2021 --check "$target" >/dev/null 2>&1; then
      unformatted=$((unformatted + 1))
      echo "NOT RUSTFMT-CLEAN $service: rustfmt --check would change it" >&2
    fi
    items=$((items + $(grep -c '^pub \(struct\|enum\) ' "$target" || true)))
    lines=$((lines + $(wc -l < "$target")))
    [[ -n "$keep" ]] && cp "$target" "$keep/"
  elif grep -q "is not supported" "$out/err"; then
    refused=$((refused + 1))
  else
    failed=$((failed + 1))
    echo "FAILED $service: $(cat "$out/err")" >&2
  fi
done
echo "services generated: $generated (types: $items, lines: $lines); refused (XML/query): $refused; failed: $failed; not deterministic: $differ; not rustfmt-clean: $unformatted ($((SECONDS - started)) s)"
[[ $failed -eq 0 && $differ -eq 0 && $unformatted -eq 0 ]] || exit 1
[[ $check -eq 1 ]] || exit 0

# cargo check, a crate of $chunk services at a time (memory stays bounded; the crates share
# the target directory, so the facade and serde are built once).
root=target/all-models
repo=$(pwd)
checked=0 broken=0
check_started=$SECONDS
for ((start = 0; start < ${#services[@]}; start += chunk)); do
  n=$((start / chunk))
  crate="$root/chunk-$n"
  members=("${services[@]:start:chunk}")
  mkdir -p "$crate/src"
  printf '%s\n' "[package]" "name = \"all-models-chunk-$n\"" 'version = "0.0.0"' 'edition = "2021"' \
    'publish = false' '' '[workspace]' '' '[dependencies]' \
    "aws-union = { path = \"$repo\", features = [\"json\"] }" 'serde = "1"' > "$crate/Cargo.toml"
  [[ -f "$crate/Cargo.lock" ]] || cp Cargo.lock "$crate/Cargo.lock"
  lib="$crate/src/lib.rs.new"
  echo '//! Every generated service model of this chunk, for `cargo check`.' > "$lib"
  for service in "${members[@]}"; do
    module="s_${service//[^a-z0-9]/_}"
    cmp -s "$out/$service.rs" "$crate/src/$module.rs" || cp "$out/$service.rs" "$crate/src/$module.rs"
    echo "pub mod $module;" >> "$lib"
  done
  cmp -s "$lib" "$crate/src/lib.rs" || cp "$lib" "$crate/src/lib.rs"
  rm "$lib"
  chunk_started=$SECONDS
  if cargo check --quiet --manifest-path "$crate/Cargo.toml" --target-dir "${CARGO_TARGET_DIR:-$repo/target}" \
      2>"$crate/check.log"; then
    checked=$((checked + ${#members[@]}))
    result=ok
  else
    broken=$((broken + 1))
    result=FAILED
    grep -m 20 -A 5 '^error' "$crate/check.log" >&2 || true
  fi
  echo "cargo check chunk $n (${#members[@]} services): $result in $((SECONDS - chunk_started)) s"
done
echo "cargo check: $checked of ${#services[@]} services checked, $broken chunks failed ($((SECONDS - check_started)) s; all: $((SECONDS - started)) s)"
[[ $broken -eq 0 ]]
