//! The examples' generated models (`examples/models/`) on the examples' response bodies
//! (`examples/bodies/`): what `cargo run --example bedrock_converse` and
//! `cargo run --example dynamodb_items` show, asserted.

use std::collections::BTreeSet;

use aws_union::AnyValue;
use serde_json::{json, Value};

#[allow(dead_code, clippy::enum_variant_names)]
#[path = "../examples/models/bedrock_converse.rs"]
mod bedrock;

#[allow(dead_code, clippy::enum_variant_names)]
#[path = "../examples/models/dynamodb_query.rs"]
mod dynamodb;

#[allow(dead_code, clippy::enum_variant_names)]
#[path = "../examples/models/dynamodb_query_borrowed.rs"]
mod dynamodb_borrowed;

use bedrock::{
    ContentBlock, ConverseOutput, ConverseResponse, ImageFormat, ImageSource, StopReason,
};
use dynamodb::{AttributeValue, QueryOutput};

const CONVERSE: &str = include_str!("../examples/bodies/converse_response.json");
const QUERY: &str = include_str!("../examples/bodies/query_response.json");

fn converse_content() -> Vec<ContentBlock> {
    let response: ConverseResponse = serde_json::from_str(CONVERSE).expect("the body decodes");
    match response.output {
        ConverseOutput::Message(message) => message.content,
        other => panic!("expected a message, got {other:?}"),
    }
}

fn written_back<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("the value serializes")
}

#[test]
fn converse_response_members_are_read() {
    let response: ConverseResponse = serde_json::from_str(CONVERSE).expect("the body decodes");
    assert_eq!(response.stop_reason, StopReason::ToolUse);
    assert_eq!(response.usage.input_tokens, 812);
    assert_eq!(response.usage.total_tokens, 955);
    assert_eq!(response.metrics.latency_ms, 1874);
    assert_eq!(converse_content().len(), 4);
}

#[test]
fn converse_text_block_is_read() {
    match &converse_content()[0] {
        ContentBlock::Text(text) => assert!(text.starts_with("Lisbon will be sunny")),
        other => panic!("expected text, got {other:?}"),
    }
}

#[test]
fn converse_tool_use_input_is_a_document() {
    match &converse_content()[1] {
        ContentBlock::ToolUse(tool_use) => {
            assert_eq!(tool_use.name, "get_forecast");
            assert_eq!(tool_use.tool_use_id, "tooluse_kZJMlvQmRJ6eAyJE5GIl7Q");
            assert_eq!(
                tool_use.input,
                json!({"city": "Lisbon", "country": "PT", "days": 3, "units": "celsius",
                       "include": ["temperature", "precipitation"]})
            );
        }
        other => panic!("expected a tool use, got {other:?}"),
    }
}

#[test]
fn converse_image_bytes_are_decoded_from_base64() {
    match &converse_content()[2] {
        ContentBlock::Image(image) => {
            assert_eq!(image.format, ImageFormat::Png);
            match &image.source {
                ImageSource::Bytes(bytes) => {
                    assert_eq!(bytes.len(), 70);
                    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
                }
                other => panic!("expected bytes, got {other:?}"),
            }
        }
        other => panic!("expected an image, got {other:?}"),
    }
}

#[test]
fn converse_image_source_is_redacted_in_debug() {
    let debug = format!("{:?}", converse_content()[2]);
    assert!(
        debug.contains("source: \"*** Sensitive Data Redacted ***\""),
        "{debug}"
    );
    assert!(!debug.contains("137"), "{debug}");
}

#[test]
fn converse_unknown_content_block_is_kept_with_its_value() {
    match &converse_content()[3] {
        ContentBlock::SdkUnknownMember { name, value } => {
            assert_eq!(name, "codeExecution");
            assert_eq!(value.get("language"), Some(&AnyValue::from("python")));
            assert_eq!(value.get("exitCode"), Some(&AnyValue::UInt(0)));
            assert_eq!(value.get("stdout"), Some(&AnyValue::from("22.3\n")));
        }
        other => panic!("expected the unknown block, got {other:?}"),
    }
}

