//! Generated restJson1 operations at work: members bound to the URI, the query string,
//! headers, the status code and the payload, both ways, one test per rule. This file is copied
//! into the crate that `tests/compile.rs` generates, and runs there.

use std::collections::BTreeMap;

use aws_union::{Blob, Timestamp};
use aws_union_client::http;
use aws_union_client::operation::{
    EndpointUrl, InputErrorKind, Operation, RequestContext, ResponseError,
};
use generated_models::operations_rest as shelf;

fn endpoint() -> EndpointUrl {
    EndpointUrl::parse("https://shelf.example.com").unwrap()
}

fn response(status: u16, headers: &[(&str, &str)], body: &[u8]) -> http::Response<Vec<u8>> {
    let mut builder = http::Response::builder().status(status);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(body.to_vec()).unwrap()
}

fn get_book() -> shelf::GetBookInput {
    let mut input = shelf::GetBookInput::default();
    input.shelf = Some("my shelf".into());
    input.book_id = Some(7);
    input
}

#[test]
fn labels_fill_the_path_after_the_literal_query() {
    let endpoint = endpoint();
    let request = shelf::GetBook::build_request(&get_book(), &RequestContext::new(&endpoint)).unwrap();
    assert_eq!(request.method(), http::Method::GET);
    assert_eq!(
        request.uri(),
        "https://shelf.example.com/shelves/my%20shelf/books/7?view=full"
    );
    assert!(request.body().is_empty());
}

#[test]
fn an_empty_uri_label_is_refused() {
    let endpoint = endpoint();
    let mut input = get_book();
    input.shelf = Some(String::new());
    let error = shelf::GetBook::build_request(&input, &RequestContext::new(&endpoint)).unwrap_err();
    assert_eq!(error.member(), "shelf");
    assert_eq!(error.kind(), &InputErrorKind::EmptyLabel);
}

#[test]
fn query_members_lists_and_maps_become_parameters_and_names_win_over_maps() {
    let endpoint = endpoint();
    let mut input = get_book();
    input.version = Some(2);
    input.tags = Some(vec!["a".into(), "b c".into()]);
    input.since = Some(Timestamp::from_secs(1_576_540_098).unwrap());
    input.filters = Some(BTreeMap::from([
        ("v".to_string(), "9".to_string()),
        ("x".to_string(), "y".to_string()),
    ]));
    let request = shelf::GetBook::build_request(&input, &RequestContext::new(&endpoint)).unwrap();
    assert_eq!(
        request.uri().query(),
        Some("view=full&v=2&tag=a&tag=b%20c&since=1576540098&x=y")
    );
}

#[test]
fn header_members_are_written_in_their_forms() {
    let endpoint = endpoint();
    let mut input = get_book();
    input.if_match = Some("etag-1".into());
    input.langs = Some(vec!["en".into(), "fr,ca".into()]);
    input.settings = Some("true".into());
    input.stamp = Some(Timestamp::from_secs(1_576_540_098).unwrap());
    input.meta = Some(BTreeMap::from([("k".to_string(), "v".to_string())]));
    let request = shelf::GetBook::build_request(&input, &RequestContext::new(&endpoint)).unwrap();
    let headers = request.headers();
    assert_eq!(headers["if-match"], "etag-1");
    assert_eq!(headers["x-langs"], "en, \"fr,ca\"");
    assert_eq!(headers["x-settings"], "dHJ1ZQ==");
    assert_eq!(headers["x-stamp"], "Mon, 16 Dec 2019 23:48:18 GMT");
    assert_eq!(headers["x-meta-k"], "v");
}

#[test]
fn a_greedy_label_a_host_label_and_a_blob_payload() {
    let endpoint = endpoint();
    let mut input = shelf::PutCoverInput::default();
    input.key = Some("covers/a b.png".into());
    input.shelf_name = Some("main".into());
    input.content_type = Some("image/png".into());
    input.cover = Some(Blob::new(*b"\x89PNG"));
    let request = shelf::PutCover::build_request(&input, &RequestContext::new(&endpoint)).unwrap();
    assert_eq!(request.method(), http::Method::PUT);
    assert_eq!(
        request.uri(),
        "https://main.covers.shelf.example.com/covers/covers/a%20b.png"
    );
    assert_eq!(request.headers()["content-type"], "image/png");
    assert_eq!(request.body(), b"\x89PNG");
}

#[test]
fn a_host_label_that_cannot_be_in_a_host_name_is_refused() {
    let endpoint = endpoint();
    let mut input = shelf::PutCoverInput::default();
    input.key = Some("k".into());
    input.shelf_name = Some("a/b".into());
    let error = shelf::PutCover::build_request(&input, &RequestContext::new(&endpoint)).unwrap_err();
    assert_eq!(error.kind(), &InputErrorKind::InvalidHostLabel);
    assert_eq!(error.member(), "shelfName");
}

