"""Random response bodies for any JSON or CBOR service, from botocore's model of it.

The walk is `generate.Walk` (the Clean Rooms suite's), taught what other services hold:
blobs, documents, recursive shapes (a depth and size budget), members outside the body,
and the CBOR wire forms (tag 1 timestamps, byte strings, native float specials). A body is
built as a Python value and then encoded: JSON text for `rest-json` and `json`, CBOR (cbor2)
for `smithy-rpc-v2-cbor`.
"""

import base64
import json
import math

import cbor2

import generate

# Categories and their share of the bodies (the Clean Rooms suite's that make sense for any
# shape; the JSON text faults stay there).
CATEGORIES = {
    "valid_random": 30,
    "unknown_union_member": 10,
    "union_null_siblings_and_type_key": 8,
    "unknown_member_after_type_key_or_null": 5,
    "unknown_enum_value": 6,
    "float_specials": 5,
    "timestamp_forms": 8,
    "unmodeled_members": 5,
    "missing_required_members": 7,
    "invalid_union_zero_members": 4,
    "invalid_union_two_members": 4,
    "invalid_union_not_an_object": 4,
    "structure_not_an_object": 2,
}

MAX_DEPTH = 7  # past this, optional members are left out and lists and maps are empty
MAX_NODES = 400  # a body's size budget, for the same reason
CBOR = "smithy-rpc-v2-cbor"


class ServiceWalk(generate.Walk):
    def __init__(self, rng, knobs, counts, protocol):
        super().__init__(rng, knobs, counts)
        self.protocol = protocol
        self.nodes = 0
        self.in_map = 0
        self.map_paths = set()  # wire paths of values placed inside a map value
        self.union_shapes = set()  # names of the unions placed with a known member

    def tight(self, depth):
        return depth > MAX_DEPTH or self.nodes > MAX_NODES

    def value(self, shape, path, depth=0):
        self.nodes += 1
        kind = shape.type_name
        if kind == "structure" and shape.metadata.get("document"):
            self.counts["value: document"] += 1
            return self.arbitrary(2 if not self.tight(depth) else 0)
        if kind == "blob":
            self.counts["value: blob"] += 1
            data = bytes(self.rng.randrange(256) for _ in range(self.rng.randint(0, 24)))
            return data if self.protocol == CBOR else base64.b64encode(data).decode("ascii")
        if kind == "timestamp":
            return self.timestamp()[0]
        if kind == "list" and self.tight(depth):
            items = [None] * shape.metadata.get("min", 0)
            for i in range(len(items)):
                items[i] = self.placed(shape.member, items, i, f"{path}[{i}]", depth)
            return items
        if kind == "map":
            if self.tight(depth):
                return {}
            self.in_map += 1
            try:
                return super().value(shape, path, depth)
            finally:
                self.in_map -= 1
        return super().value(shape, path, depth)

    def structure(self, shape, path, depth):
        obj = {}
        p_optional = 0.0 if self.tight(depth) else self.knobs.get("optional", 0.5)
        for name, member in shape.members.items():
            if not in_body(member):
                continue
            wire = wire_name(self.protocol, member, name)
            required = name in shape.required_members
            if not required and self.rng.random() > p_optional:
                if self.rng.random() < 0.05:
                    obj[wire] = None
                continue
            obj[wire] = self.placed(member, obj, wire, f"{path}.{wire}" if path else wire, depth)
        self.sprinkle(obj, self.knobs.get("unmodeled", 0.08))
        self.structures.append((obj, shape, path))
        return self.shuffled(obj)

    def union(self, shape, path, depth):
        if depth > 3:
            self.counts["value: union nested deeper than 3"] += 1
        names = [n for n in shape.members if in_body(shape.members[n])]
        obj = {}
        if self.rng.random() < self.knobs.get("unknown_member", 0.02):
            obj[self.unknown_name(shape)] = self.arbitrary(3)
        else:
            if self.tight(depth):
                leaves = [n for n in names if not is_container(shape.members[n])]
                names = leaves or names
            name = self.rng.choice(names)
            wire = wire_name(self.protocol, shape.members[name], name)
            obj[wire] = self.placed(shape.members[name], obj, wire, f"{path}.{wire}", depth)
        chosen = next(iter(obj))
        p_noise = self.knobs.get("union_noise", 0.1)
        for other in shape.members:
            wire = wire_name(self.protocol, shape.members[other], other)
            if wire != chosen and self.rng.random() < p_noise:
                obj[wire] = None
        if self.rng.random() < p_noise:
            obj[self.unknown_name(shape, avoid=chosen)] = None
        if self.rng.random() < p_noise:
            obj["__type"] = self.rng.choice(["com.amazonaws.x#" + shape.name, shape.name, "", 7, None, {"x": 1}])
        return self.shuffled(obj)

    def placed(self, shape, container, key, path, depth):
        if self.in_map:
            self.map_paths.add(path)
        return super().placed(shape, container, key, path, depth)

    def float(self, kind):
        value = super().float(kind)
        if value in ("NaN", "Infinity", "-Infinity"):
            self.counts["value: float special"] += 1
        if self.protocol != CBOR:
            return value
        if isinstance(value, generate.Raw):
            return float(json.loads(value.text))
        if isinstance(value, str):
            return {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}[value]
        return value

    def timestamp(self, form=None):
        if self.protocol != CBOR:
            return super().timestamp(form)
        whole = self.rng.randint(-2208988800, 4102444799)
        form = form or self.rng.choice(["integer", "millis"])
        self.counts[f"timestamp form cbor {form}"] += 1
        if form == "integer":
            return cbor2.CBORTag(1, whole), form
        return cbor2.CBORTag(1, whole + self.rng.randint(1, 999) / 1000), form


