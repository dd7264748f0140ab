//! Docs: `--docs model` turns the model's HTML into short, warning-free rustdoc Markdown;
//! `--docs facts` writes only facts; the module doc names the service, version and protocol.
mod common;
use aws_union_codegen::{DocsMode, Generator};
use common::*;

fn model_docs(html: &str) -> String {
    let html = serde_json::to_string(html).unwrap();
    let shapes = format!(
        r#""S": {{"type": "structure", "documentation": {html}, "members": {{"m": {{"shape": "T", "documentation": {html}}}}}}},
           "T": {{"type": "string"}}"#
    );
    Generator::from_bytes(&model(&shapes), "t.json")
        .generate_string()
        .unwrap()
}

#[test]
fn model_docs_keep_the_first_paragraph() {
    let code = model_docs("<p>The first paragraph.</p> <p>The second one.</p>");
    assert_contains(&code, "/// The first paragraph.\n");
    assert_lacks(&code, "second");
}

#[test]
fn model_docs_keep_links_and_code() {
    let code = model_docs(
        r#"<p>See <a href="https://docs.aws.amazon.com/x(y)">the guide</a> and <code>SELECT *</code>, or <a href="/relative">this</a>.</p>"#,
    );
    assert_contains(
        &code,
        "See [the guide](https://docs.aws.amazon.com/x%28y%29) and `SELECT *`, or this.",
    );
}

#[test]
fn model_docs_escape_what_rustdoc_would_read_as_links_or_html() {
    let code =
        model_docs("<p>Use [a] or <b>A&lt;B&gt;</b> &amp; 2*3, see https://example.com/x.</p>");
    assert_contains(
        &code,
        r"Use \[a\] or A\<B\> \& 2\*3, see <https://example.com/x>.",
    );
}

#[test]
fn model_docs_never_start_a_line_with_markdown_block_syntax() {
    let long = format!("<p>{} - 1. # x</p>", "word ".repeat(40));
    let code = model_docs(&long);
    for line in code
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("/// "))
    {
        assert!(
            !line.starts_with(['-', '#', '1']),
            "block syntax at line start: {line}"
        );
    }
}

#[test]
fn missing_model_docs_fall_back_to_facts() {
    let code = model_docs("");
    assert_contains(&code, "/// The `S` structure.");
    assert_contains(&code, "/// Wire name: `m`.");
}

#[test]
fn facts_docs_hold_only_facts() {
    let shapes = r#""Out": {"type": "structure", "documentation": "<p>PROSE</p>", "required": ["id"], "members": {
                      "id": {"shape": "Id", "documentation": "<p>PROSE</p>"},
                      "key": {"shape": "Key"}, "state": {"shape": "State"}}},
                    "Id": {"type": "string", "min": 1, "max": 36, "pattern": "[a-z`]+"},
                    "Key": {"type": "string", "sensitive": true},
                    "State": {"type": "string", "enum": ["ON", "OFF"]}"#;
    let ops = r#""GetThing": {"name": "GetThing", "http": {}, "output": {"shape": "Out"}}"#;
    let code = Generator::from_bytes(&model_with("rest-json", "Example", ops, shapes), "t.json")
        .docs(DocsMode::Facts)
        .generate_string()
        .unwrap();
    assert_lacks(&code, "PROSE");
    assert_contains(&code, "/// Output of `GetThing`.");
    assert_contains(
        &code,
        "/// Wire name: `id`. Required. Length: 1 to 36. Pattern: ``[a-z`]+``.",
    );
    assert_contains(
        &code,
        "/// Wire name: `key`. Sensitive: `Debug` redacts it.",
    );
    assert_contains(&code, "/// Returned inside the output of `GetThing`.");
    assert_contains(&code, "/// The value `ON`.");
}

#[test]
fn the_module_doc_names_service_version_and_protocol() {
    let code = generate(r#""S": {"type": "structure", "members": {}}"#);
    let first = code.lines().next().unwrap();
    assert!(
        first.starts_with(
            "//! Types and operations of Example Service (`Example`), API version 2024-01-01"
        ),
        "{first}"
    );
    let module_doc: Vec<&str> = code
        .lines()
        .filter_map(|l| l.strip_prefix("//! "))
        .collect();
    assert_contains(&module_doc.join(" "), "protocol `rest-json`");
}

#[test]
fn the_module_doc_can_be_left_out_for_include() {
    let code = Generator::from_bytes(
        &model(r#""S": {"type": "structure", "members": {}}"#),
        "t.json",
    )
    .module_doc(false)
    .generate_string()
    .unwrap();
    assert!(!code.contains("//!"));
}
