//! Generated operations' response parsers on a sensitive member's bad value: the decode error
//! names the member's wire path, never the value.

use aws_union_client::http::Response;
use aws_union_client::operation::{Operation, ResponseError};
use aws_union_services::secretsmanager::GetSecretValue;

fn decode_error(body: &str) -> (String, String) {
    let response = Response::builder()
        .status(200)
        .header("content-type", "application/x-amz-json-1.1")
        .body(body.as_bytes().to_vec())
        .unwrap();
    match GetSecretValue::parse_response(&response) {
        Err(ResponseError::Decode(error)) => (error.path().to_owned(), error.to_string()),
        other => panic!("{body}: {other:?}"),
    }
}

#[test]
fn get_secret_value_with_a_bad_secret_string_names_the_member_not_the_value() {
    for (body, member) in [
        (
            r#"{"Name":"n","SecretString":{"v":"hunter2-secret"}}"#,
            "SecretString",
        ),
        (
            r#"{"SecretString":["hunter2-secret"],"Name":"n"}"#,
            "SecretString",
        ),
        ("{\"SecretString\": 4242 ,\n\"Name\":\"n\"}", "SecretString"),
        (r#"{"SecretBinary":"hunter2-not-base64!"}"#, "SecretBinary"),
        (
            "{\"Name\":\"n\",\n \"SecretBinary\": \"hunter2-not-base64!\"\n}",
            "SecretBinary",
        ),
    ] {
        let (path, shown) = decode_error(body);
        assert_eq!(path, member, "{body}: {shown}");
        assert!(!shown.contains("hunter2"), "{body}: {shown}");
        assert!(!shown.contains("4242"), "{body}: {shown}");
        assert!(
            shown.contains("invalid value in a sensitive member (not shown)"),
            "{body}: {shown}"
        );
    }
    // A member that is not sensitive still shows its bad value.
    let (path, shown) = decode_error(r#"{"Name":{"v":"shown-name"}}"#);
    assert_eq!(path, "Name");
    assert!(shown.contains("invalid type: map"), "{shown}");
}
