"""Every union of every JSON and CBOR service of botocore, read by botocore and by our models.

    python conformance/all_services.py [--ci | --services a,b] [-n 12] [--seed 20261130]

For each service (protocol `rest-json`, `json` or `smithy-rpc-v2-cbor`) with a union:
1. the roots: every union, and the body of every operation output that reaches a union (the
   output structure, or its payload structure);
2. aws-union-codegen generates the roots and all they reach into one module of a decoder
   crate (`target/all-services/<set>/`, a module a service), built once;
3. `-n` bodies per root (`all_bodies.py`), read by botocore's parser for the protocol and by
   the decoder; the two readings must agree (`all_compare.py`, and the documented defects).
Prints per service and in total: unions exercised, bodies, agreements, and every
disagreement class with its count. Exits non-zero on an unexplained disagreement.
"""

import argparse
import collections
import copy
import json
import os
import random
import sys
import time

import botocore
import botocore.model
import botocore.parsers
import botocore.session

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import all_bodies  # noqa: E402
import all_compare  # noqa: E402
import decoder_crate  # noqa: E402

PROTOCOLS = {
    "rest-json": botocore.parsers.RestJSONParser,
    "json": botocore.parsers.JSONParser,
    "smithy-rpc-v2-cbor": botocore.parsers.RpcV2CBORParser,
}

# The CI subset: 26 services, every protocol (7 rpcv2Cbor), recursive unions (DynamoDB's
# AttributeValue, Verified Permissions' values), unions in maps and lists, blobs, documents,
# timestamps in each format; about 390 roots, 6 bodies each.
CI_SERVICES = [
    # smithy-rpc-v2-cbor
    "arc-region-switch", "cloudwatch", "cloudwatchomni", "eventbridgev2", "transcribe",
    "marketplace-agreement", "mailmanager",
    # json (awsJson)
    "dynamodb", "logs", "acm", "ssm", "transfer", "verifiedpermissions", "glue",
    # rest-json
    "cleanrooms", "bedrock-runtime", "connectcases", "rds-data", "iotsitewise", "s3tables",
    "appmesh", "payment-cryptography-data", "guardduty", "emr-serverless", "workspaces-web",
    "entityresolution",
]


def reaches_union(shape, seen):
    if shape.name in seen:
        return seen[shape.name]
    seen[shape.name] = False
    kind, found = shape.type_name, False
    if kind == "structure":
        found = shape.is_tagged_union or any(
            reaches_union(m, seen) for _, m in all_compare.body_members(shape))
    elif kind == "list":
        found = reaches_union(shape.member, seen)
    elif kind == "map":
        found = reaches_union(shape.value, seen)
    seen[shape.name] = found
    return found


def service_roots(model):
    """(shape, why) pairs: every union, and each operation output body that reaches one."""
    unions = [model.shape_for(n) for n in model.shape_names if model.shape_for(n).type_name == "structure"
              and model.shape_for(n).is_tagged_union]
    roots = {u.name: (u, "union") for u in unions}
    seen = {}
    for op in model.operation_names:
        out = model.operation_model(op).output_shape
        if out is None:
            continue
        payload = out.serialization.get("payload")
        if payload:
            out = out.members[payload]
            if out.type_name != "structure" or out.serialization.get("eventstream"):
                continue
        if out.name not in roots and reaches_union(out, seen):
            roots[out.name] = (out, f"output of {op}")
    return unions, [roots[k] for k in sorted(roots)]


# Shapes botocore's model does not mark as unions although the Smithy model does (the
# generator's default overrides): the oracle reads them with the mark added, and each body
# botocore's own model reads differently is counted as that botocore defect.
UNION_OVERRIDES = {"dynamodb": ["AttributeValue"]}


def discover(session, wanted):
    services = []
    for name in session.get_available_services():
        if wanted and name not in wanted:
            continue
        model = session.get_service_model(name)
        if model.protocol not in PROTOCOLS:
            continue
        if name in UNION_OVERRIDES:
            raw = copy.deepcopy(session.get_component("data_loader").load_service_model(name, "service-2"))
            for shape in UNION_OVERRIDES[name]:
                raw["shapes"][shape]["union"] = True
            model = botocore.model.ServiceModel(raw, name)
        unions, roots = service_roots(model)
        if unions:
            services.append((name, model, unions, roots))
    return services


