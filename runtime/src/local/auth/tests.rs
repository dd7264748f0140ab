//! Unit tests of the signature check: accepted requests, and each refusal with AWS's code and
//! message; the `x-amz-date` format read and written back.

use std::time::UNIX_EPOCH;

use super::*;
use crate::sigv4::sign_request;

const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

fn verifier(token: Option<&str>) -> Verifier {
    Verifier {
        credentials: Credentials::new("AKIDEXAMPLE", SECRET, token.map(Into::into), None, "t"),
        region: "us-east-1".into(),
    }
}

fn at(secs: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(secs)
}

fn signed(secret: &str, token: Option<&str>, time: SystemTime) -> (Parts, Vec<u8>) {
    let mut request =
        http::Request::patch("http://127.0.0.1:8080/memberships/m/protectedQueries/q")
            .header("host", "127.0.0.1:8080")
            .header("content-type", "application/json")
            .body(br#"{"targetStatus":"CANCELLED"}"#.to_vec())
            .unwrap();
    let credentials = Credentials::new("AKIDEXAMPLE", secret, token.map(Into::into), None, "t");
    sign_request(&mut request, &credentials, "us-east-1", time).unwrap();
    let (parts, body) = request.into_parts();
    (parts, body)
}

#[test]
fn a_request_signed_with_the_right_secret_is_accepted() {
    let (parts, body) = signed(SECRET, None, at(1_700_000_000));
    assert_eq!(
        verifier(None).verify(&parts, &body, at(1_700_000_100)),
        Ok(())
    );
}

#[test]
fn a_wrong_secret_is_an_invalid_signature() {
    let (parts, body) = signed("not-the-secret", None, at(1_700_000_000));
    let rejection = verifier(None)
        .verify(&parts, &body, at(1_700_000_000))
        .unwrap_err();
    assert_eq!(rejection.status, StatusCode::FORBIDDEN);
    assert_eq!(rejection.code, "InvalidSignatureException");
    assert!(rejection.message.starts_with(
        "The request signature we calculated does not match the signature you provided."
    ));
}

#[test]
fn a_changed_body_is_an_invalid_signature() {
    let (parts, _) = signed(SECRET, None, at(1_700_000_000));
    let rejection = verifier(None)
        .verify(&parts, br#"{"targetStatus":"RUNNING"}"#, at(1_700_000_000))
        .unwrap_err();
    assert_eq!(rejection.code, "InvalidSignatureException");
}

#[test]
fn a_date_more_than_five_minutes_old_is_signature_expired() {
    let (parts, body) = signed(SECRET, None, at(1_700_000_000));
    let rejection = verifier(None)
        .verify(&parts, &body, at(1_700_000_000 + 301))
        .unwrap_err();
    assert_eq!(rejection.status, StatusCode::FORBIDDEN);
    assert_eq!(rejection.code, "InvalidSignatureException");
    assert_eq!(
        rejection.message,
        "Signature expired: 20231114T221320Z is now earlier than 20231114T221321Z (20231114T221821Z - 5 min.)"
    );
}

#[test]
fn a_date_more_than_five_minutes_ahead_is_not_yet_current() {
    let (parts, body) = signed(SECRET, None, at(1_700_000_000));
    let rejection = verifier(None)
        .verify(&parts, &body, at(1_700_000_000 - 301))
        .unwrap_err();
    assert!(
        rejection.message.starts_with("Signature not yet current"),
        "{rejection:?}"
    );
}

#[test]
fn no_authorization_header_is_missing_authentication_token() {
    let (mut parts, body) = signed(SECRET, None, at(1_700_000_000));
    parts.headers.remove("authorization");
    let rejection = verifier(None)
        .verify(&parts, &body, at(1_700_000_000))
        .unwrap_err();
    assert_eq!(
        rejection,
        Rejection::new(
            StatusCode::FORBIDDEN,
            "MissingAuthenticationTokenException",
            "Missing Authentication Token"
        )
    );
}

#[test]
fn an_unknown_access_key_is_an_unrecognized_client() {
    let (parts, body) = signed(SECRET, None, at(1_700_000_000));
    let mut other = verifier(None);
    other.credentials = Credentials::new("AKIDOTHER", SECRET, None, None, "t");
    let rejection = other.verify(&parts, &body, at(1_700_000_000)).unwrap_err();
    assert_eq!(rejection.code, "UnrecognizedClientException");
}

#[test]
fn the_session_token_must_be_the_endpoint_one() {
    let time = at(1_700_000_000);
    let (parts, body) = signed(SECRET, Some("token-1"), time);
    assert_eq!(
        verifier(Some("token-1")).verify(&parts, &body, time),
        Ok(())
    );
    let rejection = verifier(Some("token-2"))
        .verify(&parts, &body, time)
        .unwrap_err();
    assert_eq!(rejection.code, "UnrecognizedClientException");
    let (parts, body) = signed(SECRET, None, time);
    let rejection = verifier(Some("token-1"))
        .verify(&parts, &body, time)
        .unwrap_err();
    assert_eq!(rejection.code, "UnrecognizedClientException");
}

#[test]
fn a_malformed_authorization_header_is_an_incomplete_signature() {
    let (mut parts, body) = signed(SECRET, None, at(1_700_000_000));
    for bad in ["Bearer x", "AWS4-HMAC-SHA256 Credential=a/b", "garbage", ""] {
        parts.headers.insert("authorization", bad.parse().unwrap());
        let rejection = verifier(None)
            .verify(&parts, &body, at(1_700_000_000))
            .unwrap_err();
        assert_eq!(rejection.code, "IncompleteSignatureException", "{bad}");
        assert_eq!(rejection.status, StatusCode::BAD_REQUEST);
    }
}

#[test]
fn a_credential_scoped_to_another_region_or_service_is_refused() {
    let (mut parts, body) = signed(SECRET, None, at(1_700_000_000));
    let auth = parts.headers["authorization"].to_str().unwrap().to_owned();
    parts.headers.insert(
        "authorization",
        auth.replace("/us-east-1/", "/eu-west-1/").parse().unwrap(),
    );
    let rejection = verifier(None)
        .verify(&parts, &body, at(1_700_000_000))
        .unwrap_err();
    assert!(rejection.message.contains("valid region"), "{rejection:?}");
    parts.headers.insert(
        "authorization",
        auth.replace("/cleanrooms/", "/s3/").parse().unwrap(),
    );
    let rejection = verifier(None)
        .verify(&parts, &body, at(1_700_000_000))
        .unwrap_err();
    assert!(
        rejection.message.contains("correct service"),
        "{rejection:?}"
    );
}

#[test]
fn amz_dates_read_and_write_back() {
    for (text, secs) in [
        ("19700101T000000Z", 0),
        ("20231114T221320Z", 1_700_000_000),
        ("20240229T235959Z", 1_709_251_199),
        ("21000301T000000Z", 4_107_542_400),
    ] {
        assert_eq!(parse_amz_date(text), Some(at(secs)), "{text}");
        assert_eq!(format_amz_date(at(secs)), text);
    }
    for bad in [
        "20231114T221320",
        "2023-11-14T22:13:20Z",
        "20230230T000000Z",
        "20231314T000000Z",
        "20231114T246000Z",
        "+0231114T221320Z",
        "19691231T235959Z",
        "",
    ] {
        assert_eq!(parse_amz_date(bad), None, "{bad}");
    }
}

#[test]
fn an_authentication_or_signed_header_sent_twice_is_an_incomplete_signature() {
    for name in [
        "x-amz-date",
        "x-amz-security-token",
        "authorization",
        "content-type",
    ] {
        let (mut parts, body) = signed(SECRET, Some("token"), at(1_700_000_000));
        let first = parts.headers.get(name).cloned().unwrap();
        parts
            .headers
            .append(http::header::HeaderName::from_static(name), first);
        let rejection = verifier(Some("token"))
            .verify(&parts, &body, at(1_700_000_000))
            .unwrap_err();
        assert_eq!(rejection.status, StatusCode::BAD_REQUEST, "{name}");
        assert_eq!(rejection.code, "IncompleteSignatureException", "{name}");
        assert_eq!(
            rejection.message,
            format!(
                "The header '{name}' appears more than once; an authentication or signed header must appear once."
            )
        );
    }
}

#[test]
fn an_unsigned_header_sent_twice_is_accepted() {
    let (mut parts, body) = signed(SECRET, None, at(1_700_000_000));
    parts.headers.append("x-unsigned", "a".parse().unwrap());
    parts.headers.append("x-unsigned", "b".parse().unwrap());
    assert_eq!(
        verifier(None).verify(&parts, &body, at(1_700_000_000)),
        Ok(())
    );
}
