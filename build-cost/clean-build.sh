# Shared by build-cost/models.sh, client.sh and dynamodb.sh (sourced, with `results` and
# `crates` set): a clean build measured, and its figures read back for the tables.

# measure OUT DIR CMD...: CMD in DIR under `nice -n $NICENESS` (19 unless given: other work on
# the machine goes first; 0 to get a fair share of a busy machine); "wall user sys" to
# OUT.time, the load average when it started to OUT.load.
measure() {
  local out="$1" dir="$2"
  shift 2
  local TIMEFORMAT='%R %U %S'
  cut -d' ' -f1 /proc/loadavg >"$out.load"
  { time (cd "$dir" && nice -n "${NICENESS:-19}" "$@" >"$out.log" 2>&1); } 2>"$out.time"
}

# clean_build CRATE PROFILE TARGET: a build of build-cost/crates/CRATE into the fresh target
# dir TARGET, measured as $results/CRATE-PROFILE; its package count to $results/CRATE.crates.
clean_build() {
  local c="$1" profile="$2" target="$3"
  local flags=(--offline)
  [[ "$profile" == release ]] && flags+=(--release)
  rm -rf "$target"
  printf '==> clean %s build: %s\n' "$profile" "$c" >&2
  CARGO_TARGET_DIR="$target" measure "$results/$c-$profile" "$crates/$c" cargo build "${flags[@]}"
  (cd "$crates/$c" && cargo tree --offline -e normal --prefix none | sort -u | wc -l) \
    >"$results/$c.crates"
}

wall() { cut -d' ' -f1 "$results/$1.time"; }
cpu() { awk '{printf "%.1f", $2 + $3}' "$results/$1.time"; }
cpu_raw() { awk '{print $2 + $3}' "$results/$1.time"; } # for ratios: unrounded
load() { cat "$results/$1.load"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# write_section HEADING SECTION: SECTION (which starts with "## HEADING") in place of that
# section's previous version in docs/build-cost-results.md, the other sections kept, or added
# at the end; then SECTION on standard output.
write_section() {
  local heading="$1" section="$2" doc="$here/../docs/build-cost-results.md" previous
  previous="$(cat "$doc" 2>/dev/null || true)"
  {
    printf '%s\n' "$previous" |
      awk -v heading="## $heading" 'index($0, heading) == 1 { skip = 1; next } /^## / { skip = 0 } !skip'
    echo
    printf '%s\n' "$section"
  } | cat -s >"$doc.new"
  mv "$doc.new" "$doc"
  printf '%s\n' "$section"
}
