#!/usr/bin/env bash
# Regenerates what cleanrooms-runtime takes from the pinned botocore (installed in a venv under
# target/, as the conformance suite does; botocore's files are not kept in the repository),
# with aws-union-codegen:
#
# - the Clean Rooms model, runtime/src/model/generated.rs, from service-2.json;
# - Clean Rooms's endpoint rule set in the compact form, runtime/src/endpoint_rules.rs, from
#   endpoint-rule-set-1.json.
#
#   runtime/regenerate-model.sh           # rewrite both
#   runtime/regenerate-model.sh --check   # regenerate to temporary files; fail if either differs
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=runtime/src/model/generated.rs
RULES_OUT=runtime/src/endpoint_rules.rs

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
rules="$data/cleanrooms/2022-02-17/endpoint-rule-set-1.json"

tmp_dir=$(mktemp -d)
trap 'rm -rf "$tmp_dir"' EXIT
if [[ ! -f "$rules" ]]; then
  gzip -dc "$rules.gz" >"$tmp_dir/endpoint-rule-set-1.json"
  rules="$tmp_dir/endpoint-rule-set-1.json"
fi

# Body types only (`--types-only`): the runtime builds and reads UpdateProtectedQuery itself.
generate_model() {
  cargo run --quiet -p aws-union-codegen -- --model "$model" --operation UpdateProtectedQuery \
    --docs facts --types-only --out "$1"
}

generate_rules() {
  cargo run --quiet -p aws-union-codegen --example endpoint_rules_module -- "$rules" \
    "botocore $BOTOCORE_VERSION, cleanrooms 2022-02-17" "$1"
}

if ! $check; then
  generate_model "$OUT"
  echo "wrote $OUT"
  generate_rules "$RULES_OUT"
  echo "wrote $RULES_OUT"
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
generate_rules "$tmp_dir/endpoint_rules.rs"
compare "$tmp_dir/endpoint_rules.rs" "$RULES_OUT" "endpoint rule set"
exit "$failed"
