//! Unit tests of error parsing: codes, messages, modeled members, unhandled errors.

use super::*;

fn parse(status: u16, headers: &[(&str, &str)], body: &str) -> ServiceError {
    let mut map = HeaderMap::new();
    for (name, value) in headers {
        map.append(
            http::header::HeaderName::from_bytes(name.as_bytes()).unwrap(),
            value.parse().unwrap(),
        );
    }
    parse_error(StatusCode::from_u16(status).unwrap(), &map, body.as_bytes())
}

#[test]
fn code_comes_from_the_x_amzn_errortype_header_first() {
    let err = parse(
        400,
        &[("X-Amzn-ErrorType", "ValidationException")],
        r#"{"code":"ThrottlingException","__type":"ConflictException","message":"m"}"#,
    );
    assert_eq!(err.code(), Some("ValidationException"));
}

#[test]
fn code_comes_from_body_code_then_capital_code_then_type() {
    assert_eq!(
        parse(409, &[], r#"{"code":"ConflictException","__type":"X"}"#).code(),
        Some("ConflictException")
    );
    assert_eq!(
        parse(409, &[], r#"{"Code":"ConflictException","__type":"X"}"#).code(),
        Some("ConflictException")
    );
    assert_eq!(
        parse(
            409,
            &[],
            r#"{"__type":"com.amazonaws.cleanrooms#ConflictException"}"#
        )
        .code(),
        Some("ConflictException")
    );
}

#[test]
fn code_is_cut_at_the_first_colon_and_keeps_what_follows_the_last_hash() {
    let err = parse(
        429,
        &[(
            "x-amzn-errortype",
            "aws.cleanrooms#ThrottlingException:http://internal.amazon.com/coral/com.amazon.coral.service/",
        )],
        r#"{"message":"Rate exceeded"}"#,
    );
    assert!(matches!(
        err.kind(),
        UpdateProtectedQueryError::ThrottlingException(e) if e.message.as_deref() == Some("Rate exceeded")
    ));
    assert_eq!(sanitize_error_code("a#b#FooError:x:y"), "FooError");
}

#[test]
fn message_comes_from_message_then_capital_message() {
    assert_eq!(
        parse(
            500,
            &[],
            r#"{"__type":"InternalServerException","Message":"M","message":"m"}"#
        )
        .message(),
        Some("m")
    );
    assert_eq!(
        parse(
            500,
            &[],
            r#"{"__type":"InternalServerException","Message":"M"}"#
        )
        .message(),
        Some("M")
    );
}

#[test]
fn request_id_comes_from_the_x_amzn_requestid_header() {
    let err = parse(
        500,
        &[("x-amzn-RequestId", "8d3b6c1e-req")],
        r#"{"__type":"InternalServerException","message":"boom"}"#,
    );
    assert_eq!(err.request_id(), Some("8d3b6c1e-req"));
    assert!(err.to_string().contains("8d3b6c1e-req"), "{err}");
}

#[test]
fn validation_exception_keeps_reason_and_field_list() {
    let err = parse(
        400,
        &[("x-amzn-errortype", "ValidationException")],
        r#"{"message":"bad","reason":"FIELD_VALIDATION_FAILED","fieldList":[{"name":"membershipIdentifier","message":"must match pattern"}]}"#,
    );
    let UpdateProtectedQueryError::ValidationException(e) = err.kind() else {
        panic!("{err:?}")
    };
    assert_eq!(
        e.reason,
        Some(ValidationExceptionReason::FieldValidationFailed)
    );
    let field = ValidationExceptionField {
        name: "membershipIdentifier".into(),
        message: "must match pattern".into(),
    };
    assert_eq!(e.field_list.as_deref(), Some(&[field][..]));
}

#[test]
fn access_denied_exception_keeps_reason() {
    let err = parse(
        403,
        &[("x-amzn-errortype", "AccessDeniedException")],
        r#"{"message":"no","reason":"INSUFFICIENT_PERMISSIONS"}"#,
    );
    assert!(matches!(
        err.kind(),
        UpdateProtectedQueryError::AccessDeniedException(AccessDeniedException {
            reason: Some(AccessDeniedExceptionReason::InsufficientPermissions),
            ..
        })
    ));
}

#[test]
fn resource_not_found_exception_keeps_resource_id_and_type() {
    let err = parse(
        404,
        &[("x-amzn-errortype", "ResourceNotFoundException")],
        r#"{"message":"Membership not found","resourceId":"abc","resourceType":"MEMBERSHIP"}"#,
    );
    let UpdateProtectedQueryError::ResourceNotFoundException(e) = err.kind() else {
        panic!("{err:?}")
    };
    assert_eq!(e.resource_id, "abc");
    assert_eq!(e.resource_type, ResourceType::Membership);
}

#[test]
fn conflict_exception_keeps_resource_and_reason() {
    let err = parse(
        409,
        &[("x-amzn-errortype", "ConflictException")],
        r#"{"message":"finished","resourceId":"q","resourceType":"COLLABORATION","reason":"INVALID_STATE"}"#,
    );
    let UpdateProtectedQueryError::ConflictException(e) = err.kind() else {
        panic!("{err:?}")
    };
    assert_eq!(e.resource_id.as_deref(), Some("q"));
    assert_eq!(e.resource_type, Some(ResourceType::Collaboration));
    assert_eq!(e.reason, Some(ConflictExceptionReason::InvalidState));
}

#[test]
fn unknown_enum_values_in_errors_are_kept() {
    let err = parse(
        409,
        &[],
        r#"{"__type":"ConflictException","message":"m","reason":"QUOTA_EXCEEDED","resourceType":"PROTECTED_QUERY"}"#,
    );
    let UpdateProtectedQueryError::ConflictException(e) = err.kind() else {
        panic!("{err:?}")
    };
    assert_eq!(
        e.reason,
        Some(ConflictExceptionReason::Unknown("QUOTA_EXCEEDED".into()))
    );
    assert_eq!(
        e.resource_type.as_ref().map(ResourceType::as_str),
        Some("PROTECTED_QUERY")
    );
}

#[test]
fn a_modelled_error_with_a_member_of_the_wrong_type_is_unhandled_keeping_code_and_message() {
    let err = parse(
        400,
        &[],
        r#"{"__type":"ValidationException","message":"m","reason":17,"fieldList":"oops"}"#,
    );
    let UpdateProtectedQueryError::Unhandled(unhandled) = err.kind() else {
        panic!("{err:?}")
    };
    assert_eq!(unhandled.code(), Some("ValidationException"));
    assert_eq!(unhandled.message(), Some("m"));
    assert_eq!(unhandled.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        (err.code(), err.message()),
        (Some("ValidationException"), Some("m"))
    );
}

#[test]
fn unknown_code_is_unhandled_with_status_code_and_message() {
    let err = parse(
        403,
        &[("x-amzn-errortype", "InvalidSignatureException")],
        r#"{"message":"The request signature we calculated does not match"}"#,
    );
    let UpdateProtectedQueryError::Unhandled(unhandled) = err.kind() else {
        panic!("{err:?}")
    };
    assert_eq!(unhandled.status(), StatusCode::FORBIDDEN);
    assert_eq!(unhandled.code(), Some("InvalidSignatureException"));
    assert_eq!(
        unhandled.message(),
        Some("The request signature we calculated does not match")
    );
}

#[test]
fn a_non_json_body_is_unhandled_with_its_status() {
    let err = parse(
        502,
        &[("content-type", "text/html")],
        "<html><head><title>502 Bad Gateway</title></head></html>",
    );
    assert_eq!(err.status(), StatusCode::BAD_GATEWAY);
    let UpdateProtectedQueryError::Unhandled(unhandled) = err.kind() else {
        panic!("{err:?}")
    };
    assert_eq!(unhandled.status(), StatusCode::BAD_GATEWAY);
    assert_eq!((unhandled.code(), unhandled.message()), (None, None));
    assert_eq!(
        err.to_string(),
        "UpdateProtectedQuery: service error without an error code (HTTP 502)"
    );
}

#[test]
fn a_modeled_code_with_a_non_json_body_stays_unhandled_but_keeps_the_code() {
    let err = parse(
        503,
        &[("x-amzn-errortype", "InternalServerException")],
        "<html>",
    );
    assert_eq!(err.code(), Some("InternalServerException"));
    assert!(matches!(
        err.kind(),
        UpdateProtectedQueryError::Unhandled(_)
    ));
}

#[test]
fn an_empty_body_reads_as_an_empty_object() {
    let err = parse(429, &[("x-amzn-errortype", "ThrottlingException")], "");
    assert!(matches!(
        err.kind(),
        UpdateProtectedQueryError::ThrottlingException(ThrottlingException { message: None, .. })
    ));
}

#[test]
fn arbitrary_bytes_never_panic() {
    let samples: [&[u8]; 7] = [
        b"\xff\xfe\x00",
        b"[1,2,3]",
        b"\"just a string\"",
        b"{\"__type\": 5, \"message\": []}",
        b"{\"code\": \":#:\"}",
        b"{",
        b"null",
    ];
    for body in samples {
        let err = parse_error(StatusCode::IM_A_TEAPOT, &HeaderMap::new(), body);
        assert_eq!(err.status(), StatusCode::IM_A_TEAPOT);
    }
}

#[test]
fn control_characters_the_server_sent_are_escaped_in_display() {
    let forged = "done\n2024-01-01 INFO login ok \u{1b}[2K";
    let body = serde_json::json!({"__type": "ConflictException", "message": forged}).to_string();
    let known = parse(409, &[], &body);
    let body = serde_json::json!({"__type": "Odd\rError", "message": forged}).to_string();
    let unhandled = parse(400, &[], &body);
    for shown in [
        known.to_string(),
        known.kind().to_string(),
        unhandled.to_string(),
        unhandled.kind().to_string(),
    ] {
        assert!(!shown.chars().any(char::is_control), "{shown:?}");
        assert!(
            shown.contains("done\\n2024-01-01 INFO login ok \\u{1b}[2K"),
            "{shown}"
        );
    }
    assert!(unhandled
        .to_string()
        .starts_with("UpdateProtectedQuery: service error Odd\\rError: "));
    // The values themselves are kept as sent.
    assert_eq!(known.message(), Some(forged));
}
