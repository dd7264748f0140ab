//! Small inline models for the tests.
#![allow(dead_code)]

pub mod botocore_sdist;

use aws_union_codegen::{DocsMode, Generator};

/// A model of `protocol` with these shapes and operations (JSON object bodies).
pub fn model_with(protocol: &str, service_id: &str, operations: &str, shapes: &str) -> Vec<u8> {
    format!(
        r#"{{"metadata": {{"apiVersion": "2024-01-01", "protocol": "{protocol}",
              "serviceFullName": "Example Service", "serviceId": "{service_id}"}},
            "operations": {{{operations}}},
            "shapes": {{{shapes}}}}}"#
    )
    .into_bytes()
}

/// A rest-json model with these shapes.
pub fn model(shapes: &str) -> Vec<u8> {
    model_with("rest-json", "Example", "", shapes)
}

/// Generated source (facts docs) of a rest-json model with these shapes.
pub fn generate(shapes: &str) -> String {
    Generator::from_bytes(&model(shapes), "test.json")
        .docs(DocsMode::Facts)
        .generate_string()
        .unwrap_or_else(|e| panic!("generation failed: {e}"))
}

/// The plan of a rest-json model with these shapes.
pub fn plan(shapes: &str) -> aws_union_codegen::plan::Plan {
    Generator::from_bytes(&model(shapes), "test.json")
        .docs(DocsMode::Facts)
        .plan()
        .unwrap_or_else(|e| panic!("planning failed: {e}"))
}

/// The fields of the structure generated for `shape`.
pub fn fields<'p>(
    plan: &'p aws_union_codegen::plan::Plan,
    shape: &str,
) -> &'p [aws_union_codegen::plan::Field] {
    use aws_union_codegen::plan::ItemKind;
    match &plan
        .item(shape)
        .unwrap_or_else(|| panic!("no item for {shape}"))
        .kind
    {
        ItemKind::Structure(fields) | ItemKind::Union(fields) => fields,
        ItemKind::Enum(_) => panic!("{shape} is an enum"),
    }
}

/// Asserts that `haystack` contains `needle`, printing the haystack when it does not.
#[track_caller]
pub fn assert_contains(haystack: &str, needle: &str) {
    assert!(
        haystack.contains(needle),
        "expected to find\n{needle}\nin\n{haystack}"
    );
}

/// Asserts that `haystack` does not contain `needle`.
#[track_caller]
pub fn assert_lacks(haystack: &str, needle: &str) {
    assert!(
        !haystack.contains(needle),
        "did not expect\n{needle}\nin\n{haystack}"
    );
}

/// Every `///` doc line of `code`, joined with spaces (so wrapping does not matter).
pub fn doc_text(code: &str) -> String {
    let lines: Vec<&str> = code
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("/// "))
        .collect();
    lines.join(" ")
}

/// Fails unless `rustfmt --check` (edition 2021; `RUSTFMT` names another binary) leaves `code`
/// as it is; `tag` names the temporary file.
pub fn assert_rustfmt_clean(code: &str, tag: &str) {
    let path =
        std::env::temp_dir().join(format!("aws-union-codegen-{tag}-{}.rs", std::process::id()));
    std::fs::write(&path, code).unwrap();
    let rustfmt = std::env::var("RUSTFMT").unwrap_or_else(|_| "rustfmt".into());
    let out = std::process::Command::new(&rustfmt)
        .args(["--edition", "2021", "--check"])
        .arg(&path)
        .output()
        .unwrap_or_else(|e| panic!("running `{rustfmt}` (set RUSTFMT to its path): {e}"));
    std::fs::remove_file(&path).unwrap();
    assert!(
        out.status.success(),
        "rustfmt would change the generated code:\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

/// A model with this `metadata` object's members (protocol, targetPrefix, jsonVersion, …),
/// operations and shapes.
pub fn model_meta(metadata: &str, operations: &str, shapes: &str) -> Vec<u8> {
    format!(
        r#"{{"metadata": {{"apiVersion": "2024-01-01", "serviceFullName": "Example Service",
                          "serviceId": "Example", "endpointPrefix": "example", {metadata}}},
            "operations": {{{operations}}},
            "shapes": {{{shapes}}}}}"#
    )
    .into_bytes()
}

/// The plan (facts docs) of a model.
pub fn plan_of(model: &[u8]) -> aws_union_codegen::plan::Plan {
    Generator::from_bytes(model, "t.json")
        .docs(DocsMode::Facts)
        .plan()
        .unwrap_or_else(|e| panic!("planning failed: {e}"))
}

/// The generated source (facts docs) of a model.
pub fn generate_of(model: &[u8]) -> String {
    Generator::from_bytes(model, "t.json")
        .docs(DocsMode::Facts)
        .generate_string()
        .unwrap_or_else(|e| panic!("generation failed: {e}"))
}

/// The error generating a model gives.
pub fn error_generating(model: &[u8]) -> aws_union_codegen::Error {
    match Generator::from_bytes(model, "t.json").generate_string() {
        Ok(_) => panic!("generation succeeded"),
        Err(e) => e,
    }
}

/// An awsJson 1.1 service's metadata.
pub const JSON_META: &str =
    r#""protocol": "json", "jsonVersion": "1.1", "targetPrefix": "Example_2024""#;
/// A restJson1 service's metadata.
pub const REST_META: &str = r#""protocol": "rest-json""#;
