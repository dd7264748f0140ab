#!/usr/bin/env bash
# Coverage-guided fuzzing of the UpdateProtectedQuery body decoder and response parser, and of
# generated operations' response parsers of the three protocols (parse_generated), with
# libFuzzer on stable Rust (no cargo-fuzz, which needs nightly): the targets are built with
# rustc's stable SanitizerCoverage flags and linked with libFuzzer by libfuzzer-sys.
#
#   fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]     default: 60 seconds, every target
#
# Targets run one after the other; JOBS=2 runs them side by side instead. Each target keeps a
# growing corpus in fuzz/corpus/TARGET (seeded from the fixture and generated bodies, see
# src/bin/gen_seeds.rs); a crash lands in fuzz/artifacts/TARGET and fails the script. A
# summary (runs, executions, coverage) is printed at the end and kept in fuzz/logs/.
set -euo pipefail
cd "$(dirname "$0")"

seconds="${1:-60}"
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(decode_body parse_response parse_generated)
jobs="${JOBS:-1}"
host="$(rustc -vV | sed -n 's/^host: //p')"

# Build with a C++ compiler for libFuzzer (Debian: g++).
if ! command -v c++ >/dev/null; then
  echo "run.sh: installing g++ for libFuzzer" >&2
  apt-get update -qq && apt-get install -y -qq g++ >/dev/null
fi

export RUSTFLAGS="--cfg fuzzing -Cdebug-assertions -Coverflow-checks \
 -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
 -Cllvm-args=-sanitizer-coverage-trace-compares -Cllvm-args=-sanitizer-coverage-stack-depth"
# --target keeps the flags off build scripts and proc-macros (the derive crate).
bin_args=()
for t in "${targets[@]}"; do bin_args+=(--bin "$t"); done
nice -n 19 cargo build --release --features libfuzzer --target "$host" "${bin_args[@]}"
unset RUSTFLAGS
nice -n 19 cargo build --release --bin gen_seeds
./target/release/gen_seeds seeds >/dev/null

mkdir -p logs
run_target() {
  local t="$1"
  mkdir -p "corpus/$t" "artifacts/$t"
  # -rss_limit_mb: a body that makes the decoder hold far more than itself is a finding;
  # -max_len: bodies up to 64 KiB, enough for long strings, numbers and nesting.
  nice -n 19 "target/$host/release/$t" "corpus/$t" "seeds/$t" \
    -dict=json.dict -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=1024 \
    -timeout=10 -artifact_prefix="artifacts/$t/" -print_final_stats=1 \
    >"logs/$t.log" 2>&1
}

status=0
if [[ "$jobs" -gt 1 ]]; then
  pids=()
  for t in "${targets[@]}"; do run_target "$t" & pids+=($!); done
  for p in "${pids[@]}"; do wait "$p" || status=1; done
else
  for t in "${targets[@]}"; do run_target "$t" || status=1; done
fi

printf '\n%-16s %10s %14s %8s %8s %8s\n' target seconds executions exec/s cov corpus
for t in "${targets[@]}"; do
  log="logs/$t.log"
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1 || true)"
  rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1 || true)"
  secs="$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1 || true)"
  cov="$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2 || true)"
  corpus="$(grep -o 'corp: [0-9]*' "$log" | tail -1 | cut -d' ' -f2 || true)"
  printf '%-16s %10s %14s %8s %8s %8s\n' "$t" "${secs:-?}" "${runs:-?}" "${rate:-?}" "${cov:-?}" "${corpus:-?}"
  if ls "artifacts/$t"/* >/dev/null 2>&1; then
    echo "FINDING in $t: $(ls "artifacts/$t")  (log: fuzz/logs/$t.log)"
    status=1
  fi
done
exit "$status"