def check(body, boto_result, our_result, root, ctx):
    """(None | disagreement class, detail, defect note)."""
    (boto_kind, boto_value), (our_kind, our_value) = boto_result, our_result
    if boto_kind == "error" and our_kind == "error":
        if body["fault_path"] and not our_value.startswith(body["fault_path"] + ": "):
            return "our error does not name the fault's path", our_value, None
        return None, None, None
    if boto_kind == "ok" and our_kind == "error" and body["fault_under_map"] and ctx.protocol == all_compare.CBOR:
        return None, None, "botocore defect: RpcV2CBORParser does not read map values (bad union or structure inside a map accepted)"
    if (boto_kind, our_kind) == ("ok", "error") and body["category"] == "structure_not_an_object" \
            and body["fault_empty_structure"]:
        return None, None, "botocore defect: accepts any value for a structure without members (never reads it)"
    if boto_kind != our_kind:
        return (f"botocore {boto_kind}, ours {our_kind}",
                f"botocore {str(boto_value)[:300]!r}, ours {str(our_value)[:300]!r}", None)
    try:
        expected = all_compare.boto(root, boto_value, body["raw"], ctx, "")
        actual = all_compare.ours(root, our_value, body["raw"], ctx, "")
    except all_compare.Mismatch as mismatch:
        return "value mismatch (normalisation)", str(mismatch), None
    diff = all_compare.compare.first_difference(expected, actual)
    return ("value mismatch", diff, None) if diff else (None, None, None)


