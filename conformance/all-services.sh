#!/usr/bin/env bash
# Every union of every JSON/CBOR service of the pinned botocore, read by botocore's parser for
# the protocol and by models aws-union-codegen generates; see conformance/README.md.
#
#   conformance/all-services.sh            # the full run (152 services, every union)
#   conformance/all-services.sh --ci       # the CI subset
#   conformance/all-services.sh --services dynamodb,cleanrooms -n 50 --seed 7
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${ALL_SERVICES_VENV:-target/conformance-venv}
BOTOCORE_EXTRA=cbor2
source conformance/botocore.sh

# --no-build: reuse the generator and decoder of the last run (no cargo at all).
case " $* " in
  *" --no-build "*) ;;
  *) cargo build --quiet --release -p aws-union-codegen ;;
esac
export PYTHONDONTWRITEBYTECODE=1
"$VENV/bin/python" conformance/all_services.py --codegen "${CARGO_TARGET_DIR:-target}/release/aws-union-codegen" "$@"
