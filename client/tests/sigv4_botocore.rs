//! SigV4 agrees with AWS's own signer: the expected `Authorization` headers below are what
//! botocore 1.44.8's `SigV4Auth(credentials, "cleanrooms", "us-east-1")` gives for the same
//! request at the same time (2023-11-14T22:13:20Z).
#![cfg(feature = "sigv4")]

use std::time::{Duration, UNIX_EPOCH};

use aws_union_client::sigv4::{sign_request, Credentials};

/// The signing name the expected signatures were made with.
const SIGNING_NAME: &str = "cleanrooms";

const URL: &str = "https://cleanrooms.us-east-1.amazonaws.com/memberships/f1e2d3c4-5678-90ab-cdef-000000000002/protectedQueries/a1b2c3d4-5678-90ab-cdef-000000000001";
const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

fn signed(session_token: Option<&str>) -> http::Request<Vec<u8>> {
    let mut request = http::Request::patch(URL)
        .header("content-type", "application/json")
        .body(br#"{"targetStatus":"CANCELLED"}"#.to_vec())
        .unwrap();
    let credentials = Credentials::new(
        "AKIDEXAMPLE",
        SECRET,
        session_token.map(str::to_owned),
        None,
        "test",
    );
    let time = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    sign_request(&mut request, &credentials, "us-east-1", SIGNING_NAME, time).unwrap();
    request
}

#[test]
fn the_signature_matches_botocores() {
    let request = signed(None);
    assert_eq!(request.headers()["x-amz-date"], "20231114T221320Z");
    assert_eq!(
        request.headers()["authorization"],
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20231114/us-east-1/cleanrooms/aws4_request, \
         SignedHeaders=content-type;host;x-amz-date, \
         Signature=57289ccb6890065dad635da638ec02ad76264fc3be18fef4fadde4091d43e5d3"
    );
}

#[test]
fn the_signature_with_a_session_token_matches_botocores() {
    let request = signed(Some("FQoGZXIvYXdzEXAMPLETOKEN"));
    assert_eq!(
        request.headers()["x-amz-security-token"],
        "FQoGZXIvYXdzEXAMPLETOKEN"
    );
    assert_eq!(
        request.headers()["authorization"],
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20231114/us-east-1/cleanrooms/aws4_request, \
         SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, \
         Signature=3f897c381967f6e31c052dcf427fc27f1679d916bb80a4cd2824d69fb1bfeea0"
    );
}
