//! Real botocore models (1.44.8): from `BOTOCORE_DATA` (botocore's `data` directory) when it
//! is set, else from the pinned botocore's sdist, fetched on first use as the protocol tests
//! fetch it. Models are never copied into the repository.
mod common;
use std::path::PathBuf;

use aws_union_codegen::plan::ItemKind;
use aws_union_codegen::{DocsMode, Generator};
use common::*;

/// The newest `service-2.json[.gz]` of `service` in `BOTOCORE_DATA`, or in the pinned
/// botocore's sdist.
fn model_path(service: &str) -> Option<PathBuf> {
    let data = match std::env::var_os("BOTOCORE_DATA") {
        Some(data) => PathBuf::from(data),
        None => botocore_sdist::root().join("botocore/data"),
    };
    let dir = data.join(service);
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
    // The input's URI labels are members, outside the body's serde form.
    assert_contains(
        &doc_text(&code),
        "Bound to the URI label `{membershipIdentifier}`: not part of this type's serde form.",
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

/// What the README's `build.rs` does, with a temporary directory for `OUT_DIR`: DynamoDB's
/// `GetItem`, `PutItem` and `Query` with their client methods and `Query`'s paginator (read
/// from the `paginators-1.json` beside the model), and nothing of the other operations.
#[test]
fn a_build_script_generates_three_dynamodb_operations_with_their_client() {
    let Some(model) = model_path("dynamodb") else {
        return;
    };
    let out_dir = std::env::temp_dir().join(format!("build-script-{}", std::process::id()));
    std::fs::create_dir_all(&out_dir).unwrap();
    let code = Generator::from_path(&model)
        .operation("GetItem")
        .operation("PutItem")
        .operation("Query")
        .module_doc(false) // an include!d file cannot start with `//!`
        .generate_string()
        .unwrap();
    std::fs::write(out_dir.join("dynamodb.rs"), &code).unwrap();
    for present in [
        "pub async fn get_item(",
        "pub async fn put_item(",
        "pub fn query_pages(",
        "pub fn query_items(",
    ] {
        assert_contains(&code, present);
    }
    for absent in ["fn scan(", "pub struct ScanInput", "fn delete_item("] {
        assert_lacks(&code, absent);
    }
    std::fs::remove_dir_all(&out_dir).unwrap();
}

/// Bedrock Runtime's streaming operations (`ConverseStream` and the two `InvokeModelWith…`)
/// have event streams: with every operation selected they are left out, the other operations
/// are generated, and the module docs list each with its reason.
#[test]
fn a_real_models_event_stream_operations_are_left_out_and_listed_with_their_reason() {
    let Some(path) = model_path("bedrock-runtime") else {
        return;
    };
    let plan = Generator::from_path(&path).plan().unwrap();
    let skipped: Vec<&str> = plan.skipped.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        skipped,
        [
            "ConverseStream",
            "InvokeModelWithBidirectionalStream",
            "InvokeModelWithResponseStream"
        ]
    );
    let generated: Vec<&str> = plan.operations.iter().map(|o| o.name.as_str()).collect();
    assert!(
        generated.contains(&"Converse") && generated.contains(&"InvokeModel"),
        "{generated:?}"
    );
    let docs = plan.module_docs.join(" ");
    assert_contains(
        &docs,
        "`ConverseStream`: its output member `stream` is an event stream",
    );
    assert_contains(
        &docs,
        "`InvokeModelWithBidirectionalStream`: its input member `body` is an event stream",
    );
}
