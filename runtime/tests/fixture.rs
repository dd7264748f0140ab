//! The shared fixture, a full `UpdateProtectedQuery` response, read and written back.

use cleanrooms_runtime::model::{
    decode_update_protected_query_output, DifferentialPrivacyAggregationType, ProtectedQueryOutput,
    ProtectedQueryOutputConfiguration, ProtectedQueryStatus, ResultFormat, WorkerComputeType,
};

const FIXTURE: &[u8] = include_bytes!("fixtures/update_protected_query_full.json");

#[test]
fn fixture_decodes_and_round_trips() {
    let output = decode_update_protected_query_output(FIXTURE).expect("the fixture decodes");
    let query = &output.protected_query;

    assert_eq!(query.id, "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111");
    assert_eq!(query.membership_id, "f1e2d3c4-5678-90ab-cdef-EXAMPLE22222");
    assert_eq!(query.create_time.epoch_millis(), 1_700_000_000_123);
    assert_eq!(query.status, ProtectedQueryStatus::Cancelling);

    let sql = query.sql_parameters.as_ref().expect("sqlParameters");
    assert!(sql
        .query_string
        .as_deref()
        .is_some_and(|q| q.starts_with("SELECT COUNT")));
    let parameters = sql.parameters.as_ref().expect("parameters");
    assert_eq!(
        parameters.get("campaign").map(String::as_str),
        Some("winter-2026")
    );
    assert_eq!(parameters.get("region").map(String::as_str), Some("emea"));

    let config = query
        .result_configuration
        .as_ref()
        .expect("resultConfiguration");
    let ProtectedQueryOutputConfiguration::S3(s3) = &config.output_configuration else {
        panic!(
            "expected the s3 member, got {:?}",
            config.output_configuration
        );
    };
    assert_eq!(s3.result_format, ResultFormat::Parquet);
    assert_eq!(s3.bucket, "analytics-results");
    assert_eq!(s3.key_prefix.as_deref(), Some("cleanrooms/q1/"));
    assert_eq!(s3.single_file_output, Some(true));

    let statistics = query.statistics.as_ref().expect("statistics");
    assert_eq!(statistics.total_duration_in_millis, Some(84_213));
    assert_eq!(
        statistics
            .billed_resource_utilization
            .as_ref()
            .map(|b| b.units),
        Some(0.75)
    );

    let result = query.result.as_ref().expect("result");
    let ProtectedQueryOutput::MemberList(members) = &result.output else {
        panic!("expected memberList, got {:?}", result.output);
    };
    let accounts: Vec<&str> = members.iter().map(|m| m.account_id.as_str()).collect();
    assert_eq!(accounts, ["111122223333", "444455556666"]);

    let error = query.error.as_ref().expect("error");
    assert_eq!(
        (error.code.as_str(), error.retry.is_none()),
        ("QUERY_CANCELLED", true)
    );

    let privacy = query
        .differential_privacy
        .as_ref()
        .expect("differentialPrivacy");
    let first = &privacy.sensitivity_parameters[0];
    assert_eq!(
        first.aggregation_type,
        DifferentialPrivacyAggregationType::CountDistinct
    );
    assert_eq!(first.user_contribution_limit, 10);
    assert_eq!(
        (first.min_column_value, first.max_column_value),
        (Some(0.0), Some(1.0))
    );
    let second = &privacy.sensitivity_parameters[1];
    assert_eq!(
        (second.min_column_value, second.max_column_value),
        (Some(-1000.5), Some(25000.25))
    );

    let worker = query
        .compute_configuration
        .as_ref()
        .and_then(|c| c.as_worker())
        .expect("worker");
    assert_eq!(
        (worker.r#type.clone(), worker.number),
        (Some(WorkerComputeType::Cr4X), Some(16))
    );
    assert_eq!(query.query_compute_payer_account_id, None);

    // Written back: the same JSON value as the fixture, and it reads to the same model value.
    let written = serde_json::to_vec(&output).expect("writes");
    let fixture_value: serde_json::Value =
        serde_json::from_slice(FIXTURE).expect("fixture is JSON");
    let written_value: serde_json::Value =
        serde_json::from_slice(&written).expect("output is JSON");
    assert_eq!(written_value, fixture_value);
    assert_eq!(decode_update_protected_query_output(&written), Ok(output));
}
