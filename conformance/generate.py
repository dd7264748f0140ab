"""Random UpdateProtectedQuery response bodies, generated from botocore's Clean Rooms model.

The generator walks the output shape generically (structures, unions, lists, maps, enums,
strings, numbers, booleans, timestamps, floats): nothing here names a Clean Rooms shape.
Each body belongs to one category; a category either shapes the random walk (more unknown
enum values, more float specials, ...) or injects one fault at a recorded place (an invalid
union, a bad timestamp, a missing required member, ...).

A body is bytes (one line, no raw newline) plus what the comparison needs to know:
its category, the wire path of an injected fault, and what is expected of it.
"""

import datetime
import json
import math
import random
import struct

# Members newer than the boto3 documentation the project started from (2025+ / 2026+),
# as (structure or union, member); reported with how many bodies carried each.
NEWER_MEMBERS = [
    ("ProtectedQueryOutputConfiguration", "distribute"),
    ("ProtectedQueryOutputConfiguration", "intermediateTable"),
    ("ProtectedQueryOutput", "distribute"),
    ("ProtectedQueryError", "retry"),
    ("ProtectedQuery", "queryComputePayerAccountId"),
    ("WorkerComputeConfiguration", "properties"),
]

# Categories and their share of the bodies.
CATEGORIES = {
    "valid_random": 26,
    "unknown_union_member": 9,
    "union_null_siblings_and_type_key": 7,
    "unknown_member_after_type_key_or_null": 5,
    "unknown_enum_value": 6,
    "float_specials": 6,
    "timestamp_forms": 9,
    "unmodeled_members": 5,
    "missing_required_members": 7,
    "invalid_union_zero_members": 3,
    "invalid_union_two_members": 3,
    "invalid_union_not_an_object": 3,
    "structure_not_an_object": 2,
    "invalid_timestamp": 3,
    "top_level_not_an_object": 1,
    "empty_body": 1,
    "non_utf8": 2,
    "not_json": 2,
    "lone_surrogate": 1,
    "wrong_scalar_type": 2,
}

# What the comparison expects of a category when it is not plain agreement with botocore.
EXPECT_OURS_ERROR_BOTOCORE_OK = "ours_error_botocore_ok"
# We report an error; botocore converts the value (int("5"), int(1.5) == 1, float("1.5")),
# passes it through (a list for a string), or fails (int([])), depending on the type.
EXPECT_OURS_ERROR = "ours_error"

UNIX_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
F32_MAX = 3.4028234663852886e38


class Raw:
    """JSON text written into a body as it is (numbers in exponent form, bad tokens)."""

    def __init__(self, text):
        self.text = text


