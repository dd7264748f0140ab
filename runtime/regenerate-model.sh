#!/usr/bin/env bash
# Regenerates what cleanrooms-runtime takes from the pinned botocore (installed in a venv under
# target/, as the conformance suite does; botocore's files are not kept in the repository),
# with aws-union-codegen: runtime/src/model/generated.rs, the `UpdateProtectedQuery` operation
# with every shape it reaches, its error enum and `SERVICE` (with the endpoint rule set of
# endpoint-rule-set-1.json embedded), from service-2.json.
#
#   runtime/regenerate-model.sh           # rewrite it
#   runtime/regenerate-model.sh --check   # regenerate to a temporary file; fail if it differs
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=runtime/src/model/generated.rs

check=false
case "${1-}" in
  "") ;;
  --check) check=true ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

source conformance/botocore.sh
data=$BOTOCORE_DATA
model="$data/cleanrooms/2022-02-17/service-2.json"
if [[ ! -f "$model" ]]; then
  model="$model.gz"
fi

tmp_dir=$(mktemp -d)
trap 'rm -rf "$tmp_dir"' EXIT

# `--no-client`: the runtime's own `client::Client` (its user agent, `from_env`, …) calls the
# generated operation. The endpoint rule set beside the model is embedded in `SERVICE`.
generate_model() {
  cargo run --quiet -p aws-union-codegen -- --model "$model" --operation UpdateProtectedQuery \
    --docs facts --no-client --out "$1"
}

if ! $check; then
  generate_model "$OUT"
  echo "wrote $OUT"
  exit 0
fi

failed=0
compare() { # compare GENERATED CHECKED_IN WHAT
  if ! cmp -s "$1" "$2"; then
    echo "$2 is not what botocore $BOTOCORE_VERSION's $3 generates; run $0" >&2
    diff -u "$2" "$1" | head -40 >&2 || true
    failed=1
  else
    echo "$2 matches botocore $BOTOCORE_VERSION's $3"
  fi
}
generate_model "$tmp_dir/generated.rs"
compare "$tmp_dir/generated.rs" "$OUT" "model"
exit "$failed"
