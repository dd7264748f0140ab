//! The request `build_request` makes (Clean Rooms's checks, then the generated operation), byte
//! for byte as the service expects it: `PATCH`, the labels in the path, the JSON body and the
//! headers signing covers.

use aws_union_client::operation::EndpointUrl;
use cleanrooms_runtime::model::{TargetProtectedQueryStatus, UpdateProtectedQueryInput};
use cleanrooms_runtime::protocol::build_request;
use http::Method;

const MEMBERSHIP: &str = "f1e2d3c4-5678-90ab-cdef-000000000000";
const QUERY: &str = "a1b2c3d4-5678-90ab-cdef-000000000000";

fn input(membership: &str, query: &str) -> UpdateProtectedQueryInput {
    UpdateProtectedQueryInput::default()
        .membership_identifier(membership)
        .protected_query_identifier(query)
        .target_status(TargetProtectedQueryStatus::Cancelled)
}

fn request_to(url: &str) -> http::Request<Vec<u8>> {
    let endpoint = EndpointUrl::parse(url).expect("a valid endpoint");
    build_request(&input(MEMBERSHIP, QUERY), &endpoint).expect("a valid input")
}

#[test]
fn method_is_patch_and_path_names_membership_then_query() {
    let request = request_to("https://cleanrooms.us-east-1.amazonaws.com");
    assert_eq!(request.method(), Method::PATCH);
    assert_eq!(
        request.uri().path(),
        format!("/memberships/{MEMBERSHIP}/protectedQueries/{QUERY}")
    );
    assert_eq!(request.uri().query(), None);
}

#[test]
fn body_is_the_target_status_as_json_with_its_length() {
    let request = request_to("https://h.example");
    assert_eq!(request.body(), br#"{"targetStatus":"CANCELLED"}"#);
    assert_eq!(request.headers()["content-type"], "application/json");
    assert_eq!(request.headers()["content-length"], "28");
}

#[test]
fn host_header_is_the_endpoint_host_without_a_default_port() {
    assert_eq!(
        request_to("http://127.0.0.1:9000").headers()["host"],
        "127.0.0.1:9000"
    );
    assert_eq!(
        request_to("https://h.example:443").headers()["host"],
        "h.example"
    );
}

#[test]
fn the_endpoint_base_path_comes_first() {
    let request = request_to("https://proxy.example/cleanrooms/");
    assert_eq!(
        request.uri().path(),
        format!("/cleanrooms/memberships/{MEMBERSHIP}/protectedQueries/{QUERY}")
    );
}

#[test]
fn an_input_clean_rooms_refuses_builds_no_request() {
    let endpoint = EndpointUrl::parse("https://h.example").unwrap();
    // 36 characters, so botocore's checks (required, minimum length) would let it through.
    let dotted = "../../../../../../../../../../../../";
    let error = build_request(&input(dotted, QUERY), &endpoint).unwrap_err();
    assert_eq!(error.member(), "membershipIdentifier");
    let error = build_request(&input(MEMBERSHIP, "a/b"), &endpoint).unwrap_err();
    assert_eq!(error.member(), "protectedQueryIdentifier");
}
