//! Generated operations at work: requests built and responses read through the pure contract
//! (`Operation::build_request`, `Operation::parse_response`), one test per rule. This file is
//! copied into the crate that `tests/compile.rs` generates, and runs there.

use aws_union_client::http;
use aws_union_client::operation::{
    EndpointUrl, IdempotencyTokens, InputErrorKind, Operation, OperationError, RequestContext,
    ResponseError,
};
use aws_union_client::protocol::Protocol;
use generated_models::{operations_cbor as cbor, operations_json as json};

#[derive(Debug)]
struct FixedTokens;

impl IdempotencyTokens for FixedTokens {
    fn next_token(&self) -> String {
        "00000000-0000-4000-8000-000000000000".to_owned()
    }
}

fn endpoint() -> EndpointUrl {
    EndpointUrl::parse("https://ledger.example.com").unwrap()
}

fn json_body(request: &http::Request<Vec<u8>>) -> serde_json::Value {
    serde_json::from_slice(request.body()).unwrap()
}

fn response(status: u16, headers: &[(&str, &str)], body: &[u8]) -> http::Response<Vec<u8>> {
    let mut builder = http::Response::builder().status(status);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(body.to_vec()).unwrap()
}

fn create_input() -> json::CreateEntryInput {
    let mut input = json::CreateEntryInput::default();
    input.book = Some("cash".into());
    input.amount = Some(5);
    input
}

#[test]
fn a_required_member_left_unset_is_an_error_naming_it() {
    let endpoint = endpoint();
    let mut input = create_input();
    input.amount = None;
    let error = json::CreateEntry::build_request(&input, &RequestContext::new(&endpoint))
        .unwrap_err();
    assert_eq!(error.kind(), &InputErrorKind::Missing);
    assert_eq!(error.member(), "amount");
    assert_eq!(error.operation(), "CreateEntry");
}

#[test]
fn a_string_or_list_shorter_than_its_min_is_refused() {
    let endpoint = endpoint();
    let mut input = create_input();
    input.book = Some("ab".into());
    let error = json::CreateEntry::build_request(&input, &RequestContext::new(&endpoint))
        .unwrap_err();
    assert_eq!(error.member(), "book");
    assert!(matches!(error.kind(), InputErrorKind::TooShort { min: 3, len: 2 }));
    let mut input = create_input();
    input.tags = Some(Vec::new());
    let error = json::CreateEntry::build_request(&input, &RequestContext::new(&endpoint))
        .unwrap_err();
    assert_eq!(error.member(), "tags");
}

#[test]
fn a_number_below_its_min_is_refused() {
    let endpoint = endpoint();
    let mut input = create_input();
    input.amount = Some(0);
    let error = json::CreateEntry::build_request(&input, &RequestContext::new(&endpoint))
        .unwrap_err();
    assert!(matches!(error.kind(), InputErrorKind::TooSmall { .. }));
}

#[test]
fn an_aws_json_request_names_the_operation_in_x_amz_target() {
    let endpoint = endpoint();
    let mut input = json::GetEntryInput::default();
    input.id = Some("e-1".into());
    let request = json::GetEntry::build_request(&input, &RequestContext::new(&endpoint)).unwrap();
    assert_eq!(request.method(), http::Method::POST);
    assert_eq!(request.uri(), "https://ledger.example.com/");
    assert_eq!(request.headers()["x-amz-target"], "Ledger_20240601.GetEntry");
    assert_eq!(request.headers()["content-type"], "application/x-amz-json-1.1");
    assert_eq!(json_body(&request), serde_json::json!({"id": "e-1"}));
}

#[test]
fn an_unset_idempotency_token_is_filled_from_the_context_source() {
    let endpoint = endpoint();
    let context = RequestContext {
        tokens: &FixedTokens,
        ..RequestContext::new(&endpoint)
    };
    let request = json::CreateEntry::build_request(&create_input(), &context).unwrap();
    assert_eq!(
        json_body(&request)["clientToken"],
        "00000000-0000-4000-8000-000000000000"
    );
    let mut input = create_input();
    input.client_token = Some("mine".into());
    let request = json::CreateEntry::build_request(&input, &context).unwrap();
    assert_eq!(json_body(&request)["clientToken"], "mine");
}

#[test]
fn the_host_prefix_goes_before_the_endpoint_host_unless_turned_off() {
    let endpoint = endpoint();
    let request =
        json::CreateEntry::build_request(&create_input(), &RequestContext::new(&endpoint))
            .unwrap();
    assert_eq!(request.uri(), "https://data-ledger.example.com/");
    let context = RequestContext {
        inject_host_prefix: false,
        ..RequestContext::new(&endpoint)
    };
    let request = json::CreateEntry::build_request(&create_input(), &context).unwrap();
    assert_eq!(request.uri(), "https://ledger.example.com/");
}

#[test]
fn an_aws_json_operation_without_input_sends_an_empty_object() {
    let endpoint = endpoint();
    let request = json::ListEntries::build_request(&(), &RequestContext::new(&endpoint)).unwrap();
    assert_eq!(request.body(), b"{}");
}

