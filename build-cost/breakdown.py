#!/usr/bin/env python3
"""Where a clean build's time goes, ours against the SDK's, from two `cargo build --timings`
reports: each crate's compile time (cargo's per-unit duration, build scripts included), summed
over the crates both programs build, the crates only ours builds and the crates only the SDK's
builds. Prints a Markdown section body (build-cost/breakdown.sh puts it into
docs/build-cost-results.md).

    breakdown.py OURS.html SDK.html OURS_LABEL SDK_LABEL
"""
import json
import re
import sys


def units(path):
    """{(crate, version): seconds} from a cargo timings report."""
    text = open(path, encoding="utf-8").read()
    found = re.search(r"const UNIT_DATA = (\[.*?\]);\n", text, re.S)
    if not found:
        sys.exit(f"{path}: no UNIT_DATA in this cargo timings report")
    totals = {}
    for unit in json.loads(found.group(1)):
        key = (unit["name"], unit["version"])
        totals[key] = totals.get(key, 0.0) + unit["duration"]
    return totals


def top(totals, keys, count):
    ranked = sorted(keys, key=lambda k: -totals[k])[:count]
    return ", ".join(f"{name} {totals[(name, version)]:.1f}" for name, version in ranked)


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    ours, sdk = units(sys.argv[1]), units(sys.argv[2])
    ours_label, sdk_label = sys.argv[3], sys.argv[4]
    shared = ours.keys() & sdk.keys()
    ours_only = ours.keys() - sdk.keys()
    sdk_only = sdk.keys() - ours.keys()

    def total(totals, keys):
        return sum(totals[k] for k in keys)

    ours_total, sdk_total = total(ours, ours.keys()), total(sdk, sdk.keys())
    def share(part, whole):
        return f"{100 * part / whole:.0f} %"

    print("| crates | count | ours s (share) | SDK s (share) | largest in ours, or in the SDK's (s) |")
    print("|---|---|---|---|---|")
    both_ours, both_sdk = total(ours, shared), total(sdk, shared)
    only_ours, only_sdk = total(ours, ours_only), total(sdk, sdk_only)
    print(f"| built by both | {len(shared)} | {both_ours:.1f} ({share(both_ours, ours_total)}) "
          f"| {both_sdk:.1f} ({share(both_sdk, sdk_total)}) | {top(ours, shared, 8)} |")
    print(f"| only in ours | {len(ours_only)} | {only_ours:.1f} ({share(only_ours, ours_total)}) | "
          f"| {top(ours, ours_only, 8)} |")
    print(f"| only in the SDK's | {len(sdk_only)} | | {only_sdk:.1f} ({share(only_sdk, sdk_total)}) "
          f"| {top(sdk, sdk_only, 8)} |")
    print(f"| **all** | {len(ours)}, {len(sdk)} | **{ours_total:.1f}** | **{sdk_total:.1f}** | |")
    print()
    print(f"Ours: {ours_label}; the SDK's: {sdk_label}. Seconds are the sum of cargo's per-crate "
          "compile times (`cargo build --timings`; a crate's codegen units run in parallel, so "
          "this is neither wall nor CPU time). They grow with the machine's load, so compare "
          "the shares within each build rather than seconds across the two builds. The crates "
          f"both programs build are {share(both_sdk, sdk_total)} of the SDK's build: a program "
          "built on them cannot cost less than about that fraction of the SDK's program, "
          "whatever its own code.")


if __name__ == "__main__":
    main()