def encode(value, rng):
    """JSON text of a value; `Raw` is kept verbatim, key order is kept."""
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, dict):
        return "{" + ",".join(encode_str(k, rng) + ":" + encode(v, rng) for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(encode(v, rng) for v in value) + "]"
    if isinstance(value, str):
        return encode_str(value, rng)
    return json.dumps(value, allow_nan=False)


def encode_str(s, rng):
    return json.dumps(s, ensure_ascii=rng.random() < 0.5)


class Body:
    def __init__(self, category, data, fault_path=None, expect="agree", note=None):
        self.category = category
        self.data = data  # bytes
        self.fault_path = fault_path  # wire path our error must name, if a fault was injected
        self.expect = expect
        self.note = note


class Walk:
    """One random walk over the output shape, recording where unions, enums, structures
    and timestamps were placed so a category can change one of them afterwards."""

    def __init__(self, rng, knobs, counts):
        self.rng = rng
        self.knobs = knobs
        self.counts = counts
        self.unions = []  # (container, key, shape, path)
        self.enums = []
        self.structures = []  # (dict, shape, path)
        self.timestamps = []
        self.floats = []
        self.scalars = []  # strings (also enums), integers, longs, booleans
        self.nested_structures = []  # structures placed as a member or item, not unions

    # -- values -------------------------------------------------------------------------

    def value(self, shape, path, depth=0):
        kind = shape.type_name
        if kind == "structure":
            if shape.is_tagged_union:
                return self.union(shape, path, depth)
            return self.structure(shape, path, depth)
        if kind == "list":
            low = shape.metadata.get("min", 0)
            items = [None] * self.rng.randint(low, max(low, 3))
            for i in range(len(items)):
                items[i] = self.placed(shape.member, items, i, f"{path}[{i}]", depth)
            return items
        if kind == "map":
            entries = {}
            for _ in range(self.rng.randint(0, 3)):
                key = self.text(1, 12)
                entries[key] = self.placed(shape.value, entries, key, f"{path}.{key}", depth)
            return entries
        if kind == "string":
            if shape.enum:
                if self.rng.random() < self.knobs.get("unknown_enum", 0.03):
                    return self.unknown_enum_value()
                return self.rng.choice(shape.enum)
            return self.text(0, 40)
        if kind == "integer":
            low = shape.metadata.get("min", -(2**31))
            high = shape.metadata.get("max", 2**31 - 1)
            if self.rng.random() < 0.1:
                low, high = -(2**31), 2**31 - 1
            return self.rng.randint(low, high)
        if kind == "long":
            return self.rng.choice([self.rng.randint(0, 10**7), self.rng.randint(-(2**63), 2**63 - 1)])
        if kind == "boolean":
            return self.rng.random() < 0.5
        if kind in ("float", "double"):
            return self.float(kind)
        if kind == "timestamp":
            return self.timestamp()[0]
        raise ValueError(f"shape kind {kind} is not generated")

    def structure(self, shape, path, depth):
        obj = {}
        p_optional = self.knobs.get("optional", 0.5)
        for name, member in shape.members.items():
            wire = member.serialization.get("name", name)
            required = name in shape.required_members
            if not required and self.rng.random() > p_optional:
                if self.rng.random() < 0.05:
                    obj[wire] = None  # a null optional member is absent
                continue
            if (shape.name, name) in NEWER_MEMBERS:
                self.counts[f"{shape.name}.{name}"] += 1
            obj[wire] = self.placed(member, obj, wire, f"{path}.{wire}" if path else wire, depth)
        self.sprinkle(obj, self.knobs.get("unmodeled", 0.08))
        self.structures.append((obj, shape, path))
        return self.shuffled(obj)

    def placed(self, shape, container, key, path, depth):
        value = self.value(shape, path, depth + 1)
        if shape.type_name == "structure" and shape.is_tagged_union:
            self.unions.append((container, key, shape, path))
        elif shape.type_name == "structure":
            self.nested_structures.append((container, key, shape, path))
        elif shape.type_name == "string" and shape.enum:
            self.enums.append((container, key, shape, path))
        elif shape.type_name == "timestamp":
            self.timestamps.append((container, key, shape, path))
        elif shape.type_name in ("float", "double"):
            self.floats.append((container, key, shape, path))
        if shape.type_name in ("string", "integer", "long", "boolean"):
            self.scalars.append((container, key, shape, path))
        return value

    def union(self, shape, path, depth):
        names = list(shape.members)
        obj = {}
        if self.rng.random() < self.knobs.get("unknown_member", 0.02):
            obj[self.unknown_name(shape)] = self.arbitrary(3)
        else:
            name = self.rng.choice(names)
            member = shape.members[name]
            wire = member.serialization.get("name", name)
            if (shape.name, name) in NEWER_MEMBERS:
                self.counts[f"{shape.name}.{name}"] += 1
            obj[wire] = self.placed(member, obj, wire, f"{path}.{wire}", depth)
        chosen = next(iter(obj))
        p_noise = self.knobs.get("union_noise", 0.1)
        for other in names:
            wire = shape.members[other].serialization.get("name", other)
            if wire != chosen and self.rng.random() < p_noise:
                obj[wire] = None
        if self.rng.random() < p_noise:
            obj[self.unknown_name(shape, avoid=chosen)] = None
        if self.rng.random() < p_noise:
            obj["__type"] = self.rng.choice(["com.amazonaws.cleanrooms#" + shape.name, shape.name, "", 7, None, {"x": 1}])
        return self.shuffled(obj)

    # -- scalars ------------------------------------------------------------------------

    def text(self, low, high):
        n = self.rng.randint(low, high)
        pools = [
            "abcdefghijklmnopqrstuvwxyz0123456789-_",
            "ABCXYZ :/.=*!",
            "\"\\\t\r\n\b\f\u0000\u001f",
            "éüßñøçå€£¥",
            "日本語中文한국어",
            "\U0001F600\U0001F680\U00010348",
        ]
        weights = [70, 10, 5, 6, 5, 4]
        return "".join(self.rng.choice(self.rng.choices(pools, weights)[0]) for _ in range(n))

    def unknown_enum_value(self):
        return self.rng.choice(["PAUSED", "QUEUED", "CR.16X", "AVRO", "MEDIAN", "success", "", "NO VALUE", self.text(1, 10)])

    def unknown_name(self, shape, avoid=None):
        """A member name the union does not have (and not `avoid`)."""
        known = {m.serialization.get("name", n) for n, m in shape.members.items()}
        while True:
            name = self.rng.choice(["warehouse", "stream", "glacier", "quantum", "futureMember", "x"]) + self.text(0, 4)
            if name not in known and name not in ("__type", "SDK_UNKNOWN_MEMBER", avoid):
                return name

    def arbitrary(self, depth):
        """Any JSON value but null (a null member is not set)."""
        choices = ["int", "float", "str", "bool", "list", "obj"] if depth > 0 else ["int", "float", "str", "bool"]
        kind = self.rng.choice(choices)
        if kind == "int":
            return self.rng.randint(-(2**63), 2**63 - 1)
        if kind == "float":
            return self.rng.uniform(-1e6, 1e6)
        if kind == "str":
            return self.text(0, 20)
        if kind == "bool":
            return self.rng.random() < 0.5
        if kind == "list":
            return [self.arbitrary(depth - 1) if self.rng.random() < 0.9 else None for _ in range(self.rng.randint(0, 4))]
        return {self.text(1, 8): self.arbitrary(depth - 1) for _ in range(self.rng.randint(0, 4))}

    def sprinkle(self, obj, p):
        """Members no model has: ignored by both readers."""
        if self.rng.random() < p:
            obj["unmodeled" + self.text(0, 6)] = self.arbitrary(2) if self.rng.random() < 0.9 else None
        if self.rng.random() < p / 2:
            obj["__type"] = "com.amazonaws.cleanrooms#Thing"

    def shuffled(self, obj):
        """The same dict, its keys reordered now and then (in place: its place is recorded)."""
        if self.rng.random() < 0.3:
            items = list(obj.items())
            self.rng.shuffle(items)
            obj.clear()
            obj.update(items)
        return obj

    def float(self, kind):
        limit = F32_MAX if kind == "float" else 1.7976931348623157e308
        r = self.rng.random()
        if r < self.knobs.get("float_special", 0.05):
            return self.rng.choice(["NaN", "Infinity", "-Infinity"])
        if r < 0.3:
            return self.rng.randint(-(10**6), 10**6)
        if r < 0.4:
            exponent = self.rng.randint(-40, 37) if kind == "float" else self.rng.randint(-300, 300)
            mantissa = f"{self.rng.uniform(1, 9.99):.{self.rng.randint(0, 8)}f}"
            sign = self.rng.choice(["", "-"])
            marker = self.rng.choice(["e", "E"]) + ("+" if exponent >= 0 and self.rng.random() < 0.3 else "")
            return Raw(f"{sign}{mantissa}{marker}{exponent}")
        if r < 0.45:
            return self.rng.choice([0.0, -0.0, 5e-324, limit, -limit, 1.1754943508222875e-38])
        value = self.rng.uniform(-1e4, 1e4)
        if kind == "float":
            value = struct.unpack("f", struct.pack("f", value))[0] if self.rng.random() < 0.5 else value
        return value

    # -- timestamps ---------------------------------------------------------------------

    def timestamp(self, form=None):
        """A timestamp in a random (or the given) form, and the form's name."""
        rng = self.rng
        whole = rng.randint(-2208988800, 4102444799)  # 1900 .. 2099
        precision = rng.choice(["s", "ms", "us"])
        micros = {"s": 0, "ms": rng.randint(0, 999) * 1000, "us": rng.randint(0, 999_999)}[precision]
        total_us = whole * 1_000_000 + micros
        forms = ["integer", "fraction", "exponent", "numeric_string", "rfc3339_z", "rfc3339_offset",
                 "iso_variant", "http_date"]
        form = form or rng.choice(forms)
        self.counts[f"timestamp form {form}"] += 1
        if form == "integer":
            return whole, form
        if form in ("fraction", "numeric_string", "exponent"):
            if micros == 0:
                micros = rng.randint(1, 999) * 1000
                total_us = whole * 1_000_000 + micros
            text = decimal_seconds(total_us)
            if form == "fraction":
                return Raw(text), form
            if form == "numeric_string":
                return text, form
            return Raw(exponent_form(total_us, rng)), form
        moment = UNIX_EPOCH + datetime.timedelta(microseconds=total_us)
        if form == "http_date":
            m = UNIX_EPOCH + datetime.timedelta(seconds=whole)
            return f"{WEEKDAYS[m.weekday()]}, {m.day:02d} {MONTHS[m.month - 1]} {m.year:04d} {m:%H:%M:%S} GMT", form
        offset_minutes = 0
        if form != "rfc3339_z":
            offset_minutes = rng.choice([0, 60, -480, 330, 345, -210, 840, -720, rng.randint(-1439, 1439)])
        local = moment + datetime.timedelta(minutes=offset_minutes)
        fraction = ""
        if micros or rng.random() < 0.2:
            digits = f"{micros:06d}"
            if precision == "ms" and rng.random() < 0.5:
                digits = digits[:3]
            elif rng.random() < 0.3:
                digits = digits + "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 6)))
            fraction = rng.choice([".", ","]) if form == "iso_variant" else "."
            fraction += digits
        sep, zulu = "T", "Z"
        if form == "iso_variant":
            sep = rng.choice(["T", "t", " "])
            zulu = rng.choice(["Z", "z"])
        clock = f"{local:%H:%M:%S}{fraction}"
        if form == "iso_variant" and not fraction and local.second == 0 and rng.random() < 0.5:
            clock = f"{local:%H:%M}"
        if offset_minutes == 0 and form != "rfc3339_offset":
            zone = zulu
        else:
            sign = "-" if offset_minutes < 0 else "+"
            h, m = divmod(abs(offset_minutes), 60)
            if form == "iso_variant":
                zone = rng.choice([f"{sign}{h:02d}{m:02d}", f"{sign}{h:02d}:{m:02d}"] + ([f"{sign}{h:02d}"] if m == 0 else []))
            else:
                zone = f"{sign}{h:02d}:{m:02d}"
        return f"{local:%Y-%m-%d}{sep}{clock}{zone}", form


def decimal_seconds(total_us):
    """`secs.ffffff` text of a microsecond count, trailing zeros dropped."""
    sign = "-" if total_us < 0 else ""
    whole, micros = divmod(abs(total_us), 1_000_000)
    text = f"{sign}{whole}.{micros:06d}".rstrip("0")
    return text[:-1] if text.endswith(".") else text


def exponent_form(total_us, rng):
    """The same number as `d.dddE<exp>`, e.g. 1.700000000123E9."""
    sign = "-" if total_us < 0 else ""
    digits = str(abs(total_us))
    exponent = len(digits) - 1 - 6
    mantissa = (digits[0] + "." + digits[1:]).rstrip("0").rstrip(".")
    return f"{sign}{mantissa}{rng.choice(['E', 'e'])}{exponent}"


# -- categories --------------------------------------------------------------------------

def category_knobs(category):
    return {
        "unknown_union_member": {"unknown_member": 0.5, "optional": 0.7},
        "union_null_siblings_and_type_key": {"union_noise": 0.7, "optional": 0.7},
        "unknown_enum_value": {"unknown_enum": 0.5, "optional": 0.7},
        "float_specials": {"float_special": 0.6, "optional": 0.9},
        "unmodeled_members": {"unmodeled": 0.7},
        "missing_required_members": {"optional": 0.7},
    }.get(category, {"optional": 0.6})


def make_body(rng, output_shape, category, counts):
    walk = Walk(rng, category_knobs(category), counts)
    root = walk.structure(output_shape, "", 0)
    fault_path, expect, note = None, "agree", None

    if category in ("invalid_union_zero_members", "invalid_union_two_members",
                    "invalid_union_not_an_object", "unknown_member_after_type_key_or_null",
                    "unknown_union_member"):
        if not walk.unions:
            return make_body(rng, output_shape, category, counts)
        container, key, shape, path = rng.choice(walk.unions)
        container[key] = broken_union(walk, shape, category)
        if category.startswith("invalid_union"):
            fault_path = path
    elif category == "unknown_enum_value" and walk.enums:
        container, key, _, _ = rng.choice(walk.enums)
        container[key] = walk.unknown_enum_value()
    elif category == "float_specials" and walk.floats:
        container, key, _, _ = rng.choice(walk.floats)
        container[key] = rng.choice(["NaN", "Infinity", "-Infinity"])
    elif category == "timestamp_forms" and walk.timestamps:
        container, key, _, _ = rng.choice(walk.timestamps)
        form = rng.choice(["integer", "fraction", "exponent", "numeric_string", "rfc3339_z",
                           "rfc3339_offset", "iso_variant", "http_date"])
        container[key], _ = walk.timestamp(form)
    elif category == "invalid_timestamp" and walk.timestamps:
        container, key, _, path = rng.choice(walk.timestamps)
        container[key] = rng.choice(BAD_TIMESTAMPS)
        fault_path = path
    elif category == "missing_required_members":
        candidates = [(obj, shape, path) for obj, shape, path in walk.structures if shape.required_members]
        for obj, shape, path in rng.sample(candidates, min(len(candidates), rng.randint(1, 3))):
            for name in rng.sample(shape.required_members, rng.randint(1, len(shape.required_members))):
                wire = shape.members[name].serialization.get("name", name)
                if rng.random() < 0.5:
                    obj.pop(wire, None)
                else:
                    obj[wire] = None
    elif category == "wrong_scalar_type" and walk.scalars:
        # botocore converts, passes through or fails; we report the member by its path.
        container, key, shape, path = rng.choice(walk.scalars)
        container[key] = rng.choice(WRONG_TYPES[shape.type_name])
        fault_path, expect, note = path, EXPECT_OURS_ERROR, f"{shape.type_name} of another JSON type"
    elif category == "lone_surrogate" and walk.scalars:
        strings = [s for s in walk.scalars if s[2].type_name == "string" and not s[2].enum]
        if strings:
            container, key, shape, path = rng.choice(strings)
            container[key] = Raw(json.dumps(walk.text(0, 5)) [:-1] + rng.choice(["\\ud800", "\\udfff", "\\udbff\\u0041"]) + '"')
            fault_path, expect, note = path, EXPECT_OURS_ERROR_BOTOCORE_OK, "lone surrogate escape"
    elif category == "structure_not_an_object" and walk.nested_structures:
        # serde's derive would fill a struct from an array by position; neither reader may.
        container, key, _, path = rng.choice(walk.nested_structures)
        container[key] = rng.choice([[], [walk.text(0, 5)], ["a", "b", 1, True], "x", 5, True])
        fault_path = path
    elif category == "top_level_not_an_object":
        return Body(category, rng.choice([b"[]", b"null", b'"text"', b"5", b"true", b"[{}]"]))
    elif category == "empty_body":
        return Body(category, rng.choice([b"", b"{}", b'{"protectedQuery":{}}', b'{"protectedQuery":null}']))

    data = encode(root, rng).encode("utf-8")
    if category == "non_utf8":
        data = break_utf8(data, rng)
    elif category == "not_json":
        data, note = not_json(data, rng)
        expect = EXPECT_OURS_ERROR_BOTOCORE_OK
    return Body(category, data, fault_path, expect, note)


def broken_union(walk, shape, category):
    rng = walk.rng
    names = [m.serialization.get("name", n) for n, m in shape.members.items()]
    if category == "invalid_union_zero_members":
        return rng.choice([
            {},
            {n: None for n in names},
            {"__type": shape.name},
            {"__type": "x", rng.choice(names): None, walk.unknown_name(shape): None},
        ])
    if category == "invalid_union_two_members":
        members = list(shape.members)
        known = lambda name: (shape.members[name].serialization.get("name", name), walk.value(shape.members[name], "", 1))
        choice = rng.random()
        if choice < 0.4 and len(members) > 1:
            pair = dict(known(name) for name in rng.sample(members, 2))
        elif choice < 0.8:
            pair = dict([known(rng.choice(members)), (walk.unknown_name(shape), walk.arbitrary(2))])
        else:
            unknown = walk.unknown_name(shape)
            pair = {unknown: walk.arbitrary(1), unknown + "Too": walk.arbitrary(1)}
        if rng.random() < 0.3:
            pair["__type"] = "x"
        if rng.random() < 0.3:
            pair[walk.unknown_name(shape) + "Null"] = None
        return walk.shuffled(pair)
    if category == "invalid_union_not_an_object":
        return rng.choice([[], [{}], "s3", "", 5, 1.5, True, False])
    if category == "unknown_member_after_type_key_or_null":
        # botocore names the first raw key (`__type` or the null member) here.
        first = rng.choice(["__type", rng.choice(names), walk.unknown_name(shape)])
        union = {first: "com.amazonaws.cleanrooms#X" if first == "__type" else None}
        if rng.random() < 0.3:
            union[rng.choice(names)] = None
        union[walk.unknown_name(shape) + "Later"] = walk.arbitrary(3)
        return union
    # unknown_union_member
    union = {walk.unknown_name(shape): walk.arbitrary(3)}
    if rng.random() < 0.3:
        union[rng.choice(names)] = None
    return union


WRONG_TYPES = {
    "string": [5, 1.5, True, [], {"a": 1}],
    "integer": ["5", 1.5, Raw("5.0"), True, [], {}],
    "long": ["5", 1.5, Raw("5.0"), False, [], {}],
    "boolean": ["true", 1, 0, [], {}],
}

BAD_TIMESTAMPS = [
    "yesterday", "", "2023-13-01T00:00:00Z", "2023-02-30T00:00:00Z", "2023-11-14T23:59:60Z",
    "2023-11-14T24:00:00Z", "0000-01-01T00:00:00Z", "NaN",
    "Infinity", "1e13", Raw("1e13"), Raw("-1e13"), Raw("253402300800"), [1700000000],
    {"seconds": 1700000000}, "2023-11-14T22:13:20.Z", "tomorrow at noon",
]


def break_utf8(data, rng):
    """Invalid UTF-8 inside a string or between tokens."""
    bad = rng.choice([b"\xff", b"\xc3\x28", b"\xe2\x82", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80"])
    quote = data.find(b'"', rng.randint(0, max(0, len(data) - 1)))
    at = quote + 1 if quote >= 0 and rng.random() < 0.8 else rng.randint(0, len(data))
    return data[:at] + bad + data[at:]


def not_json(data, rng):
    """Bodies that are not JSON; Python's json module reads some of them (NaN literals)."""
    kind = rng.choice(["truncated", "html", "blank", "trailing", "nan_literal", "single_quotes"])
    if kind == "truncated":
        # Cut between characters: a cut inside one is not UTF-8, which botocore rejects too.
        text = data.decode("utf-8")
        return text[: rng.randint(1, max(1, len(text) - 1))].encode("utf-8"), kind
    if kind == "html":
        return b"<html><body><h1>502 Bad Gateway</h1></body></html>", kind
    if kind == "blank":
        return rng.choice([b" ", b"\t", b"  \r"]), kind
    if kind == "trailing":
        return data + rng.choice([b" {}", b"x", b",", b"]"]), kind
    if kind == "nan_literal":
        return b'{"protectedQuery":{"statistics":{"billedResourceUtilization":{"units":' + rng.choice([b"NaN", b"Infinity", b"-Infinity"]) + b"}}}}", kind
    return b"{'protectedQuery': {}}", kind


def large_bodies(rng):
    """A few bodies of megabytes: a long query string, a huge member list and parameter map."""
    members = ",".join('{"accountId":"%012d"}' % i for i in range(120_000))
    params = ",".join('"p%d":"%s"' % (i, "v" * 40) for i in range(30_000))
    query = "SELECT " + "x" * 499_990
    bodies = [
        '{"protectedQuery":{"id":"q","status":"SUCCESS","createTime":1700000000,"result":{"output":{"memberList":[%s]}}}}' % members,
        '{"protectedQuery":{"sqlParameters":{"queryString":"%s","parameters":{%s}}}}' % (query, params),
    ]
    return [Body("large_body", b.encode()) for b in bodies]


def generate(output_shape, n, seed, counts):
    rng = random.Random(seed)
    names, weights = zip(*CATEGORIES.items())
    bodies = [make_body(rng, output_shape, rng.choices(names, weights)[0], counts) for _ in range(n)]
    return bodies + large_bodies(rng)
