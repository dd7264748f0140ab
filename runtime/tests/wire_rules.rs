//! restJson1 structure and union rules as the model applies them.

use cleanrooms_runtime::model::{
    decode_update_protected_query_output, ProtectedQueryDistributeOutput, ProtectedQueryOutput,
    ProtectedQueryOutputConfiguration, ProtectedQueryResultConfiguration, ResultFormat,
};

#[test]
fn unmodeled_members_are_ignored() {
    let out = decode_update_protected_query_output(
        br#"{"__type":"x","requestId":"r","protectedQuery":{"id":"q","futureField":{"deep":[1,{"x":null}]},
             "statistics":{"newCounter":5,"totalDurationInMillis":1}}}"#,
    )
    .expect("reads");
    assert_eq!(out.protected_query.id, "q");
    assert_eq!(
        out.protected_query
            .statistics
            .and_then(|s| s.total_duration_in_millis),
        Some(1)
    );
}

#[test]
fn optional_member_sent_as_null_is_absent() {
    let out = decode_update_protected_query_output(
        br#"{"protectedQuery":{"statistics":null,"error":null,"queryComputePayerAccountId":null}}"#,
    )
    .expect("reads");
    let q = out.protected_query;
    assert!(
        q.statistics.is_none() && q.error.is_none() && q.query_compute_payer_account_id.is_none()
    );
}

#[test]
fn union_ignores_the_type_key_and_null_members() {
    let config: ProtectedQueryResultConfiguration = serde_json::from_str(
        r#"{"outputConfiguration":{"__type":"com.amazonaws.cleanrooms#ProtectedQueryOutputConfiguration",
            "s3":null,"member":{"accountId":"111122223333"},"distribute":null,"newMember":null}}"#,
    )
    .expect("reads");
    let ProtectedQueryOutputConfiguration::Member(member) = config.output_configuration else {
        panic!("expected the member member");
    };
    assert_eq!(member.account_id, "111122223333");
}

#[test]
fn union_with_zero_members_set_is_an_error() {
    for union in [r#"{}"#, r#"{"s3":null,"member":null}"#, r#"{"__type":"x"}"#] {
        let err =
            serde_json::from_str::<ProtectedQueryOutputConfiguration>(union).expect_err(union);
        assert!(err.to_string().contains("found none"), "{union}: {err}");
    }
}

#[test]
fn union_with_two_members_set_is_an_error() {
    for (union, named) in [
        (
            r#"{"s3":{"location":"l"},"memberList":[]}"#,
            "`s3` and `memberList`",
        ),
        (r#"{"s3":{"location":"l"},"later":1}"#, "`s3` and `later`"),
        (r#"{"newer":1,"newest":2}"#, "`newer` and `newest`"),
    ] {
        let err = serde_json::from_str::<ProtectedQueryOutput>(union).expect_err(union);
        assert!(err.to_string().contains(named), "{union}: {err}");
    }
}

#[test]
fn union_member_is_written_as_a_single_entry_map() {
    let config: ProtectedQueryOutputConfiguration = serde_json::from_str(
        r#"{"__type":"x","s3":{"resultFormat":"CSV","bucket":"b"},"member":null}"#,
    )
    .expect("reads");
    assert_eq!(
        config.as_s3().map(|s3| &s3.result_format),
        Some(&ResultFormat::Csv)
    );
    assert_eq!(
        serde_json::to_string(&config).expect("writes"),
        r#"{"s3":{"resultFormat":"CSV","bucket":"b"}}"#
    );
}

#[test]
fn distribute_output_is_a_structure_not_a_union() {
    // Both, one or neither member may be set.
    for body in [
        r#"{"s3":{"location":"s3://b/k"},"memberList":[{"accountId":"111122223333"}]}"#,
        r#"{"memberList":[]}"#,
        r#"{}"#,
    ] {
        let d: ProtectedQueryDistributeOutput = serde_json::from_str(body).expect(body);
        assert_eq!(serde_json::to_string(&d).expect("writes"), body);
    }
}

#[test]
fn newer_output_configuration_members_are_modeled() {
    let body = br#"{"protectedQuery":{
        "resultConfiguration":{"outputConfiguration":{"distribute":{"locations":[
            {"s3":{"resultFormat":"CSV","bucket":"b"}},{"member":{"accountId":"111122223333"}}]}}},
        "result":{"output":{"distribute":{"s3":{"location":"s3://b/k"}}}},
        "error":{"message":"m","code":"c","retry":{"retryable":true}},
        "computeConfiguration":{"worker":{"type":"CR.8X","number":2,"properties":{"spark":{"spark.executor.memory":"4g"}}}},
        "queryComputePayerAccountId":"444455556666"}}"#;
    let q = decode_update_protected_query_output(body)
        .expect("reads")
        .protected_query;
    let config = q
        .result_configuration
        .expect("resultConfiguration")
        .output_configuration;
    let locations = &config.as_distribute().expect("distribute").locations;
    assert!(locations[0].is_s3() && locations[1].is_member());
    let distribute = q.result.expect("result").output;
    assert!(distribute
        .as_distribute()
        .is_some_and(|d| d.s3.is_some() && d.member_list.is_none()));
    assert_eq!(
        q.error.and_then(|e| e.retry).and_then(|r| r.retryable),
        Some(true)
    );
    let worker = q.compute_configuration.expect("compute");
    let spark = worker
        .as_worker()
        .and_then(|w| w.properties.as_ref())
        .and_then(|p| p.as_spark());
    assert_eq!(
        spark
            .and_then(|s| s.get("spark.executor.memory"))
            .map(String::as_str),
        Some("4g")
    );
    assert_eq!(
        q.query_compute_payer_account_id.as_deref(),
        Some("444455556666")
    );

    let table = br#"{"protectedQuery":{"resultConfiguration":{"outputConfiguration":{
        "intermediateTable":{"id":"a1b2c3d4-5678-90ab-cdef-000000000000","arn":"arn:t","name":"T"}}}}}"#;
    let q = decode_update_protected_query_output(table)
        .expect("reads")
        .protected_query;
    let config = q
        .result_configuration
        .expect("resultConfiguration")
        .output_configuration;
    assert_eq!(
        config.as_intermediate_table().map(|t| t.name.as_str()),
        Some("T")
    );
}

