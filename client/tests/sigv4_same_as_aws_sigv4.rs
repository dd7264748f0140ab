//! This crate's canonical-request writer gives the same signature as the `aws-sigv4` crate's
//! general signer, for every kind of request a caller can hand to `sign_request`: headers
//! with spaces, repeated headers, no `host` header, ports, percent-encoded paths, a request
//! signed before (a retry), and the requests left to the general signer (a query, dots).
#![cfg(feature = "sigv4")]

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SigningSettings};
use aws_sigv4::sign::v4;
use aws_smithy_runtime_api::client::identity::Identity;
use aws_union_client::sigv4::{sign_request, Credentials, Signer};

/// The signing name the expected signatures were made with.
const SIGNING_NAME: &str = "cleanrooms";

const PATH: &str = "/memberships/f1e2d3c4-5678-90ab-cdef-000000000002/protectedQueries/a1b2c3d4-5678-90ab-cdef-000000000001";

fn credentials(token: Option<&str>) -> Credentials {
    Credentials::new(
        "AKIDEXAMPLE",
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        token.map(str::to_owned),
        None,
        "test",
    )
}

fn time() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_700_000_000)
}

/// `request` as `aws-sigv4` alone signs it.
fn by_aws_sigv4(
    request: &http::Request<Vec<u8>>,
    credentials: &Credentials,
    time: SystemTime,
) -> http::Request<Vec<u8>> {
    by_aws_sigv4_for(request, credentials, SIGNING_NAME, time)
}

/// `request` as `aws-sigv4` alone signs it for the signing name `service`.
fn by_aws_sigv4_for(
    request: &http::Request<Vec<u8>>,
    credentials: &Credentials,
    service: &str,
    time: SystemTime,
) -> http::Request<Vec<u8>> {
    let identity: Identity = credentials.clone().into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region("us-east-1")
        .name(service)
        .time(time)
        .settings(SigningSettings::default())
        .build()
        .unwrap()
        .into();
    let headers = request
        .headers()
        .iter()
        .map(|(name, value)| (name.as_str(), value.to_str().unwrap()));
    let signable = SignableRequest::new(
        request.method().as_str(),
        request.uri().to_string(),
        headers,
        SignableBody::Bytes(request.body()),
    )
    .unwrap();
    let (instructions, _) = sign(signable, &params).unwrap().into_parts();
    let mut signed = request.clone();
    instructions.apply_to_request_http1x(&mut signed);
    signed
}

/// Signs `request` with `sign_request` and with a `Signer`, and checks that both give the
/// request `aws-sigv4` gives: the same headers, values and sensitivity.
fn assert_same(request: http::Request<Vec<u8>>, token: Option<&str>, time: SystemTime) {
    let credentials = credentials(token);
    let expected = by_aws_sigv4(&request, &credentials, time);
    let sensitive = |r: &http::Request<Vec<u8>>| {
        r.headers()
            .iter()
            .filter(|(_, v)| v.is_sensitive())
            .map(|(n, _)| n.to_string())
            .collect::<Vec<_>>()
    };
    let mut ours = request.clone();
    sign_request(&mut ours, &credentials, "us-east-1", SIGNING_NAME, time).unwrap();
    assert_eq!(ours.headers(), expected.headers(), "{request:?}");
    assert_eq!(sensitive(&ours), sensitive(&expected));
    let mut kept = request;
    Signer::new()
        .sign(&mut kept, &credentials, "us-east-1", SIGNING_NAME, time)
        .unwrap();
    assert_eq!(kept.headers(), expected.headers());
}

fn patch(url: &str) -> http::request::Builder {
    http::Request::patch(url).header("content-type", "application/json")
}

const BODY: &[u8] = br#"{"targetStatus":"CANCELLED"}"#;

#[test]
fn the_clients_request_signs_the_same() {
    let url = format!("https://cleanrooms.us-east-1.amazonaws.com{PATH}");
    let request = patch(&url)
        .header("host", "cleanrooms.us-east-1.amazonaws.com")
        .header("content-length", "28")
        .header(
            "amz-sdk-invocation-id",
            "4b1f5a2e-8f0d-4c55-9a7e-2b3c4d5e6f70",
        )
        .header("amz-sdk-request", "attempt=1; max=3")
        .header("user-agent", "cleanrooms-runtime/0.1.0")
        .body(BODY.to_vec())
        .unwrap();
    assert_same(request.clone(), None, time());
    assert_same(request, Some("FQoGZXIvYXdzEXAMPLETOKEN"), time());
}

#[test]
fn header_values_are_trimmed_and_runs_of_spaces_collapsed_the_same() {
    let request = patch(&format!("https://cleanrooms.us-east-1.amazonaws.com{PATH}"))
        .header("x-custom", "  two   spaces \t and a tab  ")
        .header("x-empty", "")
        .body(BODY.to_vec())
        .unwrap();
    assert_same(request, None, time());
}

