//! Client error correction: a required member the service leaves out (or sends as `null`)
//! reads as the zero value of its kind, as aws-sdk-rust fills it.

use aws_union::AnyValue;
use cleanrooms_runtime::model::{
    decode_update_protected_query_output, DifferentialPrivacyAggregationType,
    DifferentialPrivacyParameters, DifferentialPrivacySensitivityParameters, ProtectedQueryOutput,
    ProtectedQueryOutputConfiguration, ProtectedQueryResult, ProtectedQueryResultConfiguration,
    ProtectedQueryStatus, Timestamp, UpdateProtectedQueryOutput, UNSET_ENUM_VALUE,
};

#[test]
fn missing_required_member_gets_zero_value() {
    let p: DifferentialPrivacySensitivityParameters = serde_json::from_str("{}").expect("reads");
    assert_eq!(p.aggregation_expression, "");
    assert_eq!(p.user_contribution_limit, 0);
    assert_eq!(p.min_column_value, None, "optional members stay absent");
}

#[test]
fn missing_required_enum_gets_the_unset_value_like_aws_sdk_rust() {
    let p: DifferentialPrivacySensitivityParameters = serde_json::from_str("{}").expect("reads");
    assert_eq!(UNSET_ENUM_VALUE, "no value was set");
    assert_eq!(
        p.aggregation_type,
        DifferentialPrivacyAggregationType::Unknown(UNSET_ENUM_VALUE.into())
    );
}

#[test]
fn missing_required_timestamp_is_the_epoch() {
    let out = decode_update_protected_query_output(br#"{"protectedQuery":{}}"#).expect("reads");
    assert_eq!(out.protected_query.create_time, Timestamp::UNIX_EPOCH);
}

#[test]
fn missing_required_list_is_empty() {
    let p: DifferentialPrivacyParameters = serde_json::from_str("{}").expect("reads");
    assert!(p.sensitivity_parameters.is_empty());
}

#[test]
fn missing_required_structure_gets_its_own_corrected_default() {
    let out = decode_update_protected_query_output(b"{}").expect("reads");
    let q = &out.protected_query;
    assert_eq!(
        (
            q.id.as_str(),
            q.membership_id.as_str(),
            q.membership_arn.as_str()
        ),
        ("", "", "")
    );
    assert_eq!(
        q.status,
        ProtectedQueryStatus::Unknown(UNSET_ENUM_VALUE.into())
    );
    assert_eq!(q.create_time, Timestamp::UNIX_EPOCH);
    assert!(q.result.is_none() && q.sql_parameters.is_none() && q.compute_configuration.is_none());
}

#[test]
fn missing_required_union_is_the_empty_unknown_member() {
    let config: ProtectedQueryResultConfiguration = serde_json::from_str("{}").expect("reads");
    assert_eq!(
        config.output_configuration,
        ProtectedQueryOutputConfiguration::SdkUnknownMember {
            name: String::new(),
            value: Box::new(AnyValue::Null)
        }
    );
    assert_eq!(config.output_configuration.member_name(), "");

    let result: ProtectedQueryResult = serde_json::from_str(r#"{"output":null}"#).expect("reads");
    assert!(
        matches!(&result.output, ProtectedQueryOutput::SdkUnknownMember { name, .. } if name.is_empty())
    );
}

#[test]
fn corrected_union_is_written_as_an_unknown_member_with_an_empty_name_and_reads_back() {
    let config: ProtectedQueryResultConfiguration = serde_json::from_str("{}").expect("reads");
    let written = serde_json::to_string(&config).expect("writes");
    assert_eq!(
        written,
        r#"{"outputConfiguration":{"SDK_UNKNOWN_MEMBER":{"name":""}}}"#
    );
    let again: ProtectedQueryResultConfiguration =
        serde_json::from_str(&written).expect("reads back");
    assert_eq!(again, config);
}

#[test]
fn null_required_member_counts_as_missing() {
    let p: DifferentialPrivacySensitivityParameters = serde_json::from_str(
        r#"{"aggregationType":null,"aggregationExpression":null,"userContributionLimit":null}"#,
    )
    .expect("reads");
    let zero: DifferentialPrivacySensitivityParameters = serde_json::from_str("{}").expect("reads");
    assert_eq!(p, zero);
    let out = decode_update_protected_query_output(br#"{"protectedQuery":null}"#).expect("reads");
    assert_eq!(
        out,
        decode_update_protected_query_output(b"{}").expect("reads")
    );
}

#[test]
fn empty_body_reads_as_an_empty_object() {
    assert_eq!(
        decode_update_protected_query_output(b""),
        decode_update_protected_query_output(b"{}")
    );
}

#[test]
fn corrected_output_is_written_in_full_and_reads_back_to_the_same_value() {
    let out = decode_update_protected_query_output(
        br#"{"protectedQuery":{"resultConfiguration":{},"result":{},"differentialPrivacy":{"sensitivityParameters":[{}]}}}"#,
    )
    .expect("reads");
    let written = serde_json::to_value(&out).expect("writes");
    let expected = serde_json::json!({"protectedQuery": {
        "id": "", "membershipId": "", "membershipArn": "", "createTime": 0, "status": "no value was set",
        "resultConfiguration": {"outputConfiguration": {"SDK_UNKNOWN_MEMBER": {"name": ""}}},
        "result": {"output": {"SDK_UNKNOWN_MEMBER": {"name": ""}}},
        "differentialPrivacy": {"sensitivityParameters": [
            {"aggregationType": "no value was set", "aggregationExpression": "", "userContributionLimit": 0}
        ]}
    }});
    assert_eq!(written, expected);
    let again: UpdateProtectedQueryOutput = serde_json::from_value(written).expect("reads back");
    assert_eq!(again, out);
}
