"""The decoder program of the all-services run: one crate, one generated module a service.

`build` runs aws-union-codegen once per service (`--shape` for every root, `--docs facts`),
writes `src/<service>.rs` and a `main.rs` that dispatches on `service type` to the generated
type, and builds it (files are rewritten only when they change, so a second run builds
nothing). The program reads lines `module Type base64(body)` and writes, per line,
`{"ok": <the value written back as JSON>}` or `{"error": "<path>: <message>"}`.
"""

import base64
import os
import re
import shutil
import subprocess
import sys

import botocore

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CBOR = "smithy-rpc-v2-cbor"

CARGO_TOML = """[package]
name = "all-services-decoder-{label}"
version = "0.0.0"
edition = "2021"
publish = false

# Not a member of the repository's workspace.
[workspace]

[dependencies]
aws-union = {{ path = "{repo}", features = ["json"] }}
serde = "1"
serde_json = {{ version = "1", features = ["float_roundtrip"] }}
ciborium = "0.2"
serde_path_to_error = "0.1"
base64 = "0.22"

[profile.dev]
debug = 0
"""

MAIN_HEAD = """//! Decodes `module Type base64(body)` lines into generated models; see decoder_crate.py.
#![allow(dead_code, clippy::all)]

use std::io::{self, BufRead, BufWriter, Write};

use base64::Engine;
use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer, Serialize};

/// The value, or the error with the path serde_path_to_error tracked.
struct Tracked<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Tracked<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut track = serde_path_to_error::Track::new();
        match T::deserialize(serde_path_to_error::Deserializer::new(deserializer, &mut track)) {
            Ok(value) => Ok(Tracked(value)),
            Err(error) => Err(D::Error::custom(format!("{}: {}", track.path(), error))),
        }
    }
}

fn write<T: Serialize>(result: Result<T, String>, out: &mut Vec<u8>) {
    let start = out.len();
    if let Ok(value) = &result {
        out.extend_from_slice(b"{\\"ok\\":");
        if serde_json::to_writer(&mut *out, value).is_ok() {
            out.push(b'}');
            return;
        }
        out.truncate(start);
    }
    let message = match result {
        Ok(_) => "cannot write the value back as JSON".to_owned(),
        Err(message) => message,
    };
    serde_json::to_writer(&mut *out, &serde_json::json!({ "error": message })).expect("a string writes");
}

fn json<T: DeserializeOwned + Serialize>(body: &[u8], out: &mut Vec<u8>) {
    write(serde_json::from_slice::<Tracked<T>>(body).map(|t| t.0).map_err(|e| e.to_string()), out)
}

fn cbor<T: DeserializeOwned + Serialize>(body: &[u8], out: &mut Vec<u8>) {
    let result = ciborium::de::from_reader::<Tracked<T>, _>(body).map(|t| t.0).map_err(|e| match e {
        ciborium::de::Error::Semantic(_, message) => message,
        other => format!("{other:?}"),
    });
    write(result, out)
}

fn main() -> io::Result<()> {
    let input = io::stdin().lock();
    let mut output = BufWriter::new(io::stdout().lock());
    let mut out = Vec::new();
    for line in input.lines() {
        let line = line?;
        let mut parts = line.splitn(3, ' ');
        let (module, ty, body) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        let body = base64::engine::general_purpose::STANDARD.decode(body).unwrap_or_default();
        out.clear();
        if !dispatch(module, ty, &body, &mut out) {
            write::<()>(Err(format!("no type {module}::{ty}")), &mut out);
        }
        out.push(b'\\n');
        output.write_all(&out)?;
    }
    output.flush()
}
"""

DOC_LINE = re.compile(r"^/// The `([^`]+)` (?:structure|union|enum|string enum|document)")
ITEM = re.compile(r"^pub (?:struct|enum) (\w+)")


def module_name(service):
    return "s_" + re.sub(r"[^a-z0-9]", "_", service.lower())


