//! Unit tests of service errors: what they show, and what they keep.

use super::*;
use crate::protocol::Protocol;

#[derive(Debug, PartialEq)]
enum TestError {
    Unhandled(Unhandled),
}

impl OperationError for TestError {
    fn from_response(response: &ErrorResponse<'_>) -> Self {
        Self::Unhandled(Unhandled::from_response(response))
    }
    fn modeled_name(&self) -> Option<&'static str> {
        None
    }
}

fn service_error(body: &[u8]) -> ServiceError<TestError> {
    let headers = HeaderMap::new();
    let meta = ErrorMetadata::read(Protocol::AwsJson1_0, &headers, body);
    ServiceError::from_response(&ErrorResponse {
        operation: "GetItem",
        meta: &meta,
        status: StatusCode::BAD_REQUEST,
        headers: &headers,
        body,
    })
}

#[test]
fn control_characters_of_a_service_message_are_escaped_in_display() {
    let error = service_error(b"{\"__type\":\"E\",\"message\":\"line\\nforged \\u001b[31m\"}");
    let shown = error.to_string();
    assert!(
        !shown.contains('\n') && !shown.contains('\u{1b}'),
        "{shown}"
    );
    assert!(shown.contains("line\\nforged \\u{1b}[31m"), "{shown}");
}

#[test]
fn a_service_error_without_a_code_says_so() {
    let error = service_error(b"<html>502 Bad Gateway</html>");
    assert_eq!(
        error.to_string(),
        "GetItem: service error without an error code (HTTP 400)"
    );
}

#[test]
fn a_service_error_says_operation_code_message_and_status() {
    let error = service_error(br#"{"__type":"a#ValidationException","message":"bad key"}"#);
    assert_eq!(
        error.to_string(),
        "GetItem: service error ValidationException: bad key (HTTP 400)"
    );
    assert!(matches!(error.kind(), TestError::Unhandled(u) if u.body() == error.raw_body()));
}
