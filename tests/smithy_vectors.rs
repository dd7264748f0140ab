//! The official Smithy union protocol test cases (restJson1, awsJson1_0, awsJson1_1, rpcv2Cbor
//! and the malformed-request cases), read from `tests/data/smithy-union-vectors.json`.
//!
//! Request cases serialize the case's params and compare with its body; response cases
//! deserialize its body and compare with its params. Expected values are built from the params
//! by hand, not by the derive under test.

mod common;

use std::collections::BTreeMap;

use aws_union::{AwsEnum, AwsUnion};
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use common::smithy_node;

/// `MyUnion` with every member any of the three JSON protocols gives it.
#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase")]
enum MyUnion {
    StringValue(String),
    BooleanValue(bool),
    NumberValue(i32),
    BlobValue(Blob),
    TimestampValue(i64),
    EnumValue(FooEnum),
    IntEnumValue(i32),
    ListValue(Vec<String>),
    MapValue(BTreeMap<String, String>),
    StructureValue(GreetingStruct),
    RenamedStructureValue(RenamedGreeting),
    UnionValue(NestedUnion),
    #[aws(unknown)]
    SdkUnknownMember {
        name: String,
    },
}

#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase")]
enum NestedUnion {
    StringValue(String),
    #[aws(unknown)]
    SdkUnknownMember {
        name: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, AwsEnum)]
enum FooEnum {
    Foo,
    Baz,
    Bar,
    #[aws(rename = "1")]
    One,
    #[aws(rename = "0")]
    Zero,
    #[aws(unknown)]
    Unknown(String),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct GreetingStruct {
    #[serde(skip_serializing_if = "Option::is_none")]
    hi: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct RenamedGreeting {
    #[serde(skip_serializing_if = "Option::is_none")]
    salutation: Option<String>,
}

/// A Smithy blob: base64 in JSON.
#[derive(Debug, Clone, PartialEq)]
struct Blob(Vec<u8>);

impl Serialize for Blob {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&base64::engine::general_purpose::STANDARD.encode(&self.0))
    }
}

impl<'de> Deserialize<'de> for Blob {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        base64::engine::general_purpose::STANDARD
            .decode(text)
            .map(Blob)
            .map_err(serde::de::Error::custom)
    }
}

#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase")]
enum PlayerAction {
    Quit,
    #[aws(unknown)]
    SdkUnknownMember {
        name: String,
    },
}

#[derive(Debug, Clone, PartialEq, AwsUnion)]
enum UnionWithJsonName {
    #[aws(rename = "FOO")]
    Foo(String),
    #[aws(rename = "bar")]
    Bar(String),
    #[aws(rename = "_baz")]
    Baz(String),
    #[aws(unknown)]
    SdkUnknownMember { name: String },
}

