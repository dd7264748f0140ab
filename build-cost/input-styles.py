#!/usr/bin/env python3
"""Writes the three forms of a generated module that build-cost/inputs.sh compares: the module
as generated (setters on the structures inputs reach), the module without those setters, and
the alternative style: a separate builder type per such structure (aws-sdk-rust's shape) in its
cheapest form: it wraps the structure, carries the same setters, and `build()` unwraps it
(aws-sdk-rust's builders also copy every field, which costs more).

    input-styles.py MODULE.rs OUT_DIR   -> OUT_DIR/{setters,none,builders}.rs
"""
import re
import sys

source, out = sys.argv[1], sys.argv[2]
text = open(source).read()
lines = text.split("\n")

# Structure names: `pub struct Name {`.
structs = set(re.findall(r"^pub struct (\w+) \{$", text, re.M))

# Setter blocks: `impl Name {` (Name a structure) to `}` at column 0.
blocks, kept, i = [], [], 0
while i < len(lines):
    m = re.match(r"impl (\w+) \{$", lines[i])
    setters_start = i + 1 < len(lines) and lines[i + 1].startswith(("    /// Sets `", "    /// Adds "))
    if m and m.group(1) in structs and setters_start:
        j = i
        while lines[j] != "}":
            j += 1
        blocks.append((m.group(1), lines[i : j + 1]))
        i = j + 1
        continue
    kept.append(lines[i])
    i += 1

open(f"{out}/setters.rs", "w").write(text)
open(f"{out}/none.rs", "w").write("\n".join(kept))

builders = []
for name, block in blocks:
    builders.append(f"/// Builds a [`{name}`].")
    builders.append("#[derive(Clone, Debug, Default)]")
    builders.append(f"pub struct {name}Builder {{")
    builders.append(f"    inner: {name},")
    builders.append("}")
    builders.append(f"impl {name} {{")
    builders.append(f"    /// A builder of [`{name}`] with nothing set.")
    builders.append(f"    pub fn builder() -> {name}Builder {{")
    builders.append(f"        {name}Builder::default()")
    builders.append("    }")
    builders.append("}")
    builders.append(f"impl {name}Builder {{")
    builders.extend(line.replace("self.", "self.inner.") for line in block[1:-1])
    builders.append(f"    /// The [`{name}`] built.")
    builders.append(f"    pub fn build(self) -> {name} {{")
    builders.append("        self.inner")
    builders.append("    }")
    builders.append("}")
open(f"{out}/builders.rs", "w").write("\n".join(kept + builders))
print(f"{len(blocks)} structures with setters")
