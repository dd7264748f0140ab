//! Truncated and malformed bodies: every one is an error, never a partial output.

use super::*;

#[test]
fn every_truncation_of_the_fixture_is_an_error() {
    assert!(decode(fixture()).is_ok());
    for end in 1..fixture().len() {
        let err = decode_err(&fixture()[..end]);
        assert!(!err.to_string().is_empty());
    }
}

#[test]
fn every_truncation_of_a_response_is_an_output_error_or_a_service_error() {
    let error_body = br#"{"__type":"ConflictException","message":"done","reason":"INVALID_STATE"}"#;
    for end in 0..error_body.len() {
        let r = response(409, &[], &error_body[..end]);
        let Err(ResponseError::Service(err)) = parse_response(&r) else {
            panic!("not a service error at {end}");
        };
        assert_eq!(err.status(), 409);
    }
    for end in 1..fixture().len() {
        let r = response(200, &[("x-amzn-requestid", b"r-9")], &fixture()[..end]);
        let Err(ResponseError::Decode(err)) = parse_response(&r) else {
            panic!("not a decode error at {end}");
        };
        assert_eq!(err.request_id(), Some("r-9"));
    }
}

#[test]
fn text_after_the_body_is_an_error() {
    for tail in [&b"x"[..], b"{}", b"\x00", b" ]"] {
        let mut body = fixture().to_vec();
        body.extend_from_slice(tail);
        let err = decode_err(&body);
        assert!(err.message().contains("trailing"), "{err}");
    }
    let mut body = fixture().to_vec();
    body.extend_from_slice(b" \n\t\r");
    assert!(decode(&body).is_ok(), "trailing whitespace is JSON");
}

#[test]
fn a_body_that_is_not_an_object_is_an_error_naming_no_path() {
    for body in [
        "[]",
        "null",
        "true",
        "1",
        r#""s""#,
        "<html>",
        "\u{feff}{}",
        "{",
        "}",
    ] {
        let err = decode_err(body);
        assert_eq!(err.path(), "", "{body}: {err}");
    }
}
