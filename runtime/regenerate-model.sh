#!/usr/bin/env bash
# Regenerates the Clean Rooms model, runtime/src/model/generated.rs, with aws-union-codegen
# from the service model in the pinned botocore (installed in a venv under target/, as the
# conformance suite does; the model itself is not kept in the repository).
#
#   runtime/regenerate-model.sh           # rewrite runtime/src/model/generated.rs
#   runtime/regenerate-model.sh --check   # regenerate to a temporary file; fail if it differs
set -euo pipefail
cd "$(dirname "$0")/.."

BOTOCORE_VERSION=1.44.8
VENV=target/conformance-venv
OUT=runtime/src/model/generated.rs

check=false
case "${1-}" in
  "") ;;
  --check) check=true ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

if [[ ! -x "$VENV/bin/python" ]]; then
  python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c "import botocore, sys; sys.exit(botocore.__version__ != '$BOTOCORE_VERSION')" 2>/dev/null; then
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "botocore==$BOTOCORE_VERSION"
fi

data=$("$VENV/bin/python" -c 'import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))')
model="$data/cleanrooms/2022-02-17/service-2.json"
if [[ ! -f "$model" ]]; then
  model="$model.gz"
fi

# Body types only (`--types-only`): the runtime builds and reads UpdateProtectedQuery itself.
generate() {
  cargo run --quiet -p aws-union-codegen -- --model "$model" --operation UpdateProtectedQuery \
    --docs facts --types-only --out "$1"
}

if ! $check; then
  generate "$OUT"
  echo "wrote $OUT"
  exit 0
fi

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
generate "$tmp"
if ! cmp -s "$tmp" "$OUT"; then
  echo "$OUT is not what botocore $BOTOCORE_VERSION's model generates; run $0" >&2
  diff -u "$OUT" "$tmp" | head -40 >&2 || true
  exit 1
fi
echo "$OUT matches botocore $BOTOCORE_VERSION's model"
