//! rpcv2Cbor bodies: read with the path of a bad value, written so that they read back, and
//! error responses read for their code.

use aws_union_client::operation::{ErrorResponse, OperationError, ResponseError, Unhandled};
use aws_union_client::protocol::body::{read_cbor, write_cbor};
use aws_union_client::protocol::response::check_status;
use aws_union_client::protocol::Protocol;
use serde::{Deserialize, Serialize};

#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
struct Output {
    #[serde(rename = "items", default)]
    items: Vec<Item>,
}

#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
struct Item {
    #[serde(rename = "count")]
    count: i32,
}

fn cbor(value: &impl Serialize) -> Vec<u8> {
    let mut body = Vec::new();
    ciborium::into_writer(value, &mut body).unwrap();
    body
}

#[test]
fn a_bad_cbor_value_is_an_error_naming_its_path() {
    let body = cbor(&serde_json::json!({"items": [{"count": 1}, {"count": "x"}]}));
    let response = http::Response::new(body);
    let error = read_cbor::<Output>("ListThings", &response).unwrap_err();
    assert_eq!(error.path(), "items[1].count");
    assert_eq!(error.operation(), "ListThings");
}

#[test]
fn a_truncated_cbor_body_is_an_error_not_an_empty_output() {
    let mut body = cbor(&serde_json::json!({"items": [{"count": 1}]}));
    body.truncate(body.len() - 2);
    let error = read_cbor::<Output>("ListThings", &http::Response::new(body)).unwrap_err();
    assert!(!error.message().is_empty());
}

#[test]
fn an_empty_cbor_body_is_an_output_with_no_member_set() {
    let output = read_cbor::<Output>("ListThings", &http::Response::new(Vec::new())).unwrap();
    assert_eq!(output, Output::default());
}

#[test]
fn a_cbor_body_reads_back_to_what_was_written() {
    let output = Output {
        items: vec![Item { count: 7 }],
    };
    let body = write_cbor("ListThings", &output).unwrap();
    assert_eq!(
        read_cbor::<Output>("ListThings", &http::Response::new(body)).unwrap(),
        output
    );
}

#[derive(Debug)]
enum ListThingsError {
    Unhandled(Unhandled),
}

impl OperationError for ListThingsError {
    fn from_response(response: &ErrorResponse<'_>) -> Self {
        Self::Unhandled(Unhandled::from_response(response))
    }
    fn modeled_name(&self) -> Option<&'static str> {
        None
    }
}

#[test]
fn a_cbor_error_body_gives_its_type_and_message() {
    let body = cbor(&serde_json::json!({
        "__type": "smithy.example#ThingNotFound",
        "message": "no such thing"
    }));
    let response = http::Response::builder().status(404).body(body).unwrap();
    let Err(ResponseError::Service(error)) =
        check_status::<ListThingsError>(Protocol::RpcV2Cbor, "ListThings", &response)
    else {
        panic!("a 404 is a service error");
    };
    assert_eq!(error.code(), Some("ThingNotFound"));
    assert_eq!(error.message(), Some("no such thing"));
    let ListThingsError::Unhandled(unhandled) = error.kind();
    assert_eq!(unhandled.status(), 404);
    assert_eq!(unhandled.body(), error.raw_body());
}