def wire_name(protocol, member, name):
    """The member's key: `locationName` (jsonName) in JSON; always the member name in CBOR."""
    if protocol == CBOR:
        return name
    return member.serialization.get("name", name)


def in_body(member):
    """False for members bound to HTTP headers, the status code and so on, or event streams."""
    if member.serialization.get("location") or member.serialization.get("eventstream"):
        return False
    if member.type_name == "structure" and member.serialization.get("eventstream"):
        return False
    return True


def is_container(shape):
    return shape.type_name in ("structure", "list", "map") and not shape.metadata.get("document")


def make_body(rng, root, category, counts, protocol):
    """(category, value, fault path, fault under a map, fault on a member-less structure,
    union names placed) for one body."""
    walk = ServiceWalk(rng, generate.category_knobs(category), counts, protocol)
    holder = {}
    holder["$"] = walk.placed(root, holder, "$", "", 0)
    for _, _, shape, _ in walk.unions:
        walk.union_shapes.add(shape.name)
    fault_path, fault_under_map, fault_empty_structure = None, False, False

    if category in ("invalid_union_zero_members", "invalid_union_two_members",
                    "invalid_union_not_an_object", "unknown_member_after_type_key_or_null",
                    "unknown_union_member"):
        if not walk.unions:
            category = "valid_random"
        else:
            container, key, shape, path = rng.choice(walk.unions)
            fault_under_map = path in walk.map_paths
            container[key] = generate.broken_union(walk, shape, category)
            if category.startswith("invalid_union"):
                fault_path = path
    elif category == "unknown_enum_value" and walk.enums:
        container, key, _, _ = rng.choice(walk.enums)
        container[key] = walk.unknown_enum_value()
    elif category == "float_specials" and walk.floats:
        container, key, shape, _ = rng.choice(walk.floats)
        special = rng.choice(["NaN", "Infinity", "-Infinity"])
        container[key] = float(special) if protocol == CBOR else special
    elif category == "timestamp_forms" and walk.timestamps:
        container, key, _, _ = rng.choice(walk.timestamps)
        container[key], _ = walk.timestamp()
    elif category == "missing_required_members":
        candidates = [(obj, shape, path) for obj, shape, path in walk.structures if shape.required_members]
        for obj, shape, path in rng.sample(candidates, min(len(candidates), rng.randint(1, 3))):
            for name in rng.sample(shape.required_members, rng.randint(1, len(shape.required_members))):
                if not in_body(shape.members[name]):
                    continue
                wire = wire_name(protocol, shape.members[name], name)
                if rng.random() < 0.5:
                    obj.pop(wire, None)
                else:
                    obj[wire] = None
    elif category == "structure_not_an_object" and walk.nested_structures:
        container, key, shape, path = rng.choice(walk.nested_structures)
        fault_empty_structure = not any(in_body(m) for m in shape.members.values())
        fault_under_map = path in walk.map_paths
        container[key] = rng.choice([[], [walk.text(0, 5)], ["a", "b", 1, True], "x", 5, True])
        fault_path = path
    if fault_path:
        fault_path = fault_path.lstrip(".")
    return category, holder["$"], fault_path, fault_under_map, fault_empty_structure, walk.union_shapes


def encode(value, protocol, rng):
    """The body's bytes."""
    if protocol == CBOR:
        return cbor2.dumps(value)
    return generate.encode(value, rng).encode("utf-8")