#[test]
fn the_body_holds_the_body_members_only() {
    let endpoint = endpoint();
    let mut input = shelf::UpdateBookInput::default();
    input.book_id = Some(3);
    input.title = Some("Title".into());
    input.price = Some(1.5);
    input.client_token = Some("token".into());
    let request = shelf::UpdateBook::build_request(&input, &RequestContext::new(&endpoint)).unwrap();
    assert_eq!(request.method(), http::Method::PATCH);
    assert_eq!(request.uri().path(), "/books/3");
    assert_eq!(request.headers()["content-type"], "application/json");
    let body: serde_json::Value = serde_json::from_slice(request.body()).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"Title": "Title", "price": 1.5, "clientToken": "token"})
    );
}

#[test]
fn an_operation_without_input_sends_no_body() {
    let endpoint = endpoint();
    let request = shelf::ListShelves::build_request(&(), &RequestContext::new(&endpoint)).unwrap();
    assert_eq!(request.uri().path(), "/shelves");
    assert!(request.body().is_empty());
    assert!(request.headers().get("content-length").is_none());
}

#[test]
fn status_headers_prefix_headers_and_a_structure_payload_are_read() {
    let body = br#"{"Title": "Dune", "kind": "NOVEL"}"#;
    let headers = [
        ("etag", "e-1"),
        ("last-modified", "Mon, 16 Dec 2019 23:48:18 GMT"),
        ("x-kind", "ESSAY"),
        ("x-meta-a", "1"),
    ];
    let output = shelf::GetBook::parse_response(&response(200, &headers, body)).unwrap();
    assert_eq!(output.status, Some(200));
    assert_eq!(output.etag.as_deref(), Some("e-1"));
    assert_eq!(output.modified.map(|t| t.secs()), Some(1_576_540_098));
    assert_eq!(output.kind, Some(shelf::Kind::Essay));
    assert_eq!(
        output.meta,
        Some(BTreeMap::from([("a".to_string(), "1".to_string())]))
    );
    assert_eq!(output.book.unwrap().title, "Dune");
}

#[test]
fn an_empty_body_is_an_absent_payload() {
    let output = shelf::GetBook::parse_response(&response(200, &[], b"")).unwrap();
    assert!(output.book.is_none());
    assert!(output.meta.is_none());
}

#[test]
fn a_header_that_does_not_read_is_an_error_naming_it() {
    let bad = response(200, &[("last-modified", "yesterday")], b"{}");
    let Err(ResponseError::Decode(error)) = shelf::GetBook::parse_response(&bad) else {
        panic!("a header that is no timestamp must not read");
    };
    assert_eq!(error.path(), "Last-Modified");
}

#[test]
fn a_text_payload_is_the_body() {
    let output = shelf::PutCover::parse_response(&response(200, &[], b"receipt-9")).unwrap();
    assert_eq!(output.receipt.as_deref(), Some("receipt-9"));
}

/// A streaming blob output (as Polly's `SynthesizeSpeech` audio) is not a stream here: the
/// operation reads the whole response body, bytes as they came, into the output's `Blob`.
#[test]
fn a_streaming_blob_output_is_the_whole_body_held_in_memory() {
    let body: Vec<u8> = (0..1_048_576u32).map(|i| (i % 251) as u8).collect();
    let response = response(200, &[("content-type", "image/png")], &body);
    let output = shelf::GetCover::parse_response(&response).unwrap();
    assert_eq!(output.content_type.as_deref(), Some("image/png"));
    assert_eq!(output.cover.map(Blob::into_inner), Some(body));
}

#[test]
fn a_modelled_error_reads_its_header_members_and_the_error_type_header() {
    let headers = [("x-amzn-errortype", "ThrottlingException:http://internal/"), ("retry-after", "5")];
    let Err(ResponseError::Service(error)) =
        shelf::GetBook::parse_response(&response(429, &headers, br#"{"message": "slow down"}"#))
    else {
        panic!("an error status must be a service error");
    };
    let shelf::GetBookError::ThrottlingException(throttled) = error.kind() else {
        panic!("{:?}", error.kind());
    };
    assert_eq!(throttled.retry_after_seconds, Some(5));
    assert_eq!(throttled.message.as_deref(), Some("slow down"));
}

#[test]
fn an_error_whose_header_member_does_not_read_is_unhandled() {
    let headers = [("x-amzn-errortype", "ThrottlingException"), ("retry-after", "soon")];
    let Err(ResponseError::Service(error)) =
        shelf::GetBook::parse_response(&response(429, &headers, b"{}"))
    else {
        panic!("an error status must be a service error");
    };
    assert!(matches!(error.kind(), shelf::GetBookError::Unhandled(_)));
}

#[test]
fn an_output_body_member_and_the_status_read_together() {
    let output = shelf::UpdateBook::parse_response(&response(200, &[], br#"{"Title": "T", "price": 2.5}"#)).unwrap();
    assert_eq!((output.title.as_str(), output.price), ("T", Some(2.5)));
    assert_eq!(<shelf::UpdateBook as Operation>::NAME, "UpdateBook");
}
