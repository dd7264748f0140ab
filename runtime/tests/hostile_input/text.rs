//! Bytes that are not UTF-8 and escapes that are not characters: errors where they are read,
//! ignored where they are not.

use super::*;

#[test]
fn invalid_utf8_is_an_error_wherever_it_is() {
    let bodies: [&[u8]; 7] = [
        b"{\"protectedQuery\":{\"id\":\"\xff\"}}",
        b"{\"protectedQuery\":{\"unmodeled\":\"\xc0\xaf\"}}",
        b"{\"protectedQuery\":{\"\xed\xa0\x80\":1}}",
        b"{\"protectedQuery\":{\"result\":{\"output\":{\"\xf8\x88\x80\x80\x80\":1}}}}",
        b"{\"protectedQuery\":{\"result\":{\"output\":{\"newer\":\"\xe2\x82\"}}}}",
        b"{\"protectedQuery\":{\"sqlParameters\":{\"parameters\":{\"k\":\"\x80\"}}}}",
        b"{\"protectedQuery\":{}}\xff",
    ];
    for body in bodies {
        let err = decode_err(body);
        assert!(
            ["unicode", "UTF-8", "trailing"]
                .iter()
                .any(|m| err.message().contains(m)),
            "{err}"
        );
    }
}

#[test]
fn a_lone_surrogate_escape_is_an_error_in_a_member_that_is_read() {
    for body in [
        r#"{"protectedQuery":{"id":"\ud800"}}"#.to_owned(),
        in_output(r#""newer":"\udfff""#),
        in_output(r#""\ud800":1"#),
    ] {
        decode_err(body);
    }
    // Skipped members are checked as JSON, not as text (as Python's json reads them too).
    assert!(decode(r#"{"protectedQuery":{"unmodeled":"\ud800"}}"#).is_ok());
}

#[test]
fn header_values_that_are_not_text_are_ignored() {
    let response = response(
        400,
        &[
            ("x-amzn-errortype", b"Validation\xffException"),
            ("x-amzn-requestid", b"\x80\x81"),
        ],
        br#"{"__type":"ValidationException","message":"bad"}"#,
    );
    let Err(ResponseError::Service(err)) = parse_response(&response) else {
        panic!("not a service error");
    };
    // The header is unreadable, so the body's code is used.
    assert_eq!(err.code(), Some("ValidationException"));
    assert_eq!(err.request_id(), None);
}