#[test]
fn duplicate_member_in_a_structure_is_an_error() {
    let err = decode_update_protected_query_output(br#"{"protectedQuery":{"id":"a","id":"b"}}"#)
        .expect_err("duplicate member");
    assert_eq!(err.path(), "protectedQuery");
    assert!(
        err.message()
            .contains("member `id` of structure `ProtectedQuery` is set twice"),
        "{err}"
    );
}

#[test]
fn duplicate_key_in_a_map_keeps_the_last_value() {
    let out = decode_update_protected_query_output(
        br#"{"protectedQuery":{"sqlParameters":{"parameters":{"p":"first","p":"last"}}}}"#,
    )
    .expect("reads");
    let parameters = out
        .protected_query
        .sql_parameters
        .and_then(|s| s.parameters)
        .expect("parameters");
    assert_eq!(parameters.get("p").map(String::as_str), Some("last"));
}

#[test]
fn null_inside_a_list_or_map_is_an_error_naming_the_item() {
    for (body, path) in [
        (
            &br#"{"protectedQuery":{"result":{"output":{"memberList":[{"accountId":"1"},null]}}}}"#
                [..],
            "protectedQuery.result.output.memberList[1]",
        ),
        (
            br#"{"protectedQuery":{"sqlParameters":{"parameters":{"p":null}}}}"#,
            "protectedQuery.sqlParameters.parameters.p",
        ),
    ] {
        let err = decode_update_protected_query_output(body).expect_err("null item");
        assert_eq!(err.path(), path, "{err}");
    }
}

#[test]
fn numbers_outside_the_member_type_are_errors() {
    for (body, path) in [
        (
            &br#"{"protectedQuery":{"computeConfiguration":{"worker":{"number":2147483648}}}}"#[..],
            "protectedQuery.computeConfiguration.worker.number",
        ),
        (
            br#"{"protectedQuery":{"statistics":{"totalDurationInMillis":9223372036854775808}}}"#,
            "protectedQuery.statistics.totalDurationInMillis",
        ),
        (
            br#"{"protectedQuery":{"computeConfiguration":{"worker":{"number":16.0}}}}"#,
            "protectedQuery.computeConfiguration.worker.number",
        ),
    ] {
        let err = decode_update_protected_query_output(body).expect_err("out of type");
        assert_eq!(err.path(), path, "{err}");
    }
}

#[test]
fn structures_are_read_only_from_objects() {
    // serde's derive would fill a struct from a JSON array by position; restJson1 has no such form.
    for value in ["[]", r#"["a","b","c"]"#, "\"s\"", "1", "true"] {
        let body = format!(r#"{{"protectedQuery":{value}}}"#);
        let err = decode_update_protected_query_output(body.as_bytes()).expect_err(&body);
        assert_eq!(err.path(), "protectedQuery", "{err}");
        assert!(
            err.message()
                .contains("expected structure `ProtectedQuery`: a map of its members"),
            "{err}"
        );
    }
}
