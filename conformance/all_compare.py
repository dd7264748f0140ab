"""Normalisation of botocore's parse and of our decoder's output for any JSON or CBOR shape.

The Clean Rooms rules (`compare.py`, README "Normalisation rules") hold unchanged; this adds
what other services hold and what botocore's other parsers do:

- blobs compare as bytes (botocore: `bytes`; ours: base64 text);
- documents compare as the JSON value;
- our timestamps are numbers (epoch seconds) or, for members in `date-time` / `http-date`
  format, the text of that format; both are read back to milliseconds;
- members bound to headers or the status code are not body members: skipped on both sides;
- `RpcV2CBORParser` (botocore defects, each counted, never hidden):
  * an unknown union member: botocore returns the union with nothing in it (it has no
    unknown-member handling for CBOR), where we keep the member: counted and compared by name;
  * a map's values are passed through raw (`_handle_map` is missing from the CBOR parser): a
    union inside a map keeps its `__type` key and is never checked, so the values under a map
    are normalised from the raw CBOR value.
"""

import base64
import datetime
import math

from botocore.utils import parse_timestamp

import compare
from compare import Mismatch, member_really_set

# A value that is not there (kept for zero values that write nothing).
ABSENT = object()

CBOR = "smithy-rpc-v2-cbor"


class Context:
    def __init__(self, protocol, tally):
        self.protocol = protocol
        self.tally = tally


def body_members(shape):
    for name, member in shape.members.items():
        if member.serialization.get("location") or member.serialization.get("eventstream"):
            continue
        yield name, member


def wire(ctx, shape, name):
    return name if ctx.protocol == CBOR else shape.members[name].serialization.get("name", name)


def is_document(shape):
    return shape.type_name == "structure" and shape.metadata.get("document")


def zero(shape, ctx):
    """Our value for a required member the body left out (client error correction)."""
    kind = shape.type_name
    if is_document(shape):
        return ("doc", None)  # a document's zero value is `null`, written as such
    if kind == "structure" and shape.is_tagged_union:
        # The corrected union is the unknown member with an empty name, which the generated
        # models write back in boto3's form, `{"SDK_UNKNOWN_MEMBER": {"name": ""}}`.
        return {"$unknown": ""}
    if kind == "blob":
        return ("blob", b"")
    if kind == "structure" and not shape.is_tagged_union:
        out = {}
        for name, member in body_members(shape):
            if name in shape.required_members:
                value = zero(member, ctx)
                if value is not ABSENT:
                    out[wire(ctx, shape, name)] = value
        return out
    if kind == "list":
        return []
    return compare.zero(shape)


