#!/usr/bin/env bash
# Runs the generator over the newest model of every service in botocore's data directory, with
# every operation, and counts: generated (JSON/CBOR), refused (XML/query protocols, as they
# must be), failed (a bug). The services that offer CBOR beside JSON are generated a second
# time with `--protocol cbor`. Each module is generated twice and the two outputs must be the
# same bytes (determinism), and `rustfmt --check` must leave it as generated (rustfmt-clean).
# Then every module is compiled with `cargo check` under `#![deny(warnings)]`, in crates of
# --chunk modules of one protocol each, under target/all-models/. Prints, per protocol, the
# modules, operations, paginators (each module's client has a method per operation, and
# `*_pages`/`*_items` methods for the operations `paginators-1.json` names, read from beside the
# model), lines and the time to generate and to check them. Exits non-zero when
# any JSON/CBOR model fails to generate, differs between the two runs, is not rustfmt-clean or
# does not check.
#
#   BOTOCORE_DATA=/path/to/botocore/data codegen/all-models.sh [--docs facts] [--keep DIR] \
#       [--chunk 60] [--no-check] [--types-only] [--strings owned|borrowed] [--ci]
# --ci: a representative subset of every protocol (awsJson 1.0 and 1.1, a query-compatible
# service, restJson1 with every binding, host prefixes and event streams, CBOR by choice and
# CBOR only) instead of every service.
# Without BOTOCORE_DATA, the pinned botocore's (installed by conformance/botocore.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

docs=model
strings=owned
keep=""
chunk=60
check=1
types_only=""
ci=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --docs) docs="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    --chunk) chunk="$2"; shift 2 ;;
    --no-check) check=0; shift ;;
    --types-only) types_only="--types-only"; shift ;;
    --strings) strings="$2"; shift 2 ;;
    --ci) ci=1; shift ;;
    *) echo "usage: $0 [--docs model|facts] [--keep DIR] [--chunk N] [--no-check] [--types-only] [--strings owned|borrowed] [--ci]" >&2; exit 2 ;;
  esac
done

# The --ci subset: DynamoDB (awsJson1_0), SQS (awsJson1_0, query-compatible), KMS and Kinesis
# (awsJson1_1, an event-stream operation), Lambda (restJson1: labels, query, headers, blob
# payloads), Data Exchange (prefix headers), Neptune Graph (host labels), Bedrock Runtime
# (event streams), CloudWatch (CBOR by choice, query-compatible), EventBridge v2 (CBOR only).
CI_SERVICES=" dynamodb sqs kms kinesis lambda dataexchange neptune-graph bedrock-runtime cloudwatch eventbridgev2 "

if [[ -z "${BOTOCORE_DATA:-}" ]]; then
  source conformance/botocore.sh
fi
[[ -d "${BOTOCORE_DATA:-}" ]] || { echo "set BOTOCORE_DATA to botocore's data directory" >&2; exit 2; }

cargo build --quiet --release -p aws-union-codegen
bin="${CARGO_TARGET_DIR:-target}/release/aws-union-codegen"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
[[ -n "$keep" ]] && mkdir -p "$keep"

now() { date +%s.%N; }
# Per protocol: modules, operations, lines, generation seconds, check seconds.
declare -A modules=() operations=() paginators=() lines=() gen_time=() check_time=()
protocols=()
add() { # protocol key value
  [[ -v "modules[$1]" ]] || { modules[$1]=0; operations[$1]=0; paginators[$1]=0; lines[$1]=0; gen_time[$1]=0; check_time[$1]=0; protocols+=("$1"); }
  local -n table=$2
  table[$1]=$(echo "${table[$1]} + $3" | bc)
}

started=$SECONDS
generated=0 refused=0 failed=0 differ=0 unformatted=0
declare -A protocol_of=()
names=()
generate() { # name model extra-flags...
  local name=$1 model=$2
  shift 2
  local target="$out/$name.rs" t0 t1 protocol
  t0=$(now)
  if ! "$bin" --model "$model" --docs "$docs" --strings "$strings" $types_only "$@" --out "$target" 2>"$out/err"; then
    if grep -q "is not supported" "$out/err"; then
      refused=$((refused + 1))
    else
      failed=$((failed + 1))
      echo "FAILED $name: $(cat "$out/err")" >&2
    fi
    return
  fi
  t1=$(now)
  generated=$((generated + 1))
  # The protocol as the SERVICE constant names it (awsJson 1.0 and 1.1 apart), else as the
  # module docs name it (body types only, or no operation).
  protocol=$(grep -m 1 -o 'protocol::Protocol::[A-Za-z0-9_]*' "$target" | cut -d: -f5 || true)
  if [[ -z "$protocol" ]]; then
    protocol=$(head -n 5 "$target" | sed 's|^//! ||' | tr '\n' ' ' | grep -m 1 -o 'protocol `[a-z0-9-]*`' | tr -d '`' | cut -d' ' -f2)
  fi
  [[ "$name" == *"-cbor" ]] && protocol="$protocol (chosen)"
  protocol_of[$name]=$protocol
  names+=("$name")
  add "$protocol" modules 1
  add "$protocol" operations "$(grep -cE '^impl ::aws_union_client::operation::Operation( for |$)' "$target" || true)"
  add "$protocol" paginators "$(grep -cE '^impl ::aws_union_client::operation::Paginated( for |$)' "$target" || true)"
  add "$protocol" lines "$(wc -l < "$target")"
  add "$protocol" gen_time "$(echo "$t1 - $t0" | bc)"
  if ! "$bin" --model "$model" --docs "$docs" --strings "$strings" $types_only "$@" --out "$out/again.rs" 2>/dev/null || ! cmp -s "$target" "$out/again.rs"; then
    differ=$((differ + 1))
    echo "NOT DETERMINISTIC $name: a second run gave different bytes" >&2
  fi
  if ! rustfmt --edition 2021 --check "$target" >/dev/null 2>&1; then
    unformatted=$((unformatted + 1))
    echo "NOT RUSTFMT-CLEAN $name: rustfmt --check would change it" >&2
  fi
  [[ -n "$keep" ]] && cp "$target" "$keep/"
  return 0
}