#[test]
fn converse_unknown_content_block_is_written_back_as_read() {
    let original: Value = serde_json::from_str(CONVERSE).expect("the body is JSON");
    assert_eq!(
        written_back(&converse_content()[3]),
        original["output"]["message"]["content"][3]
    );
    // Its members keep the order they were read in.
    let text = serde_json::to_string(&converse_content()[3]).expect("the block serializes");
    assert!(
        text.starts_with(r#"{"codeExecution":{"language":"python","code":"#),
        "{text}"
    );
}

#[test]
fn converse_body_written_back_equals_the_body_read() {
    let response: ConverseResponse = serde_json::from_str(CONVERSE).expect("the body decodes");
    let original: Value = serde_json::from_str(CONVERSE).expect("the body is JSON");
    assert_eq!(written_back(&response), original);
}

/// Every member name of `AttributeValue` used in `value` and what it holds.
fn members_used(value: &AttributeValue, used: &mut BTreeSet<&'static str>) {
    let name = match value {
        AttributeValue::S(_) => "S",
        AttributeValue::N(_) => "N",
        AttributeValue::B(_) => "B",
        AttributeValue::Ss(_) => "SS",
        AttributeValue::Ns(_) => "NS",
        AttributeValue::Bs(_) => "BS",
        AttributeValue::M(map) => {
            map.values().for_each(|v| members_used(v, used));
            "M"
        }
        AttributeValue::L(list) => {
            list.iter().for_each(|v| members_used(v, used));
            "L"
        }
        AttributeValue::Null(_) => "NULL",
        AttributeValue::Bool(_) => "BOOL",
        AttributeValue::SdkUnknownMember { .. } => "unknown",
    };
    used.insert(name);
}

fn query_items() -> Vec<std::collections::BTreeMap<String, AttributeValue>> {
    let output: QueryOutput = serde_json::from_str(QUERY).expect("the body decodes");
    output.items.expect("the body has items")
}

#[test]
fn dynamodb_every_attribute_value_member_is_read() {
    let mut used = BTreeSet::new();
    for item in query_items() {
        item.values().for_each(|v| members_used(v, &mut used));
    }
    let every: BTreeSet<_> = ["S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL"]
        .into_iter()
        .collect();
    assert_eq!(used, every);
}

#[test]
fn dynamodb_scalar_and_set_members_hold_their_values() {
    let item = &query_items()[0];
    assert_eq!(item["customer"], AttributeValue::S("CUST#0042".into()));
    assert_eq!(item["total"], AttributeValue::N("149.90".into()));
    assert_eq!(item["paid"], AttributeValue::Bool(true));
    assert_eq!(item["giftNote"], AttributeValue::Null(true));
    assert_eq!(
        item["receipt"],
        AttributeValue::B(b"%PDF-1.7\n".to_vec().into())
    );
    assert_eq!(
        item["tags"],
        AttributeValue::Ss(vec!["express".into(), "gift-wrap".into()])
    );
    assert_eq!(
        item["quantities"],
        AttributeValue::Ns(vec!["1".into(), "2".into(), "5".into()])
    );
    assert_eq!(
        item["thumbnails"],
        AttributeValue::Bs(vec![
            b"\x89PNG\r\n\x1a\n".to_vec().into(),
            b"\xff\xd8\xff\xe0\x00\x10".to_vec().into(),
        ])
    );
}

#[test]
fn dynamodb_nested_maps_and_lists_are_read() {
    let item = &query_items()[0];
    let AttributeValue::M(shipping) = &item["shipping"] else {
        panic!("shipping is not a map: {:?}", item["shipping"]);
    };
    let AttributeValue::M(geo) = &shipping["geo"] else {
        panic!("geo is not a map: {:?}", shipping["geo"]);
    };
    assert_eq!(geo["lon"], AttributeValue::N("-9.1366".into()));

    let AttributeValue::L(lines) = &item["lines"] else {
        panic!("lines is not a list: {:?}", item["lines"]);
    };
    let AttributeValue::M(first) = &lines[0] else {
        panic!("a line is not a map: {:?}", lines[0]);
    };
    assert_eq!(
        first["options"],
        AttributeValue::L(vec![
            AttributeValue::S("blue".into()),
            AttributeValue::S("large".into())
        ])
    );
}

#[test]
fn dynamodb_body_written_back_equals_the_body_read() {
    let output: QueryOutput = serde_json::from_str(QUERY).expect("the body decodes");
    let original: Value = serde_json::from_str(QUERY).expect("the body is JSON");
    assert_eq!(written_back(&output), original);
}

/// Every string of a borrowed `AttributeValue` (map keys included), with where it is.
fn borrowed_strings<'v>(
    value: &'v dynamodb_borrowed::AttributeValue<'_>,
    out: &mut Vec<&'v aws_union::CowStr<'v>>,
) {
    use dynamodb_borrowed::AttributeValue as V;
    match value {
        V::S(s) | V::N(s) => out.push(s),
        V::Ss(list) | V::Ns(list) => out.extend(list),
        V::M(map) => map.iter().for_each(|(k, v)| {
            out.push(k);
            borrowed_strings(v, out);
        }),
        V::L(list) => list.iter().for_each(|v| borrowed_strings(v, out)),
        _ => {}
    }
}

fn borrowed_query(body: &str) -> dynamodb_borrowed::QueryOutput<'_> {
    serde_json::from_str(body).expect("the body decodes")
}

#[test]
fn borrowed_model_reads_without_copying_strings() {
    let body = String::from(QUERY);
    let output = borrowed_query(&body);
    let mut strings = Vec::new();
    for item in output.items.as_ref().expect("the body has items") {
        for (key, value) in item {
            strings.push(key);
            borrowed_strings(value, &mut strings);
        }
    }
    assert!(strings.len() > 50, "{} strings", strings.len());
    assert!(strings.iter().all(|s| s.is_borrowed()), "{strings:?}");
    // The same text as the owned model reads.
    let owned: QueryOutput = serde_json::from_str(QUERY).expect("the body decodes");
    assert_eq!(written_back(&output), written_back(&owned));
}

#[test]
fn borrowed_model_reads_escaped_strings_owned() {
    let body = QUERY.replace("Happy birthday!", r#"Happy \"birthday\"!"#);
    let output = borrowed_query(&body);
    let items = output.items.as_ref().expect("the body has items");
    match &items[1]["giftNote"] {
        dynamodb_borrowed::AttributeValue::S(note) => {
            assert_eq!(note, r#"Happy "birthday"!"#);
            assert!(!note.is_borrowed());
        }
        other => panic!("expected a string, got {other:?}"),
    }
    assert!(items[1].keys().all(|k| k.is_borrowed()));
}

#[test]
fn borrowed_model_reads_cbor() {
    let output = borrowed_query(QUERY);
    let mut cbor = Vec::new();
    ciborium::into_writer(&output, &mut cbor).expect("the value writes as CBOR");
    // ciborium lends nothing: its readers want owned types, so read its value tree and
    // deserialize the model from that, with every string owned.
    let tree: ciborium::Value = ciborium::from_reader(cbor.as_slice()).expect("CBOR reads");
    let back: dynamodb_borrowed::QueryOutput<'static> =
        tree.deserialized().expect("the model reads from CBOR");
    assert!(back == output);
    let items = back.items.as_ref().expect("the body has items");
    assert!(items[0].keys().all(|k| !k.is_borrowed()));
}
