//! Real botocore models (1.44.8), located through `BOTOCORE_DATA` (botocore's `data`
//! directory). Without it, each test prints a note and passes: models are never copied into the
//! repository.
mod common;
use std::path::PathBuf;

use aws_union_codegen::plan::ItemKind;
use aws_union_codegen::{DocsMode, Generator};
use common::*;

/// The newest `service-2.json[.gz]` of `service`, or `None` (with a note) without `BOTOCORE_DATA`.
fn model_path(service: &str) -> Option<PathBuf> {
    let Some(data) = std::env::var_os("BOTOCORE_DATA") else {
        eprintln!("note: BOTOCORE_DATA is not set; skipping the {service} model");
        return None;
    };
    let dir = PathBuf::from(data).join(service);
    let mut versions: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    versions.sort();
    let version = versions.pop().expect("no API version");
    ["service-2.json", "service-2.json.gz"]
        .iter()
        .map(|f| version.join(f))
        .find(|p| p.exists())
}

#[test]
fn clean_rooms_update_protected_query_generates() {
    let Some(path) = model_path("cleanrooms") else {
        return;
    };
    let generator = Generator::from_path(&path)
        .operation("UpdateProtectedQuery")
        .docs(DocsMode::Facts);
    let plan = generator.plan().unwrap();
    let ItemKind::Union(variants) = &plan.item("ProtectedQueryOutput").unwrap().kind else {
        panic!("ProtectedQueryOutput is not a union")
    };
    let wires: Vec<&str> = variants.iter().map(|v| v.wire.as_str()).collect();
    assert!(
        wires.contains(&"s3") && wires.contains(&"memberList"),
        "{wires:?}"
    );
    let code = generator.generate_string().unwrap();
    assert_contains(&code, "#[aws(rename = \"sqlParameters\", sensitive)]");
    assert_contains(
        &code,
        "#[aws(rename = \"createTime\", required, timestamp = \"epoch-seconds\")]",
    );
    // The input's URI labels are named, not generated.
    assert_contains(
        &doc_text(&code),
        "`membershipIdentifier` (URI label `membershipIdentifier`)",
    );
}

#[test]
fn dynamodb_attribute_value_is_generated_as_a_union() {
    let Some(path) = model_path("dynamodb") else {
        return;
    };
    let plan = Generator::from_path(&path)
        .shape("AttributeValue")
        .plan()
        .unwrap();
    assert!(matches!(
        plan.item("AttributeValue").unwrap().kind,
        ItemKind::Union(_)
    ));
    let code = Generator::from_path(&path)
        .shape("AttributeValue")
        .generate_string()
        .unwrap();
    assert_contains(
        &code,
        "M(::aws_union::__private::BTreeMap<::aws_union::__private::String, AttributeValue>)",
    );
}

#[test]
fn bedrock_runtime_converse_generates() {
    let Some(path) = model_path("bedrock-runtime") else {
        return;
    };
    let code = Generator::from_path(&path)
        .operation("Converse")
        .generate_string()
        .unwrap();
    assert_contains(&code, "pub enum ContentBlock {");
    assert_contains(&code, "pub input: ::aws_union::Document,");
}