#[test]
fn repeated_headers_are_joined_the_same() {
    let request = patch(&format!("https://cleanrooms.us-east-1.amazonaws.com{PATH}"))
        .header("x-repeated", "first")
        .header("x-repeated", " second ")
        .header("a-first", "1")
        .header("zz-last", "2")
        .body(BODY.to_vec())
        .unwrap();
    assert_same(request, None, time());
}

#[test]
fn the_host_comes_from_the_uri_the_same_with_or_without_a_port() {
    for url in [
        "https://cleanrooms.us-east-1.amazonaws.com/x",
        "https://cleanrooms.us-east-1.amazonaws.com:443/x",
        "https://localhost:8443/x",
        "http://127.0.0.1:80/x",
        "http://127.0.0.1:8080/x",
        "http://[::1]:8080/x",
    ] {
        assert_same(patch(url).body(BODY.to_vec()).unwrap(), None, time());
    }
}

#[test]
fn percent_encoded_paths_are_encoded_again_the_same() {
    let url =
        "https://cleanrooms.us-east-1.amazonaws.com/memberships/a%2Fb%25c/protectedQueries/q~_-";
    assert_same(patch(url).body(BODY.to_vec()).unwrap(), None, time());
}

#[test]
fn a_request_signed_before_is_signed_again_the_same() {
    let url = format!("https://cleanrooms.us-east-1.amazonaws.com{PATH}");
    let mut request = patch(&url).body(BODY.to_vec()).unwrap();
    let token = Some("FQoGZXIvYXdzEXAMPLETOKEN");
    sign_request(
        &mut request,
        &credentials(token),
        "us-east-1",
        SIGNING_NAME,
        time(),
    )
    .unwrap();
    let later = time() + Duration::from_secs(90);
    assert_same(request.clone(), token, later);
    // A token left on the request is signed as any header when the credentials have none.
    assert_same(request, None, later);
}

#[test]
fn unsigned_headers_stay_unsigned_the_same() {
    let request = patch(&format!("https://cleanrooms.us-east-1.amazonaws.com{PATH}"))
        .header(
            "x-amzn-trace-id",
            "Root=1-5759e988-bd862e3fe1be46a994272793",
        )
        .header("transfer-encoding", "chunked")
        .header("authorization", "stale")
        .body(BODY.to_vec())
        .unwrap();
    assert_same(request, None, time());
}

#[test]
fn an_empty_body_and_another_method_sign_the_same() {
    let url = format!("https://cleanrooms.us-east-1.amazonaws.com{PATH}");
    assert_same(
        http::Request::get(&url).body(Vec::new()).unwrap(),
        None,
        time(),
    );
}

#[test]
fn requests_left_to_the_general_signer_sign_the_same() {
    for url in [
        "https://cleanrooms.us-east-1.amazonaws.com/x?b=2&a=1",
        "https://cleanrooms.us-east-1.amazonaws.com/a/./b/../c",
        "https://cleanrooms.us-east-1.amazonaws.com/a//b",
        "https://cleanrooms.us-east-1.amazonaws.com/a:b,c",
    ] {
        assert_same(patch(url).body(BODY.to_vec()).unwrap(), None, time());
    }
    let before_1970 = UNIX_EPOCH - Duration::from_secs(86_400 * 365);
    let url = format!("https://cleanrooms.us-east-1.amazonaws.com{PATH}");
    assert_same(patch(&url).body(BODY.to_vec()).unwrap(), None, before_1970);
}

#[test]
fn a_header_value_that_is_not_visible_ascii_is_an_error() {
    let mut request = patch(&format!("https://cleanrooms.us-east-1.amazonaws.com{PATH}"))
        .header(
            "x-bad",
            http::HeaderValue::from_bytes(b"caf\xc3\xa9").unwrap(),
        )
        .body(BODY.to_vec())
        .unwrap();
    let error = sign_request(
        &mut request,
        &credentials(None),
        "us-east-1",
        SIGNING_NAME,
        time(),
    )
    .unwrap_err();
    assert!(error.to_string().contains("`x-bad`"), "{error}");
}

#[test]
fn each_signing_name_signs_as_aws_sigv4_does_and_a_signer_keeps_a_key_per_name() {
    let credentials = credentials(None);
    let signer = Signer::new();
    // One signer, the signing name changing from request to request: each key is derived
    // for its own name, never reused for another.
    for service in ["cleanrooms", "dynamodb", "cleanrooms", "execute-api"] {
        let request = patch(&format!("https://{service}.us-east-1.amazonaws.com{PATH}"))
            .body(BODY.to_vec())
            .unwrap();
        let expected = by_aws_sigv4_for(&request, &credentials, service, time());
        let mut derived = request.clone();
        sign_request(&mut derived, &credentials, "us-east-1", service, time()).unwrap();
        let mut kept = request;
        signer
            .sign(&mut kept, &credentials, "us-east-1", service, time())
            .unwrap();
        assert_eq!(derived.headers(), expected.headers(), "{service}");
        assert_eq!(kept.headers(), expected.headers(), "{service}");
        let authorization = kept.headers()["authorization"].to_str().unwrap();
        assert!(
            authorization.contains(&format!("/us-east-1/{service}/aws4_request")),
            "{authorization}"
        );
    }
}
