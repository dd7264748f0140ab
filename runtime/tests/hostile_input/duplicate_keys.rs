//! Duplicate keys: a structure or union member set twice is an error naming it; a map keeps the
//! last value.

use super::*;

#[test]
fn a_duplicate_structure_member_is_an_error_naming_it() {
    let err = decode_err(r#"{"protectedQuery":{"id":"a","status":"FAILED","id":"b"}}"#);
    assert_eq!(err.path(), "protectedQuery");
    assert!(
        err.message()
            .contains("member `id` of structure `ProtectedQuery` is set twice"),
        "{err}"
    );
    let err = decode_err(r#"{"protectedQuery":{},"protectedQuery":{}}"#);
    assert!(
        err.message().contains(
            "member `protectedQuery` of structure `UpdateProtectedQueryOutput` is set twice"
        ),
        "{err}"
    );
}

#[test]
fn a_duplicate_union_member_is_an_error_naming_both() {
    for (inner, names) in [
        (
            r#""s3":{"location":"a"},"s3":{"location":"b"}"#,
            "`s3` and `s3`",
        ),
        (r#""newer":1,"newer":2"#, "`newer` and `newer`"),
        (r#""newer":1,"s3":{"location":"b"}"#, "`newer` and `s3`"),
    ] {
        let err = decode_err(in_output(inner));
        assert_eq!(err.path(), "protectedQuery.result.output");
        assert!(err.message().contains(names), "{err}");
    }
}

#[test]
fn a_duplicate_map_key_keeps_the_last_value_as_the_sdks_do() {
    // botocore (Python's json) and aws-sdk-rust (a HashMap) both keep the last value.
    let output =
        decode(r#"{"protectedQuery":{"sqlParameters":{"parameters":{"k":"first","k":"last"}}}}"#)
            .expect("decodes");
    let parameters = output
        .protected_query
        .sql_parameters
        .and_then(|s| s.parameters)
        .expect("parameters");
    assert_eq!(parameters.len(), 1);
    assert_eq!(parameters["k"], "last");
}
