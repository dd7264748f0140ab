#!/usr/bin/env bash
# Regenerates the built-in partition table, client/src/endpoint/partitions/data.rs, from the
# pinned botocore's partitions.json (in its sdist, fetched into target/botocore-sdist/ on first
# use; the JSON itself is not kept in the repository). The rendering is the test
# client/tests/partitions_table.rs, which `cargo test` also runs as the check.
#
#   client/regenerate-partitions.sh           # rewrite client/src/endpoint/partitions/data.rs
#   client/regenerate-partitions.sh --check   # fail if it is not what partitions.json gives
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1-}" in
  "") export REGENERATE_PARTITIONS=1 ;;
  --check) unset REGENERATE_PARTITIONS ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac
cargo test --quiet -p aws-union-client --test partitions_table -- --nocapture
