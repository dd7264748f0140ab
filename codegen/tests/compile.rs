//! Generated code compiles in a crate of its own under `#![deny(warnings, missing_docs)]`,
//! documents with rustdoc warnings denied, and is usable from outside that crate: values are
//! built from `Default` and assigned fields, and round-trip through JSON; the operations build
//! requests and read responses (`tests/generated/operations.rs`, run in that crate).
//!
//! Modules compiled: `tests/models/every-rule.json` (a model with one shape per rule) in both
//! docs modes, and as body types only with borrowed strings; `tests/models/operations-{json,
//! cbor,rest}.json`, operations of awsJson1_1, of query-compatible rpcv2Cbor and of restJson1
//! with every binding; and, when `BOTOCORE_DATA` points at botocore's data directory, Clean
//! Rooms `UpdateProtectedQuery` (facts), Bedrock Runtime `Converse` (model docs), and every
//! operation of DynamoDB (awsJson1_0), Lambda (restJson1) and CloudWatch in CBOR (model
//! docs). The crate is built under `CARGO_TARGET_TMPDIR`, with its own target directory, as
//! trybuild does.
mod common;
use std::path::{Path, PathBuf};
use std::process::Command;

use aws_union_codegen::{DocsMode, Generator, ProtocolChoice, Strings};

const EVERY_RULE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/models/every-rule.json");
const OPERATIONS_JSON: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/models/operations-json.json"
);
const OPERATIONS_CBOR: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/models/operations-cbor.json"
);
const OPERATIONS_REST: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/models/operations-rest.json"
);
/// Tests run in the generated crate, against its modules: `tests/generated/NAME.rs`.
const GENERATED_TESTS: [&str; 4] = [
    "operations",
    "operations_rest",
    "nested_checks",
    "auth_and_compression",
];

/// Crate-level docs with a doctest that uses the generated types as a user would.
const LIB_DOCS: &str = r##"//! Generated models, compiled by aws-union-codegen's tests.
//!
//! ```
//! use generated_models::every_rule::{Expr, Kind, Thing};
//! let mut thing = Thing::default();
//! thing.name = "widget".into();
//! thing.kind = Kind::Large;
//! thing.expr = Some(Expr::Sum(vec![Expr::Value(1), Expr::Negate(Box::new(Expr::Value(2)))]));
//! thing.r#type = Some("plain".into());
//! let json = serde_json::to_string(&thing).unwrap();
//! assert!(json.contains(r#""kind":"LARGE""#), "{json}");
//! let back: Thing = serde_json::from_str(&json).unwrap();
//! assert!(back == thing);
//! let unknown: Expr = serde_json::from_str(r#"{"power": [2, 3]}"#).unwrap();
//! assert!(matches!(unknown, Expr::SdkUnknownMember { ref name, .. } if name == "power"));
//! ```
//!
//! With borrowed strings, a value read from JSON holds the body's strings without copies:
//!
//! ```
//! use generated_models::every_rule_borrowed::{Expr, Thing};
//! let body = String::from(r#"{"name": "widget", "type": "pl\"ain", "expr": {"self": "me"}}"#);
//! let thing: Thing<'_> = serde_json::from_str(&body).unwrap();
//! assert!(thing.name.is_borrowed() && thing.name == "widget");
//! assert!(thing.r#type.as_ref().is_some_and(|t| !t.is_borrowed() && t == "pl\"ain"));
//! assert!(matches!(thing.expr, Some(Expr::SelfValue(ref s)) if s.is_borrowed()));
//! ```
#![deny(warnings, missing_docs)]
"##;

fn botocore_model(service: &str) -> Option<PathBuf> {
    let data = PathBuf::from(std::env::var_os("BOTOCORE_DATA")?);
    let mut versions: Vec<PathBuf> = std::fs::read_dir(data.join(service))
        .ok()?
        .map(|e| e.unwrap().path())
        .collect();
    versions.sort();
    let version = versions.pop()?;
    ["service-2.json", "service-2.json.gz"]
        .iter()
        .map(|f| version.join(f))
        .find(|p| p.exists())
}

