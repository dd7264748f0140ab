#!/usr/bin/env bash
# CI: each crate keeps the oldest toolchain it declares (its MSRV), checked with the toolchain
# there is (no older one is installed):
#
# 1. clippy with `incompatible_msrv` denied: no std API newer than the MSRV is used. Clippy
#    reads the MSRV from the manifest's `rust-version`, or from a `#[clippy::msrv]` attribute
#    (the pure modules of cleanrooms-runtime and of aws-union-client carry
#    `#[clippy::msrv = "1.75"]`).
# 2. the resolved dependency graph (`cargo tree`, the lockfile's versions, every target
#    platform, normal and build dependencies: all are compiled by the user's toolchain) holds
#    no package whose own `rust-version` is newer than the MSRV. The workspace's own crates
#    are left out there: each has one `rust-version` for all its features, and its feature
#    sets are checked by their own entries below.
#
# What this cannot see: language features newer than the MSRV (clippy checks library APIs),
# and versions newer than the lockfile's that a user's fresh resolve may pick.
#
#   .ci/msrv.sh
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

# CRATE | cargo feature flags | MSRV ("manifest": the crate's `rust-version`)
checks=(
  "aws-union||manifest"
  "aws-union|--no-default-features|manifest"
  "aws-union-derive||manifest"
  "cleanrooms-runtime|--no-default-features|1.75"
  "cleanrooms-runtime||manifest"
  "aws-union-client|--no-default-features|1.75"
  "aws-union-client|--no-default-features --features sigv4,cbor|manifest"
  "aws-union-client||manifest"
  "aws-union-client|--all-features|manifest"
)

metadata="$(mktemp)" tree="$(mktemp)"
trap 'rm -f "$metadata" "$tree"' EXIT
cargo metadata --format-version 1 --locked >"$metadata"

failed=0
for check in "${checks[@]}"; do
  IFS='|' read -r crate flags msrv <<<"$check"
  label="$crate${flags:+ $flags}"
  # shellcheck disable=SC2086 # $flags is a list of flags, or nothing
  {
    step "$label: cargo clippy -D clippy::incompatible_msrv"
    if ! cargo clippy --locked -p "$crate" $flags --lib -- -D clippy::incompatible_msrv; then
      failed=1
    fi
    step "$label: no dependency newer than the MSRV"
    cargo tree --locked -p "$crate" $flags -e normal,build --target all --prefix none >"$tree"
    if ! python3 - "$metadata" "$tree" "$crate" "$msrv" <<'PY'
import json
import sys

metadata_path, tree_path, crate, msrv = sys.argv[1:]
metadata = json.load(open(metadata_path))
packages = metadata["packages"]
declared = {(p["name"], p["version"]): p.get("rust_version") for p in packages}
members = set(metadata["workspace_members"])
workspace = {(p["name"], p["version"]) for p in packages if p["id"] in members}


def key(version):
    parts = [int(x) for x in version.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))


if msrv == "manifest":
    own = [v for (name, _), v in declared.items() if name == crate]
    msrv = own[0] if own else None
    if not msrv:
        sys.exit(f"{crate} declares no rust-version")
graph = set()
for line in open(tree_path):
    words = line.split()
    if len(words) >= 2 and words[1].startswith("v"):
        graph.add((words[0], words[1][1:]))
deps = {p for p in graph if p[0] != crate and p not in workspace}
too_new = sorted(
    (p for p in deps if declared.get(p) and key(declared[p]) > key(msrv)),
    key=lambda p: key(declared[p]),
    reverse=True,
)
newest = max(
    sorted(p for p in deps if declared.get(p)),
    key=lambda p: key(declared[p]),
    default=None,
)
undeclared = sum(1 for p in deps if not declared.get(p))
print(
    f"MSRV {msrv}: {len(deps)} dependencies, {undeclared} declare no rust-version; "
    + (f"newest declared: {newest[0]} {newest[1]} ({declared[newest]})" if newest else "")
)
for name, version in too_new:
    print(f"  too new: {name} {version} declares rust-version {declared[(name, version)]}")
sys.exit(1 if too_new else 0)
PY
    then
      failed=1
    fi
  }
done

if [[ "$failed" != 0 ]]; then
  printf '\nMSRV check failed\n' >&2
  exit 1
fi
printf '\nMSRV check passed\n'
