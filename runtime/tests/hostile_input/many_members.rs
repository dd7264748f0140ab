//! Many members: memory in proportion to the body, however many keys.

use super::*;

#[test]
fn many_null_and_unknown_keys_take_memory_in_proportion() {
    // 100k null members before the one set: each name is read into one reused slot.
    let nulls: String = (0..100_000).map(|i| format!(r#""m{i}":null,"#)).collect();
    let output = decode_within(
        in_output(&format!(r#"{nulls}"s3":{{"location":"l"}}"#)).as_bytes(),
        2,
    )
    .expect("decodes");
    assert_eq!(
        output
            .protected_query
            .result
            .expect("result")
            .output
            .member_name(),
        "s3"
    );

    // 100k unmodeled members of a structure are skipped.
    let unmodeled: String = (0..100_000).map(|i| format!(r#""u{i}":[{i}],"#)).collect();
    let body = format!(r#"{{"protectedQuery":{{{unmodeled}"status":"FAILED"}}}}"#);
    decode_within(body.as_bytes(), 2).expect("decodes");
}

#[test]
fn an_unknown_member_value_is_kept_in_memory_proportional_to_it() {
    // serde_json::Value takes up to 32 bytes a value, and a Vec doubles: a list of 1-byte
    // numbers is the worst case for the value an unknown member keeps.
    let list = format!("[{}0]", "0,".repeat(1 << 20));
    let body = in_output(&format!(r#""newer":{list}"#));
    decode_within(body.as_bytes(), 48).expect("kept");
}
