//! With `--types-only`, only the body is modelled: members bound to headers, query strings, URI
//! labels or the status code, payload members and event streams are left out, and the type's
//! docs say so.
mod common;
use aws_union_codegen::{DocsMode, Generator};
use common::*;

const SHAPES: &str = r#"
    "Req": {"type": "structure", "members": {
        "id": {"shape": "T", "location": "uri", "locationName": "Id"},
        "token": {"shape": "T", "location": "header", "locationName": "X-Token"},
        "page": {"shape": "T", "location": "querystring", "locationName": "page"},
        "code": {"shape": "N", "location": "statusCode"},
        "meta": {"shape": "M", "location": "headers", "locationName": "x-meta-"},
        "body": {"shape": "T", "locationName": "bodyText"}}},
    "T": {"type": "string"},
    "N": {"type": "integer"},
    "M": {"type": "map", "key": {"shape": "T"}, "value": {"shape": "T"}}"#;

fn plan_types_only(shapes: &str) -> aws_union_codegen::plan::Plan {
    Generator::from_bytes(&model(shapes), "t.json")
        .docs(DocsMode::Facts)
        .types_only(true)
        .plan()
        .unwrap()
}

fn generate_types_only(shapes: &str) -> String {
    Generator::from_bytes(&model(shapes), "t.json")
        .docs(DocsMode::Facts)
        .types_only(true)
        .generate_string()
        .unwrap()
}

#[test]
fn header_query_uri_and_status_members_are_left_out() {
    let plan = plan_types_only(SHAPES);
    let wires: Vec<&str> = fields(&plan, "Req")
        .iter()
        .map(|f| f.wire.as_str())
        .collect();
    assert_eq!(wires, ["bodyText"]);
}

#[test]
fn the_type_doc_names_the_members_left_out() {
    let code = generate_types_only(SHAPES);
    let docs: Vec<&str> = code
        .lines()
        .filter_map(|l| l.strip_prefix("/// "))
        .collect();
    let docs = docs.join(" ");
    for part in [
        "Members outside the body are left out of this type:",
        "`id` (URI label `Id`)",
        "`token` (HTTP header `X-Token`)",
        "`page` (query string parameter `page`)",
        "`code` (the HTTP status code)",
        "`meta` (HTTP headers with prefix `x-meta-`)",
    ] {
        assert_contains(&docs, part);
    }
}

#[test]
fn a_json_member_is_read_under_its_location_name() {
    assert_contains(&generate(SHAPES), r#"#[aws(rename = "bodyText")]"#);
}

#[test]
fn a_cbor_member_is_read_under_its_member_name() {
    let model = model_with("smithy-rpc-v2-cbor", "Example", "", SHAPES);
    let code = Generator::from_bytes(&model, "t.json")
        .types_only(true)
        .generate_string()
        .unwrap();
    assert_contains(&code, r#"#[aws(rename = "body")]"#);
}

#[test]
fn a_payload_member_is_left_out_and_named_in_the_docs() {
    let code = generate_types_only(
        r#""Out": {"type": "structure", "payload": "doc", "members": {
              "doc": {"shape": "Inner"}, "etag": {"shape": "T", "location": "header", "locationName": "ETag"}}},
           "Inner": {"type": "structure", "members": {"x": {"shape": "T"}}},
           "T": {"type": "string"}"#,
    );
    assert_contains(&code, "pub struct Out {}");
    assert_contains(
        &code,
        "/// The member `doc` is the whole HTTP body (the type `Inner`) and is left out of this",
    );
    assert_contains(&code, "pub struct Inner {");
}

#[test]
fn event_streams_are_left_out_with_a_doc_line() {
    let shapes = r#""Out": {"type": "structure", "members": {"stream": {"shape": "Events"}, "id": {"shape": "T"}}},
                    "Events": {"type": "structure", "eventstream": true, "members": {"chunk": {"shape": "Chunk"}}},
                    "Chunk": {"type": "structure", "event": true, "members": {"bytes": {"shape": "B", "eventpayload": true}}},
                    "B": {"type": "blob"},
                    "T": {"type": "string"}"#;
    let ops = r#""Talk": {"name": "Talk", "http": {}, "output": {"shape": "Out"}}"#;
    let code = Generator::from_bytes(&model_with("rest-json", "Example", ops, shapes), "t.json")
        .docs(DocsMode::Facts)
        .types_only(true)
        .operation("Talk")
        .generate_string()
        .unwrap();
    assert_contains(
        &code,
        "/// The member `stream` is an event stream, which this model does not cover: it is left",
    );
    assert_lacks(&code, "pub stream");
    assert_lacks(&code, "Events");
    assert_lacks(&code, "Chunk");
}
