"""Normalisation of botocore's parse and of our `decode` output to one comparable form.

Both sides are walked along the same botocore shape, each beside the raw body value at the
same place. The rules (each one documented in README.md):

1. Timestamps compare as epoch milliseconds, rounded toward the past: botocore's aware
   datetime and our epoch-seconds number. (We write milliseconds; botocore keeps
   microseconds; below the millisecond nothing is compared.)
2. Floats compare as floats, NaN equal to NaN; botocore passes "NaN", "Infinity" and
   "-Infinity" through as strings, so they are read as the floats they name. Smithy `float`
   members are `f32` in our model (as in aws-sdk-rust), so botocore's value is rounded to
   the nearest `f32` first.
3. Unions compare as the member set and its value; an unknown member compares by name only
   (botocore's `{'SDK_UNKNOWN_MEMBER': {'name': ...}}` against our `{"<name>": <value>}`), and
   separately our kept value must equal the raw value in the body.
4. botocore names the first raw key of the union object as the unknown member when that
   key is `__type` or a null member (`_has_unknown_tagged_union_member` counts the cleaned
   dict, `_get_first_key` reads the raw one). That name is wrong; when, and only when, that
   is what happened, botocore's name is replaced by the member really set, and it is counted.
5. Client error correction: where botocore leaves a required member out (the body left it out
   or sent null), our value must be the documented zero value (see `zero`); a corrected
   union is the unknown member with an empty name, which we write in boto3's form
   `{"SDK_UNKNOWN_MEMBER": {"name": ""}}` (it reads back to the same value), so it compares
   as the unknown member named `""`.
"""

import datetime
import math
import struct

UNIX_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
UNSET_ENUM_VALUE = "no value was set"


class Mismatch(Exception):
    pass


class Tally:
    def __init__(self, counts):
        self.counts = counts

    def note(self, what):
        self.counts[what] += 1


def zero(shape):
    """The zero value our model fills in for a missing required member (normalised form)."""
    kind = shape.type_name
    if kind == "structure":
        if shape.is_tagged_union:
            return {"$unknown": ""}
        out = {}
        for name in shape.required_members:
            out[name] = zero(shape.members[name])
        return out
    if kind == "string":
        return UNSET_ENUM_VALUE if shape.enum else ""
    if kind in ("integer", "long"):
        return ("int", 0)
    if kind == "boolean":
        return ("bool", False)
    if kind in ("float", "double"):
        return ("float", 0.0)
    if kind == "timestamp":
        return ("ms", 0)
    if kind == "list":
        return []
    if kind == "map":
        return {}
    raise ValueError(kind)


