//! Property tests with hostile responses for the generated operations' parsers, held to the
//! same rules as the `parse_generated` fuzz target (`cleanrooms_fuzz::generated`).

use cleanrooms_fuzz::generated::{check_generated_parsers, OPERATIONS};
use proptest::prelude::*;

/// Statuses worth trying: success, client and server errors, odd ones.
fn status() -> impl Strategy<Value = u16> {
    prop_oneof![
        Just(200u16),
        Just(204),
        Just(400),
        Just(404),
        Just(429),
        Just(500),
        100u16..1000
    ]
}

/// Header lines the parsers read, with hostile values.
fn header() -> impl Strategy<Value = String> {
    let names = prop::sample::select(vec![
        "content-type",
        "x-amzn-errortype",
        "x-amzn-query-error",
        "x-amzn-requestid",
        "smithy-protocol",
        "x-amz-function-error",
    ]);
    (names, "[ -~]{0,40}").prop_map(|(n, v)| format!("{n}: {v}"))
}

proptest! {
    #[test]
    fn any_response_to_any_generated_operation_is_an_output_or_a_typed_error(
        pick in 0u8..(OPERATIONS.len() as u8),
        status in status(),
        headers in prop::collection::vec(header(), 0..4),
        body in prop::collection::vec(any::<u8>(), 0..300),
    ) {
        let mut data = vec![pick];
        data.extend_from_slice(format!("{status}\n{}\n\n", headers.join("\n")).as_bytes());
        data.extend_from_slice(&body);
        check_generated_parsers(&data);
    }

    #[test]
    fn any_json_shaped_body_to_any_generated_operation_is_an_output_or_a_typed_error(
        pick in 0u8..(OPERATIONS.len() as u8),
        body in r#"\{("[A-Za-z]{1,12}":(null|[0-9]{1,3}|"[a-z]{0,5}"|\[\]|\{\}|true),?){0,5}\}"#,
    ) {
        let mut data = vec![pick];
        data.extend_from_slice(b"200\n\n");
        data.extend_from_slice(body.as_bytes());
        check_generated_parsers(&data);
    }
}