#[test]
fn an_output_is_read_from_the_json_body() {
    let ok = response(200, &[], br#"{"entry": {"id": "e-1", "amount": 5, "kind": "DEBIT"}}"#);
    let output = json::GetEntry::parse_response(&ok).unwrap();
    let entry = output.entry.unwrap();
    assert_eq!(entry.id, "e-1");
    assert_eq!(entry.kind, Some(json::Kind::Debit));
}

#[test]
fn an_output_that_does_not_read_is_an_error_naming_the_wire_path() {
    let bad = response(200, &[], br#"{"entry": {"id": 5}}"#);
    let Err(ResponseError::Decode(error)) = json::GetEntry::parse_response(&bad) else {
        panic!("a number for a string must not read");
    };
    assert_eq!(error.path(), "entry.id");
}

#[test]
fn a_modelled_error_is_its_variant_with_its_members() {
    let body = br#"{"__type": "com.example#EntryNotFound", "message": "no such entry", "id": "e-9"}"#;
    let Err(ResponseError::Service(error)) =
        json::GetEntry::parse_response(&response(400, &[], body))
    else {
        panic!("an error status must be a service error");
    };
    let json::GetEntryError::EntryNotFound(not_found) = error.kind() else {
        panic!("{:?}", error.kind());
    };
    assert_eq!(not_found.message, "no such entry");
    assert_eq!(not_found.id.as_deref(), Some("e-9"));
    assert_eq!(error.kind().modeled_name(), Some("EntryNotFound"));
    assert_eq!(error.kind().to_string(), "EntryNotFound: no such entry");
}

#[test]
fn an_unknown_error_code_is_unhandled_and_keeps_everything() {
    let body = br#"{"__type": "NewError", "message": "later"}"#;
    let Err(ResponseError::Service(error)) =
        json::GetEntry::parse_response(&response(409, &[("x-amzn-requestid", "r-1")], body))
    else {
        panic!("an error status must be a service error");
    };
    let json::GetEntryError::Unhandled(unhandled) = error.kind() else {
        panic!("{:?}", error.kind());
    };
    assert_eq!(unhandled.code(), Some("NewError"));
    assert_eq!(unhandled.body(), body);
    assert_eq!(error.request_id(), Some("r-1"));
    assert_eq!(error.kind().modeled_name(), None);
}

#[test]
fn a_modelled_error_whose_body_does_not_read_is_unhandled() {
    let body = br#"{"__type": "EntryNotFound", "message": ["not", "a", "string"]}"#;
    let Err(ResponseError::Service(error)) =
        json::GetEntry::parse_response(&response(400, &[], body))
    else {
        panic!("an error status must be a service error");
    };
    assert!(matches!(error.kind(), json::GetEntryError::Unhandled(_)));
    assert_eq!(error.code(), Some("EntryNotFound"));
}

#[test]
fn the_service_constant_names_the_signing_name_and_protocol() {
    assert_eq!(json::SERVICE.service_id, "Ledger");
    assert_eq!(json::SERVICE.signing_name, "ledger-signing");
    assert_eq!(json::SERVICE.protocol, Protocol::AwsJson1_1);
    assert_eq!(<json::GetEntry as Operation>::NAME, "GetEntry");
    assert_eq!(cbor::SERVICE.protocol, Protocol::RpcV2Cbor);
}

#[test]
fn a_cbor_request_goes_to_the_service_and_operation_path() {
    let endpoint = endpoint();
    let mut input = cbor::GetEntryInput::default();
    input.id = Some("e-1".into());
    let request = cbor::GetEntry::build_request(&input, &RequestContext::new(&endpoint)).unwrap();
    assert_eq!(
        request.uri(),
        "https://ledger.example.com/service/LedgerCbor/operation/GetEntry"
    );
    assert_eq!(request.headers()["smithy-protocol"], "rpc-v2-cbor");
    assert_eq!(request.headers()["content-type"], "application/cbor");
    assert_eq!(request.headers()["x-amzn-query-mode"], "true");
    assert!(request.headers().get("x-amz-target").is_none());
    let body: ciborium::Value = ciborium::from_reader(request.body().as_slice()).unwrap();
    assert_eq!(
        body,
        ciborium::Value::Map(vec![("id".into(), "e-1".into())])
    );
}

#[test]
fn a_cbor_operation_without_input_sends_no_body() {
    let endpoint = endpoint();
    let request = cbor::ListEntries::build_request(&(), &RequestContext::new(&endpoint)).unwrap();
    assert!(request.body().is_empty());
    assert!(request.headers().get("content-type").is_none());
}

#[test]
fn a_cbor_output_is_read_from_the_cbor_body() {
    let mut body = Vec::new();
    let entry = ciborium::Value::Map(vec![("id".into(), "e-1".into())]);
    ciborium::into_writer(&ciborium::Value::Map(vec![("entry".into(), entry)]), &mut body)
        .unwrap();
    let output = cbor::GetEntry::parse_response(&response(200, &[], &body)).unwrap();
    assert_eq!(output.entry.unwrap().id, "e-1");
}

#[test]
fn a_query_compatible_error_code_selects_the_error_it_names() {
    let mut body = Vec::new();
    let fields = vec![
        ("__type".into(), "com.example#EntryNotFound".into()),
        ("message".into(), "gone".into()),
    ];
    ciborium::into_writer(&ciborium::Value::Map(fields), &mut body).unwrap();
    let headers = [("x-amzn-query-error", "Ledger.EntryNotFound;Sender")];
    let Err(ResponseError::Service(error)) =
        cbor::GetEntry::parse_response(&response(404, &headers, &body))
    else {
        panic!("an error status must be a service error");
    };
    assert!(matches!(error.kind(), cbor::GetEntryError::EntryNotFound(e) if e.message == "gone"));
    assert_eq!(error.code(), Some("Ledger.EntryNotFound"));
}