def as_float(shape, value):
    if isinstance(value, str) and value in ("NaN", "Infinity", "-Infinity"):
        value = float(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise Mismatch(f"not a float: {value!r}")
    value = float(value)
    if shape.type_name == "float" and math.isfinite(value):
        try:
            value = struct.unpack("f", struct.pack("f", value))[0]
        except OverflowError:
            raise Mismatch(f"beyond f32: {value!r}")
    return ("float", "NaN" if math.isnan(value) else value)


def scalar(shape, value):
    kind = shape.type_name
    if kind == "string":
        if not isinstance(value, str):
            raise Mismatch(f"not a string: {value!r}")
        return value
    if kind in ("integer", "long"):
        if isinstance(value, bool) or not isinstance(value, int):
            raise Mismatch(f"not an integer: {value!r}")
        return ("int", value)
    if kind == "boolean":
        if not isinstance(value, bool):
            raise Mismatch(f"not a boolean: {value!r}")
        return ("bool", value)
    if kind in ("float", "double"):
        return as_float(shape, value)
    raise ValueError(kind)


def wire_name(shape, name):
    return shape.members[name].serialization.get("name", name)


def member_really_set(raw):
    """The one key of a raw union object that is not `__type` and not null."""
    set_keys = [k for k, v in raw.items() if k != "__type" and v is not None]
    return set_keys[0] if len(set_keys) == 1 else None


# -- botocore's side -------------------------------------------------------------------------

def boto(shape, value, raw, tally, path):
    kind = shape.type_name
    if kind == "structure" and shape.is_tagged_union:
        if "SDK_UNKNOWN_MEMBER" in value:
            name = value["SDK_UNKNOWN_MEMBER"]["name"]
            real = member_really_set(raw) if isinstance(raw, dict) else None
            if real is not None and name != real:
                # botocore bug (rule 4): it counts the members after dropping `__type` and
                # nulls, then names `_get_first_key(value)`, the first key of the raw object.
                # The suite expects the member really set, and corrects botocore's answer
                # only when that is exactly what happened.
                first = next(iter(raw))
                if name == first and (first == "__type" or raw[first] is None):
                    tally.note("botocore named `__type` or a null member as the unknown member (corrected)")
                    name = real
            return {"$unknown": name}
        if len(value) != 1:
            raise Mismatch(f"{path}: botocore union with {len(value)} members: {value!r}")
        (name, member_value), = value.items()
        wire = wire_name(shape, name)
        return {"$member": wire, "$value": boto(shape.members[name], member_value, raw.get(wire), tally, f"{path}.{wire}")}
    if kind == "structure":
        out = {}
        for name, member in shape.members.items():
            if value.get(name) is not None:
                wire = wire_name(shape, name)
                out[wire] = boto(member, value[name], raw.get(wire) if isinstance(raw, dict) else None, tally, f"{path}.{wire}")
            elif name in shape.required_members:
                tally.note("required member missing in the body: zero value expected (client error correction)")
                out[wire_name(shape, name)] = zero(member)
        return out
    if kind == "list":
        raw = raw if isinstance(raw, list) else [None] * len(value)
        return [boto(shape.member, v, r, tally, f"{path}[{i}]") for i, (v, r) in enumerate(zip(value, raw))]
    if kind == "map":
        raw = raw if isinstance(raw, dict) else {}
        return {k: boto(shape.value, v, raw.get(k), tally, f"{path}.{k}") for k, v in value.items()}
    if kind == "timestamp":
        if not isinstance(value, datetime.datetime) or value.tzinfo is None:
            raise Mismatch(f"{path}: botocore timestamp without zone: {value!r}")
        micros = (value - UNIX_EPOCH) // datetime.timedelta(microseconds=1)
        return ("ms", micros // 1000)
    return scalar(shape, value)


# -- our side --------------------------------------------------------------------------------

def ours(shape, value, raw, tally, path):
    kind = shape.type_name
    if kind == "structure" and shape.is_tagged_union:
        if not isinstance(value, dict) or len(value) != 1:
            raise Mismatch(f"{path}: our union is not a one-entry object: {value!r}")
        (wire, member_value), = value.items()
        names = {wire_name(shape, n): n for n in shape.members}
        if wire in names:
            raw_member = raw.get(wire) if isinstance(raw, dict) else None
            return {"$member": wire, "$value": ours(shape.members[names[wire]], member_value, raw_member, tally, f"{path}.{wire}")}
        if wire == "SDK_UNKNOWN_MEMBER":
            return {"$unknown": member_value["name"]}
        if isinstance(raw, dict):
            if raw.get(wire) != member_value:
                raise Mismatch(f"{path}: the unknown member's value changed: {raw.get(wire)!r} -> {member_value!r}")
            tally.note("unknown union member kept with its value")
        return {"$unknown": wire}
    if kind == "structure":
        if not isinstance(value, dict):
            raise Mismatch(f"{path}: not an object: {value!r}")
        names = {wire_name(shape, n): n for n in shape.members}
        out = {}
        for wire, member_value in value.items():
            if wire not in names:
                raise Mismatch(f"{path}: we wrote a member the model lacks: {wire}")
            raw_member = raw.get(wire) if isinstance(raw, dict) else None
            out[wire] = ours(shape.members[names[wire]], member_value, raw_member, tally, f"{path}.{wire}")
        return out
    if kind == "list":
        raw = raw if isinstance(raw, list) and len(raw) == len(value) else [None] * len(value)
        return [ours(shape.member, v, r, tally, f"{path}[{i}]") for i, (v, r) in enumerate(zip(value, raw))]
    if kind == "map":
        raw = raw if isinstance(raw, dict) else {}
        return {k: ours(shape.value, v, raw.get(k), tally, f"{path}.{k}") for k, v in value.items()}
    if kind == "timestamp":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise Mismatch(f"{path}: our timestamp is not a number: {value!r}")
        return ("ms", math.floor(round(value * 1000, 3)))
    return scalar(shape, value)


def first_difference(a, b, path=""):
    """Where two normalised values differ, for the report."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b), key=str):
            if key not in a or key not in b:
                return f"{path}.{key}: only on {'botocore' if key in a else 'our'} side"
            found = first_difference(a[key], b[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items against {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            found = first_difference(x, y, f"{path}[{i}]")
            if found:
                return found
        return None
    return None if a == b else f"{path}: botocore {a!r}, ours {b!r}"