/// The operation structures that hold the union.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct JsonUnions {
    #[serde(skip_serializing_if = "Option::is_none")]
    contents: Option<MyUnion>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct PostPlayerAction {
    action: PlayerAction,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct PostUnionWithJsonName {
    value: UnionWithJsonName,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct RpcV2CborUnions {
    contents: MyUnion,
    other_value: String,
}

/// A server's view of `MalformedUnion`: no unknown members.
#[derive(Debug, Clone, PartialEq, AwsUnion)]
#[aws(rename_all = "camelCase", deny_unknown_members)]
enum MalformedUnionServer {
    Int(i32),
    String(String),
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct MalformedUnionInput {
    union: MalformedUnionServer,
}

#[derive(Debug, Deserialize)]
struct Case {
    file: String,
    operation: String,
    kind: String,
    id: String,
    body: Option<String>,
    params_smithy_node: Option<String>,
}

fn cases() -> Vec<Case> {
    #[derive(Deserialize)]
    struct Vectors {
        cases: Vec<Case>,
    }
    let text = include_str!("data/smithy-union-vectors.json");
    serde_json::from_str::<Vectors>(text)
        .expect("vectors file")
        .cases
}

fn params(case: &Case) -> Value {
    smithy_node::parse(case.params_smithy_node.as_deref().expect("params"))
}

fn only_entry(value: &Value) -> (&str, &Value) {
    let object = value.as_object().expect("a union in params is an object");
    assert_eq!(object.len(), 1, "params set one member");
    let (key, value) = object.iter().next().expect("one entry");
    (key.as_str(), value)
}

fn text(value: &Value) -> String {
    value.as_str().expect("a string").to_owned()
}

/// The union value the params describe, built without the derive.
fn expected_my_union(params: &Value) -> MyUnion {
    let (member, value) = only_entry(params);
    match member {
        "stringValue" => MyUnion::StringValue(text(value)),
        "booleanValue" => MyUnion::BooleanValue(value.as_bool().expect("bool")),
        "numberValue" => MyUnion::NumberValue(value.as_i64().expect("int") as i32),
        "blobValue" => MyUnion::BlobValue(Blob(text(value).into_bytes())),
        "timestampValue" => MyUnion::TimestampValue(value.as_i64().expect("epoch seconds")),
        "enumValue" => MyUnion::EnumValue(match value.as_str().expect("enum") {
            "Foo" => FooEnum::Foo,
            "Baz" => FooEnum::Baz,
            "Bar" => FooEnum::Bar,
            "1" => FooEnum::One,
            "0" => FooEnum::Zero,
            other => FooEnum::Unknown(other.to_owned()),
        }),
        "intEnumValue" => MyUnion::IntEnumValue(value.as_i64().expect("int enum") as i32),
        "listValue" => {
            MyUnion::ListValue(value.as_array().expect("list").iter().map(text).collect())
        }
        "mapValue" => MyUnion::MapValue(
            value
                .as_object()
                .expect("map")
                .iter()
                .map(|(k, v)| (k.clone(), text(v)))
                .collect(),
        ),
        "structureValue" => MyUnion::StructureValue(GreetingStruct {
            hi: value.get("hi").map(text),
        }),
        "renamedStructureValue" => MyUnion::RenamedStructureValue(RenamedGreeting {
            salutation: value.get("salutation").map(text),
        }),
        "unionValue" => MyUnion::UnionValue(NestedUnion::StringValue(text(&value["stringValue"]))),
        other => panic!("member {other} is not in MyUnion"),
    }
}

fn expected_json_name(params: &Value) -> UnionWithJsonName {
    let (member, value) = only_entry(params);
    match member {
        "foo" => UnionWithJsonName::Foo(text(value)),
        "bar" => UnionWithJsonName::Bar(text(value)),
        "baz" => UnionWithJsonName::Baz(text(value)),
        other => panic!("member {other} is not in UnionWithJsonName"),
    }
}

fn expected_player_action(params: &Value) -> PlayerAction {
    match only_entry(params) {
        ("quit", Value::Object(unit)) if unit.is_empty() => PlayerAction::Quit,
        other => panic!("unexpected PlayerAction params {other:?}"),
    }
}

/// Checks one JSON-protocol case; the error says what differed.
fn check_json_case(case: &Case) -> Result<(), String> {
    let body_text = case.body.as_deref().expect("JSON cases have a body");
    let body: Value = serde_json::from_str(body_text).expect("body is JSON");
    let params = params(case);
    let request = case.kind == "httpRequestTests";
    macro_rules! check {
        ($ty:ty, $expected:expr) => {{
            let expected: $ty = $expected;
            if request {
                let written = serde_json::to_value(&expected).map_err(|e| e.to_string())?;
                if written != body {
                    return Err(format!("wrote {written}, body is {body}"));
                }
            } else {
                let read: $ty = serde_json::from_str(body_text).map_err(|e| e.to_string())?;
                if read != expected {
                    return Err(format!("read {read:?}, params say {expected:?}"));
                }
            }
        }};
    }
    match case.operation.as_str() {
        "JsonUnions" => check!(
            JsonUnions,
            JsonUnions {
                contents: Some(expected_my_union(&params["contents"]))
            }
        ),
        "PostPlayerAction" => check!(
            PostPlayerAction,
            PostPlayerAction {
                action: expected_player_action(&params["action"])
            }
        ),
        "PostUnionWithJsonName" => check!(
            PostUnionWithJsonName,
            PostUnionWithJsonName {
                value: expected_json_name(&params["value"])
            }
        ),
        other => return Err(format!("no type for operation {other}")),
    }
    Ok(())
}

/// Runs every case of `file` and `kind`, reporting all failures by case id.
fn run_json_cases(file: &str, kind: &str, expected_count: usize) {
    let cases: Vec<Case> = cases()
        .into_iter()
        .filter(|c| c.file == file && c.kind == kind)
        .collect();
    assert_eq!(cases.len(), expected_count, "number of {kind} in {file}");
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            check_json_case(case)
                .err()
                .map(|e| format!("{}: {e}", case.id))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "failing cases:\n{}",
        failures.join("\n")
    );
}

#[test]
fn rest_json1_request_cases_serialize_to_the_body() {
    run_json_cases("restJson1/unions.smithy", "httpRequestTests", 15);
}

#[test]
fn rest_json1_response_cases_deserialize_to_the_params() {
    run_json_cases("restJson1/unions.smithy", "httpResponseTests", 15);
}

#[test]
fn aws_json1_0_request_cases_serialize_to_the_body() {
    run_json_cases("awsJson1_0/unions.smithy", "httpRequestTests", 10);
}

#[test]
fn aws_json1_0_response_cases_deserialize_to_the_params() {
    run_json_cases("awsJson1_0/unions.smithy", "httpResponseTests", 12);
}

#[test]
fn aws_json1_1_request_cases_serialize_to_the_body() {
    run_json_cases("awsJson1_1/unions.smithy", "httpRequestTests", 9);
}

#[test]
fn aws_json1_1_response_cases_deserialize_to_the_params() {
    run_json_cases("awsJson1_1/unions.smithy", "httpResponseTests", 10);
}

#[test]
fn ignore_type_cases_skip_the_type_key() {
    let ids: Vec<String> = cases()
        .iter()
        .filter(|c| c.id.ends_with("IgnoreType"))
        .map(|c| {
            check_json_case(c).unwrap_or_else(|e| panic!("{}: {e}", c.id));
            c.id.clone()
        })
        .collect();
    assert_eq!(ids.len(), 3, "IgnoreType cases: {ids:?}");
}

#[test]
fn allow_nulls_case_counts_null_members_as_not_set() {
    let case = cases()
        .into_iter()
        .find(|c| c.id == "AwsJson10DeserializeAllowNulls")
        .expect("the AllowNulls case");
    check_json_case(&case).unwrap();
}

/// rpcv2Cbor cases carry params only: write them as CBOR, check the CBOR map's shape, read
/// them back.
#[test]
fn rpc_v2_cbor_cases_round_trip_through_cbor() {
    let cases: Vec<Case> = cases()
        .into_iter()
        .filter(|c| c.file.starts_with("rpcv2Cbor"))
        .collect();
    assert_eq!(cases.len(), 4);
    for case in &cases {
        let params = params(case);
        let expected = RpcV2CborUnions {
            contents: expected_my_union(&params["contents"]),
            other_value: text(&params["otherValue"]),
        };
        let mut bytes = Vec::new();
        ciborium::into_writer(&expected, &mut bytes).unwrap();

        let raw: ciborium::Value = ciborium::from_reader(bytes.as_slice()).unwrap();
        let contents = raw
            .as_map()
            .and_then(|m| m.iter().find(|(k, _)| k.as_text() == Some("contents")))
            .map(|(_, v)| v)
            .unwrap_or_else(|| panic!("{}: no contents map in {raw:?}", case.id));
        assert_eq!(
            contents.as_map().map(Vec::len),
            Some(1),
            "{}: one member",
            case.id
        );

        let read: RpcV2CborUnions = ciborium::from_reader(bytes.as_slice()).unwrap();
        assert_eq!(read, expected, "{}", case.id);
    }
}

/// Every malformed-union case is rejected by a server's union (`deny_unknown_members`).
#[test]
fn malformed_union_cases_are_rejected_by_a_server_union() {
    let cases: Vec<Case> = cases()
        .into_iter()
        .filter(|c| c.kind == "httpMalformedRequestTests")
        .collect();
    assert_eq!(cases.len(), 6);
    for case in &cases {
        let body = case.body.as_deref().unwrap();
        let result = serde_json::from_str::<MalformedUnionInput>(body);
        let error = result.expect_err(&case.id).to_string();
        assert!(
            error.contains("MalformedUnionServer"),
            "{}: {error}",
            case.id
        );
    }
}

/// A client's union keeps an unknown member, but rejects the other malformed shapes.
#[test]
fn malformed_union_cases_other_than_an_unknown_member_are_rejected_by_a_client_union() {
    #[derive(Debug, AwsUnion)]
    #[aws(rename_all = "camelCase")]
    #[allow(dead_code)]
    enum MalformedUnionClient {
        Int(i32),
        String(String),
        #[aws(unknown)]
        SdkUnknownMember {
            name: String,
        },
    }
    #[derive(Debug, Deserialize)]
    struct Input {
        union: MalformedUnionClient,
    }
    for case in cases()
        .iter()
        .filter(|c| c.kind == "httpMalformedRequestTests")
    {
        let result = serde_json::from_str::<Input>(case.body.as_deref().unwrap());
        if case.id == "RestJsonMalformedUnionUnknownMember" {
            let input = result.unwrap();
            assert_eq!(input.union.member_name(), "unknown");
        } else {
            assert!(result.is_err(), "{} must be rejected", case.id);
        }
    }
}
