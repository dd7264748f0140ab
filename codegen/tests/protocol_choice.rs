//! A service whose model lists both awsJson and rpcv2Cbor is generated as botocore sends it,
//! JSON, unless CBOR is chosen; a protocol the model does not list cannot be chosen.
mod common;
use aws_union_codegen::plan::Protocol;
use aws_union_codegen::{Generator, ProtocolChoice};
use common::*;

const BOTH: &str = r#""protocol": "smithy-rpc-v2-cbor", "protocols": ["smithy-rpc-v2-cbor", "json"],
                      "jsonVersion": "1.0", "targetPrefix": "Both_2024""#;
const OPS: &str = r#""Get": {"name": "Get", "http": {"method": "POST", "requestUri": "/"},
                     "input": {"shape": "In"}}"#;
const SHAPES: &str = r#""In": {"type": "structure", "members": {
                           "at": {"shape": "Time", "locationName": "At", "timestampFormat": "iso8601"}}},
                        "Time": {"type": "timestamp"}"#;

fn generator(metadata: &str) -> Generator {
    Generator::from_bytes(&model_meta(metadata, OPS, SHAPES), "t.json")
}

#[test]
fn a_service_offering_json_and_cbor_is_json_by_default() {
    let plan = generator(BOTH).plan().unwrap();
    assert_eq!(
        plan.service.as_ref().unwrap().protocol,
        Protocol::AwsJson1_0
    );
    let at = &fields(&plan, "In")[0];
    assert_eq!((at.wire.as_str(), at.timestamp), ("At", Some("date-time")));
}

#[test]
fn cbor_is_generated_when_chosen_with_its_wire_names_and_timestamps() {
    let plan = generator(BOTH)
        .protocol(ProtocolChoice::Cbor)
        .plan()
        .unwrap();
    assert_eq!(plan.service.as_ref().unwrap().protocol, Protocol::RpcV2Cbor);
    let at = &fields(&plan, "In")[0];
    assert_eq!(
        (at.wire.as_str(), at.timestamp),
        ("at", Some("epoch-seconds"))
    );
    assert_contains(&plan.module_docs.join(" "), "protocol `smithy-rpc-v2-cbor`");
}

#[test]
fn json_can_be_chosen_explicitly() {
    let plan = generator(BOTH)
        .protocol(ProtocolChoice::Json)
        .plan()
        .unwrap();
    assert_eq!(
        plan.service.as_ref().unwrap().protocol,
        Protocol::AwsJson1_0
    );
}

#[test]
fn a_protocol_the_model_does_not_list_is_an_error() {
    let error = generator(JSON_META)
        .protocol(ProtocolChoice::Cbor)
        .generate_string()
        .unwrap_err();
    assert_contains(
        error.message(),
        "the model does not offer protocol `smithy-rpc-v2-cbor` (it lists `json`)",
    );
}
