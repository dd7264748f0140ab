//! The generated test crate's glue between the generated operations and the comparisons: build
//! a request with fixed idempotency tokens, turn it into what `check` compares, build a
//! response, read an output or a service error. Every failure panics with what differs.

use std::fmt::Debug;

use aws_union_client::operation::{
    EndpointUrl, IdempotencyTokens, Operation, RequestContext, ResponseError, ServiceError,
};

use crate::check::{self, Format};

/// The token botocore's tests expect for an idempotency token left unset.
#[derive(Debug)]
pub struct FixedTokens;

impl IdempotencyTokens for FixedTokens {
    fn next_token(&self) -> String {
        "00000000-0000-4000-8000-000000000000".to_owned()
    }
}

/// Builds `O`'s request for `input`, sent to `endpoint`.
pub fn build<O: Operation>(input: &O::Input, endpoint: &str) -> http::Request<Vec<u8>> {
    let endpoint = EndpointUrl::parse(endpoint).expect("the case's endpoint");
    let context = RequestContext {
        endpoint: &endpoint,
        tokens: &FixedTokens,
        inject_host_prefix: true,
    };
    O::build_request(input, &context)
        .unwrap_or_else(|e| panic!("build_request refused the input: {e}"))
}

/// Panics with every difference between `request` and `expected`.
pub fn check_request(request: &http::Request<Vec<u8>>, expected: &check::Expected, format: Format) {
    let uri = request.uri();
    let mut headers: Vec<(String, String)> = Vec::new();
    for name in request.headers().keys() {
        let values: Vec<String> = request
            .headers()
            .get_all(name)
            .iter()
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
            .collect();
        headers.push((name.as_str().to_owned(), values.join(", ")));
    }
    let actual = check::Request {
        method: request.method().as_str(),
        authority: uri.authority().map_or("", |a| a.as_str()),
        path_and_query: uri.path_and_query().map_or("", |p| p.as_str()),
        headers,
        body: request.body(),
    };
    let differences = check::request_differences(&actual, expected, format);
    let body = String::from_utf8_lossy(request.body());
    let shown: String = body.chars().take(400).collect();
    assert!(
        differences.is_empty(),
        "{differences}sent: {} {uri} {:?}\nbody: {shown:?}{}",
        request.method(),
        request.headers(),
        if shown.len() < body.len() { " …" } else { "" }
    );
}

/// A response with this status, headers and body.
pub fn response(status: u16, headers: &[(&str, &str)], body: Vec<u8>) -> http::Response<Vec<u8>> {
    let mut builder = http::Response::builder().status(status);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(body).expect("the case's response")
}

/// The body of a CBOR case, given in base64.
pub fn base64(text: &str) -> Vec<u8> {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .expect("the case's base64 body")
}

/// The output `O` reads from `response`, which must be one.
pub fn output<O: Operation>(response: &http::Response<Vec<u8>>) -> O::Output
where
    O::Error: Debug,
{
    O::parse_response(response).unwrap_or_else(|e| panic!("expected the output, got: {e:?}"))
}

/// The service error `O` reads from `response`, which must be one.
pub fn service_error<O: Operation>(response: &http::Response<Vec<u8>>) -> ServiceError<O::Error>
where
    O::Output: Debug,
{
    match O::parse_response(response) {
        Err(ResponseError::Service(error)) => error,
        other => panic!("expected a service error, got: {other:?}"),
    }
}

/// The error's code and message are botocore's (`""` for none).
pub fn check_code<E>(error: &ServiceError<E>, code: &str, message: &str) {
    assert_eq!(error.code().unwrap_or(""), code, "error code");
    assert_eq!(error.message().unwrap_or(""), message, "error message");
}

/// `got` equals `expected`; with `nan`, compared by their `Debug` text, since a NaN is not
/// equal to itself.
pub fn same<T: PartialEq + Debug>(got: &T, expected: &T, nan: bool) {
    let equal = if nan {
        format!("{got:?}") == format!("{expected:?}")
    } else {
        got == expected
    };
    assert!(equal, "expected {expected:?}\ngot      {got:?}");
}

/// Each member of `expected` (a JSON object) has the same JSON value in `body`: how an error
/// the operation keeps unhandled is compared with the members botocore read from it.
pub fn same_body_members(body: &[u8], expected: &str) {
    let expected: serde_json::Value = serde_json::from_str(expected).expect("the case's members");
    let body: serde_json::Value = serde_json::from_slice(body)
        .unwrap_or_else(|e| panic!("the unhandled error's body is not JSON: {e}"));
    for (member, want) in expected.as_object().into_iter().flatten() {
        let got = body.get(member);
        assert!(
            got.is_some_and(|got| check::json_eq(got, want)),
            "member {member}: expected {want}, the body has {got:?}"
        );
    }
}
