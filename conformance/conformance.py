"""The botocore conformance suite: generate bodies from botocore's Clean Rooms model, read each
with botocore's restJson1 parser and with our `decode` example, and require agreement.

    python conformance/conformance.py --decoder target/release/examples/decode [-n 6000] [--seed 20261125]

Prints one summary line per category, `N passed, M failed`, the counts of what the rules
normalised, and exits non-zero on any disagreement. Disagreements are written, with their
bodies, to target/conformance/failures.jsonl.
"""

import argparse
import collections
import json
import os
import subprocess
import sys

import botocore
import botocore.parsers
import botocore.session

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import compare  # noqa: E402
import generate  # noqa: E402


def botocore_parse(parser, shape, body):
    try:
        parsed = parser.parse({"body": body, "headers": {}, "status_code": 200}, shape)
    except Exception as error:  # botocore fails with many exception types
        return "error", f"{type(error).__name__}: {error}"
    parsed.pop("ResponseMetadata", None)
    return "ok", parsed


def run_decoder(decoder, bodies, workdir):
    path = os.path.join(workdir, "bodies.jsonl")
    with open(path, "wb") as f:
        for body in bodies:
            f.write(body.data + b"\n")
    with open(path, "rb") as stdin:
        done = subprocess.run([decoder], stdin=stdin, stdout=subprocess.PIPE, check=True)
    lines = done.stdout.decode("utf-8").splitlines()
    if len(lines) != len(bodies):
        sys.exit(f"the decoder wrote {len(lines)} lines for {len(bodies)} bodies")
    results = []
    for line in lines:
        outcome = json.loads(line)
        (kind, value), = outcome.items()
        results.append((kind, value))
    return results


def check(shape, body, boto_result, our_result, tally):
    """None when the two agree as the body's category expects, else why not."""
    (boto_kind, boto_value), (our_kind, our_value) = boto_result, our_result
    if body.expect == generate.EXPECT_OURS_ERROR_BOTOCORE_OK:
        # Where we are stricter than botocore, on purpose (README.md, "Where we differ"):
        # - not JSON: botocore reads an unparseable body as {'message': <text>} (a fallback
        #   meant for error responses), and Python's json module reads NaN literals;
        # - a lone surrogate escape (\ud800) is no Unicode text; Python keeps it in a str;
        # - a scalar of another JSON type: botocore passes it through unchecked.
        if (boto_kind, our_kind) == ("ok", "error"):
            if body.fault_path and not our_value.startswith(body.fault_path + ": "):
                return f"our error does not name the path {body.fault_path}: {our_value}"
            tally.note(f"{body.category} ({body.note}): botocore returns a result, we report an error")
            return None
        return f"expected botocore ok and our error, got botocore {boto_kind}, ours {our_kind}"
    if body.expect == generate.EXPECT_OURS_ERROR:
        if our_kind != "error":
            return f"expected our error, got {str(our_value)[:300]!r}"
        if body.fault_path and not our_value.startswith(body.fault_path + ": "):
            return f"our error does not name the path {body.fault_path}: {our_value}"
        tally.note(f"{body.category} ({body.note}): botocore {boto_kind}, we report an error")
        return None
    if boto_kind != our_kind:
        return f"botocore {boto_kind}, ours {our_kind}: botocore {str(boto_value)[:300]!r}, ours {str(our_value)[:300]!r}"
    if boto_kind == "error":
        if body.fault_path and not our_value.startswith(body.fault_path + ": "):
            return f"our error does not name the path {body.fault_path}: {our_value}"
        return None
    try:
        raw = json.loads(body.data) if body.data.strip() else {}
        expected = compare.boto(shape, boto_value, raw, tally, "")
        actual = compare.ours(shape, our_value, raw, tally, "")
    except compare.Mismatch as mismatch:
        return str(mismatch)
    return compare.first_difference(expected, actual)


def main():
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--decoder", required=True, help="the built `decode` example")
    args.add_argument("-n", type=int, default=6000, help="how many random bodies")
    args.add_argument("--seed", type=int, default=20261125)
    args.add_argument("--workdir", default="target/conformance")
    opts = args.parse_args()
    os.makedirs(opts.workdir, exist_ok=True)

    model = botocore.session.get_session().get_service_model("cleanrooms")
    shape = model.operation_model("UpdateProtectedQuery").output_shape
    print(f"botocore {botocore.__version__}, Clean Rooms API {model.api_version}, protocol {model.protocol}")
    for owner, member in generate.NEWER_MEMBERS:
        present = member in model.shape_for(owner).members
        print(f"  2025+ member {owner}.{member}: {'in the model' if present else 'MISSING from this botocore'}")

    counts = collections.Counter()
    bodies = generate.generate(shape, opts.n, opts.seed, counts)
    ours = run_decoder(opts.decoder, bodies, opts.workdir)
    parser = botocore.parsers.RestJSONParser()

    tally = compare.Tally(counts)
    per_category = collections.defaultdict(lambda: [0, 0])
    failures = []
    for body, our_result in zip(bodies, ours):
        boto_result = botocore_parse(parser, shape, body.data)
        why = check(shape, body, boto_result, our_result, tally)
        per_category[body.category][why is not None] += 1
        counts[f"outcome {boto_result[0]}"] += 1
        if why:
            failures.append({"category": body.category, "why": why, "body": body.data.decode("utf-8", "replace")[:2000],
                             "ours": str(our_result[1])[:2000], "botocore": str(boto_result[1])[:2000]})

    print(f"\n{len(bodies)} bodies (seed {opts.seed}), per category:")
    for category in sorted(per_category):
        passed, failed = per_category[category]
        print(f"  {category}: {passed} passed, {failed} failed")
    print("\nwhat the bodies held and what the rules normalised:")
    for what, count in sorted(counts.items()):
        print(f"  {count:6d}  {what}")
    with open(os.path.join(opts.workdir, "failures.jsonl"), "w") as f:
        for failure in failures:
            f.write(json.dumps(failure) + "\n")
    for failure in failures[:10]:
        print(f"\nFAILED [{failure['category']}]: {failure['why']}\n  body: {failure['body'][:400]}")
    total_failed = len(failures)
    print(f"\n{len(bodies) - total_failed} passed, {total_failed} failed")
    sys.exit(1 if total_failed else 0)


if __name__ == "__main__":
    main()
