//! Deep nesting: an error at the recursion limit, or skipped without recursion; never a stack
//! overflow.

use super::*;

#[test]
fn deep_nesting_of_the_body_is_an_error() {
    on_small_stack(|| {
        let err = decode_err("[".repeat(DEEP));
        assert!(err.message().contains("expected struct"), "{err}");
        let err = decode_err(format!("{}1", r#"{"a":"#.repeat(DEEP)));
        assert_eq!(err.path(), "a", "{err}");
        assert!(err.message().contains("EOF"), "{err}");
        let err = decode_err(format!(
            r#"{{"protectedQuery":{}"#,
            r#"{"protectedQuery":"#.repeat(DEEP)
        ));
        assert_eq!(err.path(), "protectedQuery.protectedQuery", "{err}");
    });
}

#[test]
fn deep_nesting_in_an_unknown_union_member_kept_as_a_value_stops_at_the_recursion_limit() {
    on_small_stack(|| {
        for value in [
            "[".repeat(DEEP),
            r#"{"a":"#.repeat(DEEP),
            r#"[{"a":"#.repeat(DEEP),
        ] {
            for body in [
                in_output(&format!(r#""newer":{value}"#)),
                format!(
                    r#"{{"protectedQuery":{{"computeConfiguration":{{"serverless":{value}}}}}}}"#
                ),
                format!(
                    r#"{{"protectedQuery":{{"resultConfiguration":{{"outputConfiguration":{{"warehouse":{value}}}}}}}}}"#
                ),
                format!(
                    r#"{{"protectedQuery":{{"computeConfiguration":{{"worker":{{"properties":{{"flink":{value}}}}}}}}}}}"#
                ),
            ] {
                let err = decode_err(&body);
                assert!(err.message().contains("recursion limit exceeded"), "{err}");
                // The path names where the nesting began (and is as deep as the limit, no more).
                assert!(err.path().starts_with("protectedQuery."), "{err}");
                assert!(err.path().len() < 1024, "{}", err.path().len());
            }
        }
    });
}

#[test]
fn nesting_under_the_recursion_limit_in_an_unknown_member_is_kept() {
    on_small_stack(|| {
        let depth = 120; // + 4 levels of body = 124 < 128
        let value = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let output = decode(in_output(&format!(r#""newer":{value}"#))).expect("decodes");
        let ProtectedQueryOutput::SdkUnknownMember { name, value: kept } =
            &output.protected_query.result.expect("result").output
        else {
            panic!("not the unknown member");
        };
        assert_eq!(name, "newer");
        assert_eq!(serde_json::to_string(kept).expect("writes"), value);
    });
}

#[test]
fn deep_nesting_in_a_known_member_is_a_type_error_at_its_path() {
    on_small_stack(|| {
        let err = decode_err(in_output(&format!(
            r#""s3":{{"location":{}"#,
            "[".repeat(DEEP)
        )));
        assert_eq!(err.path(), "protectedQuery.result.output.s3.location");
        assert!(err.message().contains("expected a string"), "{err}");
        let err = decode_err(format!(
            r#"{{"protectedQuery":{{"sqlParameters":{{"parameters":{{"k":{}"#,
            r#"{"k":"#.repeat(DEEP)
        ));
        assert_eq!(err.path(), "protectedQuery.sqlParameters.parameters.k");
        let err = decode_err(format!(
            r#"{{"protectedQuery":{{"differentialPrivacy":{{"sensitivityParameters":{}"#,
            "[".repeat(DEEP)
        ));
        assert!(err.message().contains("expected struct"), "{err}");
    });
}

#[test]
fn deep_nesting_in_an_unmodeled_member_is_skipped_without_recursion() {
    // serde_json skips an ignored value with a loop, not recursion: any depth is fine, and
    // the memory is one byte a level.
    on_small_stack(|| {
        let deep = format!("{}{}", "[".repeat(DEEP), "]".repeat(DEEP));
        let body = format!(r#"{{"protectedQuery":{{"status":"FAILED","unmodeled":{deep}}}}}"#);
        let output = decode_within(body.as_bytes(), 2).expect("skipped");
        assert_eq!(output.protected_query.status.as_str(), "FAILED");
        let err = decode_err(format!(
            r#"{{"protectedQuery":{{"unmodeled":{}"#,
            "[".repeat(DEEP)
        ));
        assert!(err.message().contains("EOF"), "{err}");
    });
}

#[test]
fn deep_nesting_in_an_error_response_is_an_unhandled_error_with_its_status() {
    on_small_stack(|| {
        for body in [
            "[".repeat(DEEP),
            format!(r#"{{"message":{}"#, r#"{"a":"#.repeat(DEEP)),
        ] {
            let response = response(500, &[("x-amzn-requestid", b"r-1")], body.as_bytes());
            let Err(ResponseError::Service(err)) = parse_response(&response) else {
                panic!("not a service error");
            };
            assert_eq!(err.status(), 500);
            assert_eq!(err.request_id(), Some("r-1"));
            assert!(matches!(
                err.kind(),
                UpdateProtectedQueryError::Unhandled(_)
            ));
        }
        // With the code in a header, the error is still typed: the body only adds members.
        let response = response(
            429,
            &[("x-amzn-errortype", b"ThrottlingException")],
            "[".repeat(DEEP).as_bytes(),
        );
        let Err(ResponseError::Service(err)) = parse_response(&response) else {
            panic!("not a service error");
        };
        assert_eq!(err.code(), Some("ThrottlingException"));
    });
}