fn modules() -> Vec<(&'static str, Generator)> {
    let mut modules = vec![
        (
            "every_rule",
            Generator::from_path(EVERY_RULE).types_only(true),
        ),
        (
            "every_rule_facts",
            Generator::from_path(EVERY_RULE)
                .docs(DocsMode::Facts)
                .types_only(true),
        ),
        (
            "every_rule_borrowed",
            Generator::from_path(EVERY_RULE)
                .strings(Strings::Borrowed)
                .types_only(true),
        ),
        ("operations_json", Generator::from_path(OPERATIONS_JSON)),
        (
            "operations_cbor",
            Generator::from_path(OPERATIONS_CBOR).docs(DocsMode::Facts),
        ),
        ("operations_rest", Generator::from_path(OPERATIONS_REST)),
    ];
    let real = [
        (
            "cleanrooms_update_protected_query",
            "cleanrooms",
            Some("UpdateProtectedQuery"),
            DocsMode::Facts,
        ),
        (
            "bedrock_runtime_converse",
            "bedrock-runtime",
            Some("Converse"),
            DocsMode::Model,
        ),
        ("dynamodb", "dynamodb", None, DocsMode::Model),
        ("lambda", "lambda", None, DocsMode::Model),
        ("cloudwatch_cbor", "cloudwatch", None, DocsMode::Model),
    ];
    for (module, service, operation, docs) in real {
        let Some(path) = botocore_model(service) else {
            eprintln!(
                "note: BOTOCORE_DATA is not set or has no {service}; its module is not compiled"
            );
            continue;
        };
        let mut generator = Generator::from_path(path).docs(docs);
        match operation {
            Some(operation) => generator = generator.operation(operation),
            None if service == "cloudwatch" => generator = generator.protocol(ProtocolChoice::Cbor),
            None => {}
        }
        modules.push((module, generator));
    }
    modules
}

fn cargo(dir: &Path, args: &[&str], rustdocflags: &str) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env("RUSTDOCFLAGS", rustdocflags)
        .env_remove("RUSTFLAGS")
        .status()
        .unwrap();
    assert!(
        status.success(),
        "cargo {args:?} failed in {}",
        dir.display()
    );
}

#[test]
fn generated_code_compiles_without_warnings_or_missing_docs() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("generated-models");
    std::fs::create_dir_all(&dir).unwrap();
    let manifest = format!(
        r#"[package]
name = "generated-models"
version = "0.0.0"
edition = "2021"
publish = false

[lib]
path = "lib.rs"

[dependencies]
aws-union = {{ path = "{0}", features = ["json"] }}
aws-union-client = {{ path = "{0}/client", features = ["cbor", "gzip"] }}
serde = "1"
serde_json = "1"

[dev-dependencies]
base64 = "0.22"
ciborium = "0.2"
flate2 = {{ version = "1", default-features = false, features = ["rust_backend"] }}

[workspace]
"#,
        workspace.display()
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    if !dir.join("Cargo.lock").exists() {
        std::fs::copy(workspace.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    }
    let mut lib = LIB_DOCS.to_owned();
    for (module, generator) in modules() {
        let code = generator
            .generate_string()
            .unwrap_or_else(|e| panic!("{module}: {e}"));
        std::fs::write(dir.join(format!("{module}.rs")), code).unwrap();
        lib.push_str(&format!("pub mod {module};\n"));
    }
    std::fs::write(dir.join("lib.rs"), lib).unwrap();
    std::fs::create_dir_all(dir.join("tests")).unwrap();
    for name in GENERATED_TESTS {
        let source = format!("{}/tests/generated/{name}.rs", env!("CARGO_MANIFEST_DIR"));
        std::fs::copy(source, dir.join(format!("tests/{name}.rs"))).unwrap();
    }
    cargo(&dir, &["build", "--quiet"], "");
    cargo(&dir, &["doc", "--quiet", "--no-deps"], "-D warnings");
    cargo(&dir, &["test", "--quiet"], "");
}
