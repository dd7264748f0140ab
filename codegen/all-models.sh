#!/usr/bin/env bash
# Runs the generator over the newest model of every service in botocore's data directory and
# counts: generated (JSON/CBOR), refused (XML/query protocols, as they must be), failed (a bug).
# Exits non-zero when any JSON/CBOR model fails.
#
#   BOTOCORE_DATA=/path/to/botocore/data codegen/all-models.sh [--docs facts] [--keep DIR]
# Without BOTOCORE_DATA, the data directory of the botocore in /work/venv-botocore (or
# target/conformance-venv) is used.
set -euo pipefail
cd "$(dirname "$0")/.."

docs=model
keep=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --docs) docs="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    *) echo "usage: $0 [--docs model|facts] [--keep DIR]" >&2; exit 2 ;;
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

generated=0 refused=0 failed=0 items=0 lines=0
for service_dir in "$BOTOCORE_DATA"/*/; do
  service=$(basename "$service_dir")
  model=$(ls -d "$service_dir"*/service-2.json* 2>/dev/null | sort | tail -n 1 || true)
  [[ -n "$model" ]] || continue
  target="$out/$service.rs"
  if "$bin" --model "$model" --docs "$docs" --out "$target" 2>"$out/err"; then
    generated=$((generated + 1))
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
echo "services generated: $generated (types: $items, lines: $lines); refused (XML/query): $refused; failed: $failed"
[[ $failed -eq 0 ]]
