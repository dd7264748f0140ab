//! The client's parser (the generated operation's) reports a 2xx body that does not decode as
//! the model's decoder does: the same wire path and message, a sensitive member's value never
//! shown, the body itself named by the empty path.

use cleanrooms_runtime::model::decode_update_protected_query_output;
use cleanrooms_runtime::protocol::{parse_response, OutputDecodeError, ResponseError};

fn parse_err(body: &str) -> OutputDecodeError {
    let response = http::Response::builder()
        .status(200)
        .header("x-amzn-requestid", "req-7")
        .body(body.as_bytes().to_vec())
        .unwrap();
    match parse_response(&response) {
        Err(ResponseError::Decode(error)) => error,
        other => panic!("{body} should be a decode error, got {other:?}"),
    }
}

#[test]
fn a_bad_value_under_a_sensitive_member_is_never_shown() {
    for body in [
        r#"{"protectedQuery":{"sqlParameters":"SELECT secret_column FROM t"}}"#,
        r#"{"protectedQuery":{"sqlParameters":{"parameters":{"campaign":["secret_column"]}}}}"#,
    ] {
        let error = parse_err(body);
        assert!(
            error.path().starts_with("protectedQuery.sqlParameters"),
            "{error}"
        );
        assert!(!error.to_string().contains("secret_column"), "{error}");
        assert!(
            error
                .message()
                .starts_with("invalid value in a sensitive member (not shown) at line 1 column "),
            "{error}"
        );
    }
}

#[test]
fn the_body_itself_is_named_by_the_empty_path() {
    let error = parse_err("[1, 2]");
    assert_eq!(error.path(), "");
    assert_eq!(error.request_id(), Some("req-7"));
}

#[test]
fn the_parser_and_the_decoder_agree_on_path_and_message() {
    for body in [
        r#"{"protectedQuery":{"createTime":"yesterday"}}"#,
        r#"{"protectedQuery":{"status":5}}"#,
        r#"{"protectedQuery":{"sqlParameters":{"queryString":7}}}"#,
        r#"{"protectedQuery":{"sqlParameters":{"queryString":"SEL"#,
        r#"{"protectedQuery":{"result":{"output":{"s3":{"location":"a"},"memberList":[]}}}}"#,
        "<html>502</html>",
        "null",
    ] {
        let parsed = parse_err(body);
        let decoded = decode_update_protected_query_output(body.as_bytes()).unwrap_err();
        assert_eq!(
            (parsed.path(), parsed.message()),
            (decoded.path(), decoded.message()),
            "{body}"
        );
    }
}