def main():
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--ci", action="store_true", help="the CI subset")
    args.add_argument("--services", help="comma-separated botocore service names")
    args.add_argument("-n", type=int, default=None, help="bodies per root (default 12, CI 6)")
    args.add_argument("--seed", type=int, default=20261130)
    args.add_argument("--codegen", required=True, help="the aws-union-codegen binary")
    args.add_argument("--workdir", default="target/all-services")
    args.add_argument("--build-only", action="store_true")
    args.add_argument("--no-build", action="store_true", help="use the decoder built by the last run")
    opts = args.parse_args()
    per_root = opts.n or (6 if opts.ci else 12)
    wanted = set(CI_SERVICES) if opts.ci else set(opts.services.split(",")) if opts.services else None
    label = "ci" if opts.ci else "custom" if wanted else "full"

    session = botocore.session.get_session()
    services = discover(session, wanted)
    total_unions = sum(len(u) for _, _, u, _ in services)
    print(f"botocore {botocore.__version__}: {len(services)} JSON/CBOR services with unions, {total_unions} unions")

    started = time.time()
    crate = os.path.join(opts.workdir, label)
    decoder, types = decoder_crate.build(opts.codegen, crate, [(n, m, [r for r, _ in roots]) for n, m, _, roots in services],
                                         compile=not opts.no_build)
    print(f"decoder built in {time.time() - started:.0f} s: {decoder}")
    if opts.build_only:
        return

    rng = random.Random(opts.seed)
    counts = collections.Counter()
    bodies = []
    names, weights = zip(*all_bodies.CATEGORIES.items())
    for name, model, unions, roots in services:
        for root, why in roots:
            rust = types[name].get(root.name)
            if rust is None:
                counts[f"root not generated: {name}.{root.name}"] += 1
                continue
            for _ in range(per_root):
                category = rng.choices(names, weights)[0]
                category, value, fault, under_map, empty, placed = all_bodies.make_body(rng, root, category, counts, model.protocol)
                if root.is_tagged_union and category == "valid_random":
                    placed = placed | {root.name}
                data = all_bodies.encode(value, model.protocol, rng)
                raw = json.loads(data) if model.protocol != all_compare.CBOR else all_bodies.cbor2.loads(data)
                bodies.append({"service": name, "root": root, "rust": rust, "category": category, "data": data,
                               "raw": raw, "fault_path": fault, "fault_under_map": under_map,
                               "fault_empty_structure": empty, "unions": placed})
    print(f"{len(bodies)} bodies generated in {time.time() - started:.0f} s")
    results = decoder_crate.run(decoder, bodies, crate)

    parsers = {p: cls() for p, cls in PROTOCOLS.items()}
    per_service = collections.defaultdict(lambda: {"bodies": 0, "agree": 0, "unions": set()})
    classes = collections.Counter()
    failures = []
    models = {name: model for name, model, _, _ in services}
    for body, ours_result in zip(bodies, results):
        model = models[body["service"]]
        ctx = all_compare.Context(model.protocol, all_compare.compare.Tally(counts))
        try:
            parsed = parsers[model.protocol].parse({"body": body["data"], "headers": {}, "status_code": 200}, body["root"])
            parsed.pop("ResponseMetadata", None)
            boto_result = ("ok", parsed)
        except Exception as error:  # botocore fails with many exception types
            boto_result = ("error", f"{type(error).__name__}: {error}")
        if body["service"] in UNION_OVERRIDES:
            plain = session.get_service_model(body["service"]).shape_for(body["root"].name)
            try:
                plain_result = ("ok", parsers[model.protocol].parse({"body": body["data"], "headers": {}, "status_code": 200}, plain))
                plain_result[1].pop("ResponseMetadata", None)
            except Exception as error:
                plain_result = ("error", f"{type(error).__name__}: {error}")
            if repr(plain_result) != repr(boto_result):
                counts[f"botocore defect: {body['service']} model lacks the union mark on "
                       f"{', '.join(UNION_OVERRIDES[body['service']])} (its parse differs)"] += 1
        why, detail, defect = check(body, boto_result, ours_result, body["root"], ctx)
        stats = per_service[body["service"]]
        stats["bodies"] += 1
        counts[f"category {body['category']}"] += 1
        counts[f"outcome: botocore {boto_result[0]}, ours {ours_result[0]}"] += 1
        if defect:
            counts[defect] += 1
        if why is None:
            stats["agree"] += 1
            if boto_result[0] == "ok" and not defect:
                stats["unions"] |= body["unions"]
        else:
            classes[why] += 1
            failures.append({"service": body["service"], "root": body["root"].name, "category": body["category"],
                             "why": why, "detail": detail, "body": body["data"].hex() if model.protocol == all_compare.CBOR
                             else body["data"].decode("utf-8", "replace")[:3000], "ours": str(ours_result[1])[:2000],
                             "botocore": str(boto_result[1])[:2000]})

    report(services, per_service, counts, classes, failures, crate, len(bodies), time.time() - started)
    sys.exit(1 if failures else 0)


def report(services, per_service, counts, classes, failures, crate, n_bodies, seconds):
    print("\nservice | protocol | unions exercised | bodies | agree")
    tot_u = tot_ex = tot_agree = 0
    for name, model, unions, _ in services:
        stats = per_service[name]
        exercised = len({u.name for u in unions} & stats["unions"])
        tot_u += len(unions)
        tot_ex += exercised
        tot_agree += stats["agree"]
        print(f"{name} | {model.protocol} | {exercised}/{len(unions)} | {stats['bodies']} | {stats['agree']}")
    print(f"\nTOTAL: {len(services)} services, unions exercised {tot_ex}/{tot_u}, bodies {n_bodies}, "
          f"agree {tot_agree}, disagree {n_bodies - tot_agree} ({seconds:.0f} s)")
    print("\nwhat the bodies held, what the rules normalised, botocore defects counted:")
    for what, count in sorted(counts.items()):
        print(f"  {count:7d}  {what}")
    if classes:
        print("\ndisagreement classes:")
        for what, count in classes.most_common():
            print(f"  {count:7d}  {what}")
    with open(os.path.join(crate, "failures.jsonl"), "w") as f:
        for failure in failures:
            f.write(json.dumps(failure) + "\n")
    for failure in failures[:8]:
        print(f"\nFAILED {failure['service']}.{failure['root']} [{failure['category']}] {failure['why']}: "
              f"{failure['detail']}\n  body: {failure['body'][:300]}\n  ours: {failure['ours'][:300]}")


if __name__ == "__main__":
    main()
