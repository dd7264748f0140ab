//! Decoding errors say where the bad value is, by its wire path, and decoding never panics.

use cleanrooms_runtime::model::{decode_update_protected_query_output, DecodeError};

fn decode_err(body: &str) -> DecodeError {
    match decode_update_protected_query_output(body.as_bytes()) {
        Ok(output) => panic!("{body} should not decode, got {output:?}"),
        Err(e) => e,
    }
}

#[test]
fn decode_error_names_the_path() {
    let err = decode_err(
        r#"{"protectedQuery":{"resultConfiguration":{"outputConfiguration":{"s3":null}}}}"#,
    );
    assert_eq!(
        err.path(),
        "protectedQuery.resultConfiguration.outputConfiguration"
    );
    assert!(
        err.message().starts_with("union `ProtectedQueryOutputConfiguration` must have exactly one member set, found none"),
        "{err}"
    );
    assert!(
        err.to_string()
            .starts_with("protectedQuery.resultConfiguration.outputConfiguration: union "),
        "{err}"
    );
}

#[test]
fn decode_error_path_uses_wire_names_and_list_indexes() {
    let err = decode_err(
        r#"{"protectedQuery":{"differentialPrivacy":{"sensitivityParameters":[
            {"aggregationType":"SUM","aggregationExpression":"a","userContributionLimit":1},
            {"aggregationType":"SUM","aggregationExpression":"a","userContributionLimit":1,"minColumnValue":"lots"}]}}}"#,
    );
    assert_eq!(
        err.path(),
        "protectedQuery.differentialPrivacy.sensitivityParameters[1].minColumnValue"
    );

    let err =
        decode_err(r#"{"protectedQuery":{"result":{"output":{"memberList":[{"accountId":7}]}}}}"#);
    assert_eq!(
        err.path(),
        "protectedQuery.result.output.memberList[0].accountId"
    );

    let err = decode_err(
        r#"{"protectedQuery":{"computeConfiguration":{"worker":{"properties":{"spark":{"k":1}}}}}}"#,
    );
    assert_eq!(
        err.path(),
        "protectedQuery.computeConfiguration.worker.properties.spark.k"
    );
}

#[test]
fn decode_error_for_two_union_members_names_both() {
    let err = decode_err(
        r#"{"protectedQuery":{"result":{"output":{"s3":{"location":"l"},"distribute":{}}}}}"#,
    );
    assert_eq!(err.path(), "protectedQuery.result.output");
    assert!(
        err.message().contains("found both `s3` and `distribute`"),
        "{err}"
    );

    // An unknown member counts as set too.
    let err = decode_err(r#"{"protectedQuery":{"computeConfiguration":{"worker":{},"gpu":{}}}}"#);
    assert!(
        err.message().contains("found both `worker` and `gpu`"),
        "{err}"
    );
}

#[test]
fn decode_error_for_a_union_that_is_not_an_object_names_the_union() {
    for value in ["[]", "\"s3\"", "1", "true"] {
        let err = decode_err(&format!(
            r#"{{"protectedQuery":{{"computeConfiguration":{value}}}}}"#
        ));
        assert_eq!(err.path(), "protectedQuery.computeConfiguration", "{value}");
        assert!(
            err.message().contains("union `ComputeConfiguration`"),
            "{value}: {err}"
        );
    }
}

#[test]
fn decode_error_for_a_body_that_is_not_json_has_an_empty_path() {
    for body in [
        "<html>502 Bad Gateway</html>",
        "{",
        "  ",
        "null",
        "[]",
        "\"text\"",
    ] {
        let err = decode_err(body);
        assert_eq!(err.path(), "", "{body}: {err}");
        assert!(
            err.to_string().starts_with("invalid response body: "),
            "{err}"
        );
    }
}

#[test]
fn decode_error_for_trailing_text_after_the_object() {
    let err = decode_err(r#"{"protectedQuery":{}} {}"#);
    assert!(err.message().contains("trailing characters"), "{err}");
}

#[test]
fn decode_error_for_invalid_utf8_names_the_member() {
    let err = decode_update_protected_query_output(b"{\"protectedQuery\":{\"id\":\"\xff\"}}")
        .expect_err("not UTF-8");
    assert_eq!(err.path(), "protectedQuery.id");
}

#[test]
fn decode_error_for_invalid_utf8_in_an_unmodeled_member() {
    let err =
        decode_update_protected_query_output(b"{\"protectedQuery\":{\"newer\":\"\xc3\x28\"}}")
            .expect_err("not UTF-8");
    assert_eq!(err.path(), "");
    assert_eq!(err.message(), "not UTF-8: invalid byte at offset 28");
}

#[test]
fn decode_error_is_a_std_error_with_display() {
    let err = decode_err(r#"{"protectedQuery":{"createTime":"soon"}}"#);
    let boxed: Box<dyn std::error::Error> = Box::new(err.clone());
    assert_eq!(
        boxed.to_string(),
        format!("{}: {}", err.path(), err.message())
    );
    assert!(err.message().contains("line 1 column"), "{err}");
}

#[test]
fn decode_never_panics_on_mangled_bodies() {
    // Deterministic mutations of the fixture: flipped, dropped and duplicated bytes.
    let fixture = include_bytes!("fixtures/update_protected_query_full.json");
    let mut state: u64 = 42;
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize
    };
    let (mut ok, mut failed) = (0, 0);
    for _ in 0..3000 {
        let mut body = fixture.to_vec();
        for _ in 0..1 + next() % 4 {
            let at = next() % body.len();
            match next() % 3 {
                0 => {
                    let bytes = b"{}[]\":,0aZ-.\\\xff";
                    body[at] = bytes[next() % bytes.len()];
                }
                1 => {
                    body.remove(at);
                }
                _ => body.insert(at, body[at]),
            }
        }
        match decode_update_protected_query_output(&body) {
            Ok(output) => {
                ok += 1;
                // What is written reads back and writes the same again (timestamps are
                // written to the millisecond, so the first write may drop digits).
                let written = serde_json::to_vec(&output).expect("a decoded value writes");
                let again = decode_update_protected_query_output(&written).expect("reads back");
                let rewritten = serde_json::to_vec(&again).expect("writes");
                let as_json = |bytes: &[u8]| {
                    serde_json::from_slice::<serde_json::Value>(bytes).expect("JSON")
                };
                assert_eq!(as_json(&rewritten), as_json(&written));
            }
            Err(err) => {
                failed += 1;
                assert!(!err.message().is_empty());
            }
        }
    }
    assert!(ok > 0 && failed > 0, "ok {ok}, failed {failed}");
}
