//! A `Signer` keeps the day's signing key and still signs as AWS's own signer does, whenever
//! the key must change. The expected `authorization` headers are what botocore 1.43.11's
//! `SigV4Auth(credentials, "cleanrooms", region)` gives for the same request, its clock set to
//! the same second.
#![cfg(feature = "sigv4")]

use std::time::{Duration, UNIX_EPOCH};

use aws_union_client::sigv4::{Credentials, Signer};

/// The signing name the expected signatures were made with.
const SIGNING_NAME: &str = "cleanrooms";

const URL: &str = "https://cleanrooms.us-east-1.amazonaws.com/memberships/f1e2d3c4-5678-90ab-cdef-000000000002/protectedQueries/a1b2c3d4-5678-90ab-cdef-000000000001";
const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

fn request(url: &str) -> http::Request<Vec<u8>> {
    http::Request::patch(url)
        .header("content-type", "application/json")
        .body(br#"{"targetStatus":"CANCELLED"}"#.to_vec())
        .unwrap()
}

fn credentials() -> Credentials {
    Credentials::new("AKIDEXAMPLE", SECRET, None, None, "test")
}

/// Signs a fresh request with `signer` at `secs` after the epoch; its `authorization`.
fn authorization(signer: &Signer, credentials: &Credentials, region: &str, secs: u64) -> String {
    let mut request = request(&URL.replace("us-east-1", region));
    let time = UNIX_EPOCH + Duration::from_secs(secs);
    signer
        .sign(&mut request, credentials, region, SIGNING_NAME, time)
        .unwrap();
    request.headers()["authorization"]
        .to_str()
        .unwrap()
        .to_owned()
}

#[test]
fn a_signer_signs_as_botocore_does_and_again_with_the_kept_key() {
    let signer = Signer::new();
    let expected =
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20231114/us-east-1/cleanrooms/aws4_request, \
                    SignedHeaders=content-type;host;x-amz-date, \
                    Signature=57289ccb6890065dad635da638ec02ad76264fc3be18fef4fadde4091d43e5d3";
    assert_eq!(
        authorization(&signer, &credentials(), "us-east-1", 1_700_000_000),
        expected
    );
    assert_eq!(
        authorization(&signer, &credentials(), "us-east-1", 1_700_000_000),
        expected
    );
}

#[test]
fn across_utc_midnight_the_key_is_derived_for_the_new_day() {
    let signer = Signer::new();
    // 2023-11-14T23:59:59Z, then 2023-11-15T00:00:00Z.
    assert_eq!(
        authorization(&signer, &credentials(), "us-east-1", 1_700_006_399),
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20231114/us-east-1/cleanrooms/aws4_request, \
         SignedHeaders=content-type;host;x-amz-date, \
         Signature=51a1e4a550a8972e01edbf95d45a1484fdb37b7ca69293eb37a7c9c94d402c9d"
    );
    assert_eq!(
        authorization(&signer, &credentials(), "us-east-1", 1_700_006_400),
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20231115/us-east-1/cleanrooms/aws4_request, \
         SignedHeaders=content-type;host;x-amz-date, \
         Signature=6c5f59db06d0ab909176c64b6712788a051ffafbaff5017781ed65f351ee50f3"
    );
}

#[test]
fn after_a_credentials_refresh_the_key_is_derived_from_the_new_secret() {
    let signer = Signer::new();
    authorization(&signer, &credentials(), "us-east-1", 1_700_000_000);
    // A minute later, the same day: new credentials from the provider.
    let refreshed = Credentials::new(
        "ASIAREFRESHEXAMPLE",
        "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
        Some("AQoDYXdzEJr1K2EXAMPLETOKEN".into()),
        None,
        "test",
    );
    assert_eq!(
        authorization(&signer, &refreshed, "us-east-1", 1_700_000_060),
        "AWS4-HMAC-SHA256 Credential=ASIAREFRESHEXAMPLE/20231114/us-east-1/cleanrooms/aws4_request, \
         SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, \
         Signature=2ea4b4b936ce2b19f24c65ce708f851cbf602cc6526fbf5c8bf900abb8b65402"
    );
}

#[test]
fn another_region_gets_a_key_of_its_own() {
    let signer = Signer::new();
    authorization(&signer, &credentials(), "us-east-1", 1_700_000_000);
    assert_eq!(
        authorization(&signer, &credentials(), "eu-west-1", 1_700_000_000),
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20231114/eu-west-1/cleanrooms/aws4_request, \
         SignedHeaders=content-type;host;x-amz-date, \
         Signature=de5b768d0b4e085384481cf8bee55cbdd1fd6e7e1b20ff8470f49e5818ede949"
    );
}

#[test]
fn a_signer_adds_the_session_token_as_a_sensitive_header() {
    let signer = Signer::new();
    let credentials = Credentials::new(
        "AKIDEXAMPLE",
        SECRET,
        Some("FQoGZXIvYXdzEXAMPLETOKEN".into()),
        None,
        "test",
    );
    let mut request = request(URL);
    let time = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    signer
        .sign(&mut request, &credentials, "us-east-1", SIGNING_NAME, time)
        .unwrap();
    let token = &request.headers()["x-amz-security-token"];
    assert_eq!(token, "FQoGZXIvYXdzEXAMPLETOKEN");
    assert!(token.is_sensitive());
    assert_eq!(
        request.headers()["authorization"],
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20231114/us-east-1/cleanrooms/aws4_request, \
         SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, \
         Signature=3f897c381967f6e31c052dcf427fc27f1679d916bb80a4cd2824d69fb1bfeea0"
    );
}