def model_path(model):
    data = os.path.join(os.path.dirname(botocore.__file__), "data", model.service_name, model.api_version)
    for name in ("service-2.json", "service-2.json.gz"):
        if os.path.exists(os.path.join(data, name)):
            return os.path.join(data, name)
    raise FileNotFoundError(data)


def type_names(code):
    """shape name -> Rust type name, from the generated docs (`/// The `X` ...` then the item)."""
    names, pending = {}, None
    for line in code.splitlines():
        doc = DOC_LINE.match(line)
        if doc:
            pending = doc.group(1)
            continue
        item = ITEM.match(line)
        if item:
            names[pending or item.group(1)] = item.group(1)
            pending = None
    return names


def write_if_changed(path, text):
    if os.path.exists(path):
        with open(path) as f:
            if f.read() == text:
                return
    with open(path, "w") as f:
        f.write(text)


def build(codegen, crate, services, compile=True):
    """Generate and build; returns (binary, {service: {shape: "module::Type"}})."""
    os.makedirs(os.path.join(crate, "src"), exist_ok=True)
    write_if_changed(os.path.join(crate, "Cargo.toml"), CARGO_TOML.format(repo=REPO, label=os.path.basename(crate)))
    if not os.path.exists(os.path.join(crate, "Cargo.lock")):
        shutil.copy(os.path.join(REPO, "Cargo.lock"), os.path.join(crate, "Cargo.lock"))
    types, mods, arms = {}, [], []
    for service, model, roots in services:
        module = module_name(service)
        command = [codegen, "--model", model_path(model), "--docs", "facts"]
        for root in roots:
            command += ["--shape", root.name]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            print(f"codegen failed for {service}: {done.stderr.strip()}", file=sys.stderr)
            types[service] = {}
            continue
        write_if_changed(os.path.join(crate, "src", module + ".rs"), done.stdout)
        names = type_names(done.stdout)
        mods.append(f"mod {module};")
        reader = "cbor" if model.protocol == CBOR else "json"
        types[service] = {}
        for root in roots:
            rust = names.get(root.name)
            if rust is None:
                continue
            types[service][root.name] = f"{module} {rust}"
            arms.append(f'        ("{module}", "{rust}") => {reader}::<{module}::{rust}>(body, out),')
    main = (MAIN_HEAD + "\n" + "\n".join(mods) + "\n\nfn dispatch(module: &str, ty: &str, body: &[u8], out: &mut Vec<u8>) -> bool {\n"
            "    match (module, ty) {\n" + "\n".join(arms) + "\n        _ => return false,\n    }\n    true\n}\n")
    write_if_changed(os.path.join(crate, "src", "main.rs"), main)
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(REPO, "target")
    if compile:
        # The repository's target directory (or CARGO_TARGET_DIR): dependencies built once.
        subprocess.run(["cargo", "build", "--quiet", "--manifest-path", os.path.join(crate, "Cargo.toml"),
                        "--target-dir", target], check=True)
    return os.path.join(target, "debug", "all-services-decoder-" + os.path.basename(crate)), types


def run(decoder, bodies, crate):
    """Our readings, one per body: ("ok", value) or ("error", message)."""
    import json

    path = os.path.join(crate, "bodies.txt")
    with open(path, "w") as f:
        for body in bodies:
            f.write(f"{body['rust']} {base64.b64encode(body['data']).decode('ascii')}\n")
    with open(path, "rb") as stdin:
        done = subprocess.run([decoder], stdin=stdin, stdout=subprocess.PIPE, check=True)
    lines = done.stdout.decode("utf-8").splitlines()
    if len(lines) != len(bodies):
        sys.exit(f"the decoder wrote {len(lines)} lines for {len(bodies)} bodies")
    results = []
    for line in lines:
        (kind, value), = json.loads(line).items()
        results.append((kind, value))
    return results