def doc(value):
    """A document value in a comparable form (floats that are integers compare equal)."""
    if isinstance(value, dict):
        return {k: doc(v) for k, v in value.items()}
    if isinstance(value, list):
        return [doc(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def ms(moment):
    micros = (moment - compare.UNIX_EPOCH) // datetime.timedelta(microseconds=1)
    return ("ms", micros // 1000)


# -- botocore's side -------------------------------------------------------------------------

def boto(shape, value, raw, ctx, path, raw_mode=False):
    kind = shape.type_name
    if is_document(shape):
        if ctx.protocol == CBOR and value == {} and raw not in ({}, None):
            ctx.tally.note("botocore defect: RpcV2CBORParser reads a document as an empty structure")
            return ("doc", doc(raw))
        return ("doc", doc(value))
    if kind == "structure" and shape.is_tagged_union:
        if raw_mode and isinstance(value, dict):
            value = {k: v for k, v in value.items() if k != "__type" and v is not None}
        if "SDK_UNKNOWN_MEMBER" in value and isinstance(value["SDK_UNKNOWN_MEMBER"], dict):
            name = value["SDK_UNKNOWN_MEMBER"]["name"]
            real = member_really_set(raw) if isinstance(raw, dict) else None
            if real is not None and name != real:
                first = next(iter(raw))
                if name == first and (first == "__type" or raw[first] is None):
                    ctx.tally.note("botocore defect: names `__type` or a null member as the unknown member (corrected)")
                    name = real
            return {"$unknown": name}
        known = {wire(ctx, shape, n): n for n in shape.members}
        if ctx.protocol == CBOR and isinstance(raw, dict):
            real = member_really_set(raw)
            if real is not None and real not in known and not value:
                ctx.tally.note("botocore defect: RpcV2CBORParser drops an unknown union member (empty union)")
                return {"$unknown": real}
            if raw_mode and real is not None and real not in known:
                ctx.tally.note("botocore defect: RpcV2CBORParser does not read map values (unknown union member passed raw)")
                return {"$unknown": real}
        if len(value) != 1:
            raise Mismatch(f"{path}: botocore union with {len(value)} members: {value!r}")
        (name, member_value), = value.items()
        if raw_mode:
            name = known.get(name, name)
        if name not in shape.members:
            raise Mismatch(f"{path}: botocore union member {name!r} not in the model")
        w = wire(ctx, shape, name)
        sub = raw.get(w) if isinstance(raw, dict) else None
        return {"$member": w, "$value": boto(shape.members[name], member_value, sub, ctx, f"{path}.{w}", raw_mode)}
    if kind == "structure":
        out = {}
        for name, member in body_members(shape):
            w = wire(ctx, shape, name)
            key = w if raw_mode else name
            if isinstance(value, dict) and value.get(key) is not None:
                sub = raw.get(w) if isinstance(raw, dict) else None
                out[w] = boto(member, value[key], sub, ctx, f"{path}.{w}", raw_mode)
            elif name in shape.required_members:
                filled = zero(member, ctx)
                if filled is not ABSENT:
                    ctx.tally.note("required member missing in the body: zero value expected (client error correction)")
                    out[w] = filled
        return out
    if kind == "list":
        raw = raw if isinstance(raw, list) and len(raw) == len(value) else [None] * len(value)
        return [boto(shape.member, v, r, ctx, f"{path}[{i}]", raw_mode) for i, (v, r) in enumerate(zip(value, raw))]
    if kind == "map":
        raw = raw if isinstance(raw, dict) else {}
        inner_raw = raw_mode or ctx.protocol == CBOR
        return {k: boto(shape.value, v, raw.get(k), ctx, f"{path}.{k}", inner_raw)
                for k, v in value.items() if v is not None}
    if kind == "timestamp":
        if not isinstance(value, datetime.datetime) or value.tzinfo is None:
            raise Mismatch(f"{path}: botocore timestamp without zone: {value!r}")
        return ms(value)
    if kind == "blob":
        if not isinstance(value, (bytes, bytearray)):
            raise Mismatch(f"{path}: botocore blob is not bytes: {value!r}")
        return ("blob", bytes(value))
    return compare.scalar(shape, value)


# -- our side --------------------------------------------------------------------------------

def ours(shape, value, raw, ctx, path):
    kind = shape.type_name
    if is_document(shape):
        return ("doc", doc(value))
    if kind == "structure" and shape.is_tagged_union:
        if not isinstance(value, dict) or len(value) != 1:
            raise Mismatch(f"{path}: our union is not a one-entry object: {value!r}")
        (w, member_value), = value.items()
        names = {wire(ctx, shape, n): n for n in shape.members}
        if w in names:
            sub = raw.get(w) if isinstance(raw, dict) else None
            return {"$member": w, "$value": ours(shape.members[names[w]], member_value, sub, ctx, f"{path}.{w}")}
        if w == "SDK_UNKNOWN_MEMBER":
            return {"$unknown": member_value["name"]}
        if isinstance(raw, dict):
            if doc(raw.get(w)) != doc(member_value):
                raise Mismatch(f"{path}: the unknown member's value changed: {raw.get(w)!r} -> {member_value!r}")
            ctx.tally.note("unknown union member kept with its value")
        return {"$unknown": w}
    if kind == "structure":
        if not isinstance(value, dict):
            raise Mismatch(f"{path}: not an object: {value!r}")
        names = {wire(ctx, shape, n): n for n, _ in body_members(shape)}
        out = {}
        for w, member_value in value.items():
            if w not in names:
                raise Mismatch(f"{path}: we wrote a member the model lacks: {w}")
            sub = raw.get(w) if isinstance(raw, dict) else None
            out[w] = ours(shape.members[names[w]], member_value, sub, ctx, f"{path}.{w}")
        return out
    if kind == "list":
        raw = raw if isinstance(raw, list) and len(raw) == len(value) else [None] * len(value)
        return [ours(shape.member, v, r, ctx, f"{path}[{i}]") for i, (v, r) in enumerate(zip(value, raw))]
    if kind == "map":
        raw = raw if isinstance(raw, dict) else {}
        return {k: ours(shape.value, v, raw.get(k), ctx, f"{path}.{k}") for k, v in value.items()}
    if kind == "timestamp":
        if isinstance(value, str):
            return ms(parse_timestamp(value))
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise Mismatch(f"{path}: our timestamp is not a number: {value!r}")
        return ("ms", math.floor(round(value * 1000, 3)))
    if kind == "blob":
        if not isinstance(value, str):
            raise Mismatch(f"{path}: our blob is not base64 text: {value!r}")
        return ("blob", base64.b64decode(value))
    return compare.scalar(shape, value)