for service_dir in "$BOTOCORE_DATA"/*/; do
  service=$(basename "$service_dir")
  [[ $ci -eq 1 && "$CI_SERVICES" != *" $service "* ]] && continue
  model=$(ls -d "$service_dir"*/service-2.json* 2>/dev/null | sort | tail -n 1 || true)
  [[ -n "$model" ]] || continue
  generate "$service" "$model"
  # A service that offers CBOR beside the JSON botocore picks: its CBOR module too.
  if [[ -z "$types_only" ]] && python3 -c 'import gzip,json,sys
p=sys.argv[1]; m=json.load(gzip.open(p) if p.endswith(".gz") else open(p))["metadata"]
ps=m.get("protocols",[]); sys.exit(0 if "smithy-rpc-v2-cbor" in ps and "json" in ps else 1)' "$model"; then
    generate "$service-cbor" "$model" --protocol cbor
  fi
done
echo "modules generated: $generated; refused (XML/query): $refused; failed: $failed; not deterministic: $differ; not rustfmt-clean: $unformatted ($((SECONDS - started)) s)"
[[ $failed -eq 0 && $differ -eq 0 && $unformatted -eq 0 ]] || exit 1

report() {
  printf '%-28s %8s %11s %11s %10s %13s %10s\n' protocol modules operations paginators lines "generate s" "check s"
  for protocol in "${protocols[@]}"; do
    printf '%-28s %8s %11s %11s %10s %13.1f %10s\n' "$protocol" "${modules[$protocol]}" \
      "${operations[$protocol]}" "${paginators[$protocol]}" "${lines[$protocol]}" "${gen_time[$protocol]}" \
      "$([[ $check -eq 1 ]] && echo "${check_time[$protocol]}" || echo -)"
  done
}
if [[ $check -eq 0 ]]; then
  report
  exit 0
fi

# cargo check, a crate of $chunk modules of one protocol at a time (memory stays bounded; the
# crates share the target directory, so the facade, the client and serde are built once).
root=target/all-models
repo=$(pwd)
checked=0 broken=0
check_started=$SECONDS
n=0
for protocol in "${protocols[@]}"; do
  members_of=()
  for name in "${names[@]}"; do
    [[ "${protocol_of[$name]}" == "$protocol" ]] && members_of+=("$name")
  done
  for ((start = 0; start < ${#members_of[@]}; start += chunk)); do
    crate="$root/chunk-$n"
    n=$((n + 1))
    members=("${members_of[@]:start:chunk}")
    mkdir -p "$crate/src"
    printf '%s\n' "[package]" "name = \"all-models-$(basename "$crate")\"" 'version = "0.0.0"' \
      'edition = "2021"' 'publish = false' '' '[workspace]' '' '[dependencies]' \
      "aws-union = { path = \"$repo\", features = [\"json\"] }" \
      "aws-union-client = { path = \"$repo/client\", features = [\"cbor\"] }" \
      'serde = "1"' > "$crate/Cargo.toml"
    [[ -f "$crate/Cargo.lock" ]] || cp Cargo.lock "$crate/Cargo.lock"
    lib="$crate/src/lib.rs.new"
    printf '%s\n' '//! Every generated service module of this chunk, for `cargo check`.' \
      '#![deny(warnings)]' > "$lib"
    for name in "${members[@]}"; do
      module="s_${name//[^a-z0-9]/_}"
      cmp -s "$out/$name.rs" "$crate/src/$module.rs" || cp "$out/$name.rs" "$crate/src/$module.rs"
      echo "pub mod $module;" >> "$lib"
    done
    cmp -s "$lib" "$crate/src/lib.rs" || cp "$lib" "$crate/src/lib.rs"
    rm "$lib"
    chunk_started=$SECONDS
    # Not incremental, and the chunk's own artifacts removed once checked: the disk use stays
    # bounded (a chunk's metadata is hundreds of megabytes).
    if CARGO_INCREMENTAL=0 cargo check --quiet --manifest-path "$crate/Cargo.toml" \
        --target-dir "${CARGO_TARGET_DIR:-$repo/target}" 2>"$crate/check.log"; then
      checked=$((checked + ${#members[@]}))
      result=ok
    else
      broken=$((broken + 1))
      result=FAILED
      grep -m 20 -A 5 '^error' "$crate/check.log" >&2 || true
    fi
    add "$protocol" check_time $((SECONDS - chunk_started))
    chunk_name="all_models_$(basename "$crate" | tr - _)"
    rm -rf "${CARGO_TARGET_DIR:-$repo/target}"/debug/deps/lib"$chunk_name"-* \
      "${CARGO_TARGET_DIR:-$repo/target}"/debug/deps/"$chunk_name"-*
    echo "cargo check $(basename "$crate") ($protocol, ${#members[@]} modules): $result in $((SECONDS - chunk_started)) s"
  done
done
echo "cargo check: $checked of ${#names[@]} modules checked, $broken chunks failed ($((SECONDS - check_started)) s; all: $((SECONDS - started)) s)"
report
[[ $broken -eq 0 ]]
