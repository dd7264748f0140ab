#!/usr/bin/env bash
# Writes src/dynamodb.rs (DynamoDB `Query`) and src/bedrock.rs (Bedrock Runtime `Converse`)
# with aws-union-codegen, from botocore's models.
#
#   BOTOCORE_DATA=/path/to/botocore/data peer-bench/aws-models/regenerate.sh
# Without BOTOCORE_DATA, the data directory of the botocore in /work/venv-botocore (or
# target/conformance-venv) is used.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
if [[ -z "${BOTOCORE_DATA:-}" ]]; then
  for venv in /work/venv-botocore "$root/target/conformance-venv"; do
    if [[ -x "$venv/bin/python" ]]; then
      BOTOCORE_DATA=$("$venv/bin/python" -c 'import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))')
      break
    fi
  done
fi
[[ -d "${BOTOCORE_DATA:-}" ]] || { echo "set BOTOCORE_DATA to botocore's data directory" >&2; exit 2; }
gen() { (cd "$root" && cargo run --quiet --release -p aws-union-codegen -- "$@"); }
gen --model "$BOTOCORE_DATA/dynamodb/2012-08-10/service-2.json.gz" --operation Query \
  --docs facts --out "$here/src/dynamodb.rs"
gen --model "$BOTOCORE_DATA/bedrock-runtime/2023-09-30/service-2.json.gz" --operation Converse \
  --docs facts --out "$here/src/bedrock.rs"
